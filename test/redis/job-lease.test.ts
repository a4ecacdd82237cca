import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisBackplane, ORPHANED_JOB_ERROR, type RedisBackplane } from '../../src/events/redis.js';
import type { JobRecord } from '../../src/core/records.js';
import { missingBinaries, startRedis, type RealRedis } from '../support/components.js';

const skipReason = missingBinaries('redis-server');

function job(id: string, state: JobRecord['state']): JobRecord {
  return { provider: 'DOCKER', id, action: 'pull', state, progress: 0.5, caption: null, tasks: [], layers: [], error: null, createdAt: new Date(), startedAt: new Date(), completedAt: state === 'SUCCEEDED' ? new Date() : null, imageId: null };
}

const LEASE_MS = 400;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Issue 13 item 10: a Docker job whose replica dies no longer stays RUNNING until its TTL. The running
 * replica holds a lease on the job and renews it; once the lease lapses the job reads as FAILED.
 */
describe.skipIf(!!skipReason)('Docker jobs across replicas (lease)', () => {
  let redis: RealRedis;
  let survivor: RedisBackplane;
  beforeAll(async () => {
    redis = await startRedis();
    survivor = await createRedisBackplane(redis.url, 60, { jobLeaseMs: LEASE_MS });
  });
  afterAll(async () => {
    await survivor?.close();
    await redis?.stop();
  });

  it('a job whose replica dies reads as FAILED once its lease lapses, and subscribers hear it', async () => {
    const dying = await createRedisBackplane(redis.url, 60, { jobLeaseMs: LEASE_MS });
    await dying.jobs.save(job('orphan', 'RUNNING'));
    expect((await survivor.jobs.get('DOCKER', 'orphan'))?.state).toBe('RUNNING');
    const updates = survivor.pubsub.subscribe('job:updated', 'DOCKER:orphan');
    const next = updates.next();
    await sleep(100);
    await dying.close(); // the replica stops: no more lease renewals
    await sleep(LEASE_MS * 2);
    const read = await survivor.jobs.get('DOCKER', 'orphan');
    expect(read).toMatchObject({ state: 'FAILED', error: ORPHANED_JOB_ERROR });
    expect(read?.completedAt).toBeInstanceOf(Date);
    expect((await next).value).toMatchObject({ state: 'FAILED' });
    expect((await survivor.jobs.list({ states: ['RUNNING'] })).map((j) => j.id)).not.toContain('orphan');
    await updates.return?.();
  });

  it('a job whose replica lives stays RUNNING past the lease time, and ends as it ends', async () => {
    const runner = await createRedisBackplane(redis.url, 60, { jobLeaseMs: LEASE_MS });
    try {
      await runner.jobs.save(job('alive', 'RUNNING'));
      await sleep(LEASE_MS * 3);
      expect((await survivor.jobs.get('DOCKER', 'alive'))?.state).toBe('RUNNING');
      await runner.jobs.save(job('alive', 'SUCCEEDED'));
      await sleep(LEASE_MS * 2);
      expect((await survivor.jobs.get('DOCKER', 'alive'))?.state).toBe('SUCCEEDED');
    } finally {
      await runner.close();
    }
  });
});
