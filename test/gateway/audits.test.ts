import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      const res = await gw.execute('{ node(id: "bm90LWFuLWlk") { id } }');
      expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    });
  });
});
