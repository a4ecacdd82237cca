import { createClient, NetworkError } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SSE_SINGLE_CONNECTION_MESSAGE } from '../../src/plugins/use-sse-single-connection.js';
import { print } from 'graphql';
import { GwBuildLogDocument, GwSucceededCycleBuildDocument } from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const BUILD_LOG = print(GwBuildLogDocument);

/** graphql-sse's own client against the gateway: distinct connections stream, single connection is refused clearly. */
describe('graphql-sse client', () => {
  let gw: TestGateway;
  let buildId: string;
  beforeAll(async () => {
    gw = await startTestGateway({ GATEWAY_SANDBOX: 'auto' });
    const res = await gw.execute({ document: GwSucceededCycleBuildDocument });
    buildId = res.data?.imageBuilds.edges[0]?.node.id ?? '';
    expect(buildId).not.toBe('');
  });
  afterAll(() => gw.close());

  function collect(singleConnection: boolean): Promise<{ results: unknown[]; error?: unknown }> {
    const client = createClient({ url: gw.url, singleConnection, retryAttempts: 0 });
    return new Promise((resolve) => {
      const results: unknown[] = [];
      client.subscribe(
        { query: BUILD_LOG, variables: { id: buildId } },
        {
          next: (r) => results.push(r),
          error: (error) => {
            client.dispose();
            resolve({ results, error });
          },
          complete: () => {
            client.dispose();
            resolve({ results });
          },
        },
      );
    });
  }

  describe('distinct connections mode (the default)', () => {
    it('streams a buildLog to completion', async () => {
      const { results, error } = await collect(false);
      expect(error).toBeUndefined();
      const chunks = results as { data: { buildLog: { done: boolean; lines: unknown[] } } }[];
      expect(chunks.length).toBeGreaterThan(0);
      expect(chunks.at(-1)?.data.buildLog.done).toBe(true);
      expect(chunks.flatMap((c) => c.data.buildLog.lines).length).toBeGreaterThan(0);
    });
  });

  describe('single connection mode', () => {
    it('fails at once with an error that says what to do instead', async () => {
      const started = Date.now();
      const { results, error } = await collect(true);
      expect(results).toEqual([]);
      expect(error).toBeInstanceOf(NetworkError);
      expect((error as NetworkError).message).toBe(`Server responded with 405: ${SSE_SINGLE_CONNECTION_MESSAGE}`);
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    it('answers the PUT reservation with a GraphQL error and Allow', async () => {
      const res = await fetch(gw.url, { method: 'PUT', headers: { accept: 'application/graphql-response+json' } });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, POST, OPTIONS');
      const body = (await res.json()) as { errors: unknown[] };
      expect(body.errors[0]).toEqual({ message: SSE_SINGLE_CONNECTION_MESSAGE, extensions: { code: 'SSE_SINGLE_CONNECTION_UNSUPPORTED' } });
    });

    it('refuses a stream token on GET and POST', async () => {
      for (const method of ['GET', 'POST']) {
        const res = await fetch(gw.url, { method, headers: { 'x-graphql-event-stream-token': 'abc', 'content-type': 'application/json' }, ...(method === 'POST' ? { body: '{"query":"{ __typename }"}' } : {}) });
        expect(res.status).toBe(400);
        expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('SSE_SINGLE_CONNECTION_UNSUPPORTED');
      }
    });
  });
});
