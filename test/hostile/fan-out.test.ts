import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { UpstreamBudgetExceededError } from '../../src/core/errors.js';
import { createTransport } from '../../src/http/transport.js';
import { DEFAULT_UPSTREAM_BUDGET, estimateUpstreamCalls } from '../../src/plugins/use-upstream-budget.js';
import { runInRequestScope } from '../../src/observe/request-scope.js';
import { encodeId } from '../../src/schema/global-id.js';
import { schema } from '../../src/schema/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { guardProcess } from '../support/process-guard.js';

/**
 * Issue 13 item 6: one request could make thousands of upstream calls. Now a static estimate refuses
 * an operation over GATEWAY_UPSTREAM_BUDGET before any call, a runtime counter stops one that exceeds
 * it anyway, `nodes(ids:)` takes at most 100 ids, and paging arguments are checked before lists are fetched.
 */

guardProcess();

/** The 20-alias query of the issue: `repositories(first: 100-i) { … tags(first: i+1) { … digest } }` (1,830 SWR calls before). */
const TWENTY_ALIASES = `{ ${Array.from({ length: 20 }, (_, i) => `r${i}: repositories(first: ${100 - i}) { edges { node { name tags(first: ${i + 1}) { edges { node { name digest } } } } } }`).join(' ')} }`;
/** The single 101-call query: one repositories page, then one tags call per repository for the digests. */
const ONE_HUNDRED_ONE = '{ repositories(first: 100) { edges { node { name tags { edges { node { name digest } } } } } } }';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe('fan-out is bounded', () => {
  let swr: RunningSwrEmulator;
  let docker: RunningDockerEmulator;
  let cycle: RunningCycleEmulator;
  let gw: TestGateway;
  const calls = () => swr.requests.length + docker.requests.length + cycle.requests.length;
  const post = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as Body };
  };

  beforeAll(async () => {
    [swr, docker, cycle] = await Promise.all([startSwrEmulator(), startDockerEmulator(), startCycleEmulator()]);
    gw = await startTestGateway({ ...swr.env, ...docker.env, ...cycle.env });
  });
  afterAll(async () => {
    await gw?.close();
    await Promise.all([swr?.close(), docker?.close(), cycle?.close()]);
  });

  describe('static estimate', () => {
    it('counts lists by first, per-parent fields once per parent, aliases added up', () => {
      const estimate = (q: string, variables?: Record<string, unknown>) => estimateUpstreamCalls(schema, parse(q), undefined, variables);
      expect(estimate(ONE_HUNDRED_ONE)).toBe(101);
      expect(estimate('{ repositories(first: 100) { edges { node { name tags(first: 5) { edges { node { name } } } } } } }')).toBe(1);
      expect(estimate(TWENTY_ALIASES)).toBe(1830);
      expect(estimate('query($n: Int) { repositories(first: $n) { edges { node { tags { edges { node { digest sizeBytes } } } } } } }', { n: 10 })).toBe(11);
      expect(estimate('{ images(first: 50, filter: { providers: [DOCKER] }) { edges { node { ... on DockerImage { architecture os } } } } }')).toBe(55);
      expect(estimate('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(3);
      expect(estimate('{ ...F ...F } fragment F on Query { repositories(first: 10) { totalCount } }')).toBe(2);
      expect(estimate('{ __schema { types { name } } }')).toBe(0);
    });
  });

  it('refuses the 20-alias query with QUERY_TOO_EXPENSIVE (estimate and limit), HTTP 400, before any upstream call', async () => {
    const before = calls();
    const res = await post(TWENTY_ALIASES);
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', estimate: 1830, limit: DEFAULT_UPSTREAM_BUDGET });
    expect(calls()).toBe(before);
  });

  it('runs the single 101-call query', async () => {
    const before = swr.requests.length;
    const res = await post(ONE_HUNDRED_ONE);
    expect(res.body.errors).toBeUndefined();
    expect((res.body.data?.repositories as { edges: unknown[] }).edges).toHaveLength(100);
    expect(swr.requests.length - before).toBe(101);
  });

  it('refuses nodes(ids:) with 101 ids with 0 upstream calls, and serves 100', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => encodeId('DockerImage', 'DOCKER', `sha256:${String(i).padStart(64, '0')}`));
    const before = calls();
    const res = await post('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'ids' }] });
    expect(calls()).toBe(before);
    const hundred = await post('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 100) });
    expect(hundred.body.errors ?? []).not.toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_EXPENSIVE' }) }));
  });

  it.each(['jobs(first: 101)', 'jobs(first: -1)', 'jobs(after: "bm9wZQ")', 'imageBuilds(first: 101)', 'imageBuilds(last: 3)'])('%s is refused before any upstream call', async (field) => {
    const before = calls();
    const res = await post(`{ ${field} { edges { cursor } } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toMatch(/VALIDATION_FAILED|NOT_FOUND/);
    expect(calls()).toBe(before);
  });

  // (`last`/`before` are not in the schema: graphql-js refuses them as unknown arguments, before any call too.)
  it.each(['repositories(first: 101)', 'images(first: -1)', 'jobs(first: 1000)', 'imageBuilds(first: $n)'])('a bad paging argument (%s) beside other root fields: 400 before any of them calls upstream', async (field) => {
    const before = calls();
    const res = await post(`query${field.includes('$n') ? '($n: Int)' : ''} { providers { provider } images(first: 5) { edges { cursor } } x: ${field} { edges { cursor } } }`, { n: 1000 });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'first' }] });
    expect(calls()).toBe(before);
  });

  it('the same document with other sizing variables is estimated again (the per-document memo keys on them)', async () => {
    // A fragment carries `first: $n`, so only the variables decide: 11 calls with n=10, 101 with n=100 (over a budget of 100 below).
    const query = 'query($n: Int, $other: Boolean = true) { ...R @include(if: $other) } fragment R on Query { repositories(first: $n) { edges { node { tags { edges { node { digest } } } } } } }';
    const g = await startTestGateway({ ...swr.env, GATEWAY_UPSTREAM_BUDGET: '100' });
    try {
      const run = async (variables: Record<string, unknown>) => {
        const res = await fetch(g.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
        return (await res.json()) as Body;
      };
      expect((await run({ n: 10, other: true })).errors).toBeUndefined();
      expect((await run({ n: 100, other: true })).errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', estimate: 101 });
      expect((await run({ n: 10, other: false })).errors).toBeUndefined(); // (nothing selected: still estimated alike)
      expect((await run({ n: 101 })).errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'first' }] });
      expect((await run({ n: 100 })).errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', estimate: 101 });
    } finally {
      await g.close();
    }
  });

  describe('runtime counter', () => {
    it('the transport refuses the call past the request budget, and the upstream never sees it', async () => {
      const transport = createTransport({ provider: 'DOCKER', origin: docker.url });
      try {
        const before = docker.requests.length;
        const scope = { requestId: 'budget-test', upstreamCalls: 0, upstreamBudget: 2 };
        await runInRequestScope(scope, async () => {
          await transport.json({ method: 'GET', path: '/version' });
          await transport.json({ method: 'GET', path: '/version' });
          await expect(transport.json({ method: 'GET', path: '/version' })).rejects.toBeInstanceOf(UpstreamBudgetExceededError);
        });
        expect(docker.requests.length - before).toBe(2);
        expect(scope.upstreamCalls).toBe(2);
      } finally {
        await transport.close();
      }
    });

    it('a budget equal to the estimate lets the operation make exactly that many calls; one less refuses it before any', async () => {
      const exact = await startTestGateway({ ...swr.env, GATEWAY_UPSTREAM_BUDGET: '101' });
      const under = await startTestGateway({ ...swr.env, GATEWAY_UPSTREAM_BUDGET: '100' });
      try {
        const run = async (g: TestGateway) => {
          const before = swr.requests.length;
          const res = await fetch(g.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ONE_HUNDRED_ONE }) });
          return { body: (await res.json()) as Body, calls: swr.requests.length - before };
        };
        const ok = await run(exact);
        expect(ok.body.errors).toBeUndefined();
        expect(ok.calls).toBe(101);
        const refused = await run(under);
        expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', estimate: 101, limit: 100 });
        expect(refused.calls).toBe(0);
      } finally {
        await Promise.all([exact.close(), under.close()]);
      }
    });
  });
});
