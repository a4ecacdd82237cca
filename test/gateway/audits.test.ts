import { serverAudits } from 'graphql-http';
import { createYoga } from 'graphql-yoga';
import { useLimits } from '../../src/plugins/use-limits.js';
import { schema } from '../../src/schema/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GwNodeNotAnIdDocument } from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

describe('GraphQL over HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({});
  });
  afterAll(() => gw.close());

  describe('graphql-http server audits', () => {
    for (const audit of serverAudits({ url: () => gw.url, fetchFn: fetch })) {
      it(audit.name, async () => {
        const result = await audit.fn();
        // Every audit, MUST and SHOULD alike, reports ok.
        expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
      });
    }
  });

  describe('endpoints', () => {
    it('serves GraphiQL from the installed package to a browser, without any CDN', async () => {
      const res = await fetch(gw.url, { headers: { accept: 'text/html' } });
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(html).toContain('imagegraph');
      expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
    });

    it('answers /healthz, /readyz and /metrics', async () => {
      const base = gw.url.replace('/graphql', '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const ready = await fetch(`${base}/readyz`);
      expect([200, 503]).toContain(ready.status);
      expect(await (await fetch(`${base}/metrics`)).text()).toContain('imagegraph_graphql_operations_total');
    });

    it('masks unexpected errors and keeps typed ones with extensions.code', async () => {
      const res = await gw.execute({ document: GwNodeNotAnIdDocument });
      expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    });
  });
});

describe('useLimits', () => {
  const yoga = createYoga({ schema, plugins: [useLimits({ maxDepth: 4, maxAliases: 3, maxTokens: 200, maxRootFields: 2 })] });
  const run = async (query: string) => (await (await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as { errors?: { message: string; extensions?: { code?: string } }[] };

  it('passes a query within every limit', async () => {
    expect((await run('{ __schema { queryType { fields { name } } } }')).errors).toBeUndefined();
  });
  it('refuses a query deeper than the limit, fragments included', async () => {
    const res = await run('{ jobs { edges { node { ...J } } } } fragment J on Job { tasks { steps { caption } } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });
  it('refuses too many aliases and root fields', async () => {
    const res = await run('{ a: providers { provider } b: providers { provider } c: providers { provider } d: providers { provider } }');
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(expect.arrayContaining(['TOO_MANY_ALIASES', 'TOO_MANY_ROOT_FIELDS']));
  });
  it('stops parsing a document with too many tokens', async () => {
    const res = await run(`{ providers { ${'provider '.repeat(300)} } }`);
    expect(res.errors?.[0]?.message).toMatch(/token/i);
  });
});

describe('connection arguments', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({});
  });
  afterAll(() => gw.close());

  it.each(['images', 'jobs', 'imageBuilds', 'baseImages', 'repositories'])('%s refuses first out of range, naming the argument, and has no backward paging', async (field) => {
    for (const [args, path] of [['first: 101', 'first'], ['first: -1', 'first']] as const) {
      const res = await gw.raw(`{ ${field}(${args}) { edges { cursor } } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path }] });
    }
    // Lists page forward only, so `last`/`before` are not in the schema (not advertised and then refused).
    const res = await gw.raw(`{ ${field}(last: 5) { edges { cursor } } }`);
    expect(res.errors?.[0]).toMatchObject({ message: `Unknown argument "last" on field "Query.${field}".`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
