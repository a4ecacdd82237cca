import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { GwTypenameDocument } from '../generated/graphql.js';
import { missingBinaries, startRedis, type RealRedis } from '../support/components.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const skipReason = missingBinaries('redis-server');

const KEYS = JSON.stringify([
  { name: 'alice', key: 'alice-key-0123456789abcdef', scopes: ['read'] },
  { name: 'bob', key: 'bob-key-0123456789abcdef00', scopes: ['read'] },
]);

/** Issue 13, acceptance 5: the per-client limit holds across replicas that share a Redis. */
describe.skipIf(skipReason)('rate limit across replicas (real redis-server)', () => {
  let redis: RealRedis;
  let a: TestGateway;
  let b: TestGateway;

  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, GATEWAY_API_KEYS: KEYS, GATEWAY_RATE_LIMIT_PER_MINUTE: '10' };
    [a, b] = await Promise.all([startTestGateway(env), startTestGateway(env)]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  const ask = async (url: string, key: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query: print(GwTypenameDocument) }) });
    await res.arrayBuffer();
    return { status: res.status, retryAfter: res.headers.get('retry-after') };
  };

  it('serves one client at most 10 requests in the minute however they are spread over two replicas', async () => {
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await ask(i % 2 ? b.url : a.url, 'alice-key-0123456789abcdef'));
    const served = answers.filter((r) => r.status === 200).length;
    console.log(`limit 10/min, 2 replicas, 30 requests alternating: ${served} served, ${answers.length - served} refused (429)`);
    expect(served).toBe(10);
    const refused = answers.filter((r) => r.status === 429);
    expect(refused.length).toBe(20);
    for (const r of refused) expect(Number(r.retryAfter)).toBeGreaterThan(0);
  });

  it('gives another client its own window, also shared', async () => {
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => ask(i % 2 ? b.url : a.url, 'bob-key-0123456789abcdef00')));
    expect(answers.filter((r) => r.status === 200).length).toBe(10);
  });
});
