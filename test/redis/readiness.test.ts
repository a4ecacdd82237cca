/**
 * With REDIS_URL, a replica whose Redis connection is down cannot serve subscriptions and jobs across
 * replicas: `/readyz` says so (503 `redis-unreachable`) without a round trip, and the connection
 * errors are counted in `/metrics`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { missingBinaries, startRedis, type RealRedis } from '../support/components.js';

const skipReason = missingBinaries('redis-server');

describe.skipIf(!!skipReason)('/readyz with REDIS_URL', () => {
  let redis: RealRedis;
  let docker: RunningDockerEmulator;
  let gw: TestGateway;

  beforeAll(async () => {
    [redis, docker] = await Promise.all([startRedis(), startDockerEmulator()]);
    gw = await startTestGateway({ ...docker.env, REDIS_URL: redis.url });
  }, 60_000);
  afterAll(async () => {
    await gw?.close();
    await Promise.all([docker?.close(), redis?.stop()]);
  });

  it('is ready while Redis is connected, 503 once it is gone, and counts the errors', async () => {
    const base = gw.url.replace('/graphql', '');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    await redis.stop();
    let res = await fetch(`${base}/readyz`);
    for (let i = 0; i < 50 && res.status === 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      res = await fetch(`${base}/readyz`);
    }
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unready', reasons: ['redis-unreachable'] });
    // ioredis reports an error per failed reconnect attempt (the first within a few hundred ms).
    let errors = 0;
    for (let i = 0; i < 50 && errors === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      errors = Number(/^imagegraph_redis_backplane_errors_total (\d+)/m.exec(await (await fetch(`${base}/metrics`)).text())?.[1]);
    }
    expect(errors).toBeGreaterThan(0);
  });
});
