import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisBackplane, POLL_LEASE_MS, type RedisBackplane } from '../../src/events/redis.js';
import type { JobRecord } from '../../src/core/records.js';
import { missingBinaries, startRedis, type RealRedis } from '../support/components.js';

const skipReason = missingBinaries('redis-server');

function job(id: string, state: JobRecord['state']): JobRecord {
  return { provider: 'DOCKER', id, action: 'pull', state, progress: 0.5, caption: null, tasks: [], layers: [], error: null, createdAt: new Date(), startedAt: null, completedAt: state === 'SUCCEEDED' ? new Date() : null, imageId: null };
}

describe.skipIf(!!skipReason)('redis backplane', () => {
  let redis: RealRedis;
  let a: RedisBackplane;
  let b: RedisBackplane;

  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([createRedisBackplane(redis.url, 60), createRedisBackplane(redis.url, 60)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  describe('RedisJobStore', () => {
    it('shares jobs and their updates between replicas, dates intact', async () => {
      const updates = b.pubsub.subscribe('job:updated', 'DOCKER:j1');
      const next = updates.next();
      await new Promise((r) => setTimeout(r, 100)); // the subscribe reached Redis
      await a.jobs.save(job('j1', 'RUNNING'));
      const received = (await next).value as JobRecord;
      expect(received.state).toBe('RUNNING');
      expect(received.createdAt).toBeInstanceOf(Date);
      const fromB = await b.jobs.get('DOCKER', 'j1');
      expect(fromB?.createdAt).toBeInstanceOf(Date);
      expect((await b.jobs.list({ providers: ['DOCKER'] })).map((j) => j.id)).toContain('j1');
      await updates.return?.();
    });
  });

  describe('RedisPollCoordinator', () => {
    it('gives the lease to one replica and hands it over when the holder stops renewing', async () => {
      expect(await a.coordinator.acquire('CYCLE:b1')).toBe(true);
      expect(await b.coordinator.acquire('CYCLE:b1')).toBe(false);
      expect(await a.coordinator.acquire('CYCLE:b1')).toBe(true); // renewal
      await a.coordinator.saveNext('CYCLE:b1', 42);
      // a "dies": it stops renewing; b takes over after the lease expires and continues at line 42.
      await new Promise((r) => setTimeout(r, POLL_LEASE_MS + 200));
      expect(await b.coordinator.acquire('CYCLE:b1')).toBe(true);
      expect(await b.coordinator.loadNext('CYCLE:b1')).toBe(42);
      expect(await a.coordinator.acquire('CYCLE:b1')).toBe(false);
    }, 15_000);

    it('knows whether any replica still has subscribers', async () => {
      await b.coordinator.heartbeat('CYCLE:b2');
      expect(await a.coordinator.hasSubscribers('CYCLE:b2')).toBe(true);
      await b.coordinator.leave('CYCLE:b2');
      expect(await a.coordinator.hasSubscribers('CYCLE:b2')).toBe(false);
    });
  });
});
