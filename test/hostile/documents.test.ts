import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootFieldScopes } from '../../src/auth/operation-scopes.js';
import { fragmentMeasurer } from '../../src/plugins/use-limits.js';
import { schema } from '../../src/schema/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { guardProcess } from '../support/process-guard.js';

/**
 * Issue 13 item 3: a 998-byte document whose 24 fragments each spread the next twice froze the event
 * loop for 27.8 s (limits and the scope walk visited each fragment once per path: 2^24). Document
 * analysis is now linear; the document is answered or refused within 100 ms and /healthz stays live.
 */

guardProcess();

/** The verbatim shape: `fragment F0 on Query { ...F1 ...F1 } … query { ...F0 }`, `n` fragments deep. */
function doubling(n: number): string {
  const fragments = Array.from({ length: n }, (_, i) => (i === n - 1 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`));
  return `${fragments.join(' ')} query { ...F0 }`;
}

const KEY = 'ig-read-0123456789abcdef';

describe('fragment-doubling documents', () => {
  let open: TestGateway;
  let authed: TestGateway;
  beforeAll(async () => {
    open = await startTestGateway({});
    authed = await startTestGateway({ GATEWAY_API_KEYS: JSON.stringify([{ name: 'reader', key: KEY, scopes: ['read'] }]) });
  });
  afterAll(async () => {
    await open?.close();
    await authed?.close();
  });

  it('measures the 24-fragment document once per fragment', () => {
    const document = parse(doubling(24));
    const started = performance.now();
    const { measure } = fragmentMeasurer(document);
    const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const counts = measure(op!.selectionSet);
    expect(counts.spreads).toBe(2 ** 24 - 1);
    expect(rootFieldScopes(schema, document)).toEqual([{ responseKey: '__typename', field: '__typename', scopes: ['read'] }]);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it.each([
    ['without authentication', () => open, {}],
    ['with an API key (the scope walk runs)', () => authed, { authorization: `Bearer ${KEY}` }],
  ])('%s: answered or refused in < 100 ms while /healthz stays responsive', async (_name, gateway, headers) => {
    const gw = gateway();
    // Warm up (the first request compiles code paths), then time the hostile one. The machine is shared
    // and loaded: every attempt must be far from the old 27.8 s (< 1 s), the fastest of three < 100 ms.
    await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: doubling(3) }) });
    for (const n of [24, 40]) {
      const body = JSON.stringify({ query: doubling(n) });
      if (n === 24) expect(Buffer.byteLength(body)).toBeLessThan(1100);
      const times: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const started = performance.now();
        const health = fetch(gw.url.replace('/graphql', '/healthz'));
        const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body });
        const answer = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        times.push(performance.now() - started);
        expect(res.status).toBe(400);
        expect(answer.errors?.map((e) => e.extensions?.code)).toContain('TOO_MANY_FRAGMENT_SPREADS');
        expect((await health).status).toBe(200);
      }
      expect(Math.max(...times)).toBeLessThan(1000);
      expect(Math.min(...times)).toBeLessThan(100);
    }
  });

  it('still runs documents that reuse fragments within the budget', async () => {
    const res = await open.raw('query { ...A ...A } fragment A on Query { ...B ...B } fragment B on Query { providers { provider } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toHaveProperty('providers');
  });
});
