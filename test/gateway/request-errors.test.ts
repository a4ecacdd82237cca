import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { attachGraphqlWs, wsClient } from '../support/ws.js';

/**
 * GraphQL over HTTP request errors: what the client sent cannot run (a document that does not parse or
 * validate, a variable that does not coerce). graphql-js's own message, a code from the vocabulary,
 * 400 for `application/graphql-response+json`, 200 with the same body for legacy `application/json`,
 * and nothing in the gateway's error log: a client's mistake is not an operator's problem.
 */
describe('request errors', () => {
  let gw: TestGateway;
  let errorLog: ReturnType<typeof vi.spyOn>;
  beforeAll(async () => {
    gw = await startTestGateway({});
    // Yoga's logger is what its mask writes replaced errors to, whatever logger the gateway plugs in.
    errorLog = vi.spyOn(gw.yoga.logger, 'error');
  });
  afterAll(() => gw.close());

  async function send(query: string, variables: Record<string, unknown> | undefined, accept = 'application/graphql-response+json') {
    const res = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string; http?: unknown } }[] };
    return { status: res.status, body };
  }

  const IMAGES = 'query($n: Int, $f: ImageFilter) { images(first: $n, filter: $f) { edges { node { id } } } }';
  const PRUNE = 'mutation($i: PruneImagesInput!) { pruneImages(input: $i) { __typename } }';
  const PULL = 'mutation($i: PullImageInput!) { pullImage(input: $i) { __typename } }';
  const BUILD = 'mutation($i: CreateImageBuildInput!) { createImageBuild(input: $i) { __typename } }';

  // [what the client got wrong, document, variables, words the message must contain]
  const mistakes: [string, string, Record<string, unknown>, RegExp][] = [
    ['wrong scalar', IMAGES, { n: 'ten' }, /Variable "\$n" got invalid value "ten"; Int cannot represent non-integer value/],
    ['float for Int', IMAGES, { n: 2.5 }, /Variable "\$n" got invalid value 2\.5/],
    ['unknown enum value', IMAGES, { f: { providers: ['DOCKR'] } }, /Variable "\$f" got invalid value "DOCKR" at "f\.providers\[0\]"; Value "DOCKR" does not exist in "Provider" enum/],
    ['missing required input field', PULL, { i: { tag: 'latest' } }, /Variable "\$i" got invalid value .*; Field "image" of required type "String!" was not provided/],
    ['extra unknown input field', PULL, { i: { image: 'alpine', colour: 'red' } }, /Variable "\$i" got invalid value .*; Field "colour" is not defined by type "PullImageInput"/],
    ['@oneOf with no member', PRUNE, { i: {} }, /Variable "\$i" got invalid value \{\}; Exactly one key must be specified for OneOf type "PruneImagesInput"/],
    ['@oneOf with two members', PRUNE, { i: { docker: { dangling: true }, cycle: { sourceIds: [] } } }, /Variable "\$i" got invalid value .*; Exactly one key must be specified for OneOf type "PruneImagesInput"/],
    ['@oneOf member null', BUILD, { i: { cycle: null } }, /Variable "\$i" got invalid value null at "i\.cycle"; Field "cycle" must be non-null/],
    ['list given an object', IMAGES, { f: { providers: { DOCKER: true } } }, /Variable "\$f" got invalid value .* at "f\.providers"/],
    ['null for non-null', PRUNE, { i: null }, /Variable "\$i" of non-null type "PruneImagesInput!" must not be null/],
    ['missing required variable', PULL, {}, /Variable "\$i" of required type "PullImageInput!" was not provided/],
    ['null inside a non-null list', IMAGES, { f: { providers: ['DOCKER', null] } }, /Variable "\$f" got invalid value null at "f\.providers\[1\]"; Expected non-nullable type "Provider!" not to be null/],
    ['bad custom scalar', IMAGES, { f: { createdAfter: 'yesterday' } }, /Variable "\$f" got invalid value "yesterday" at "f\.createdAfter"/],
  ];

  describe('variables the server cannot coerce', () => {
    it.each(mistakes)('%s: 400 BAD_USER_INPUT with graphql-js\'s message', async (_name, query, variables, message) => {
      errorLog.mockClear();
      const { status, body } = await send(query, variables);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.message).toMatch(message);
      expect(body.errors?.[0]?.message).not.toContain('Unexpected error');
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.http).toBeUndefined();
      expect(errorLog).not.toHaveBeenCalled();
    });

    it('a subscription over SSE gets the same', async () => {
      const res = await gw.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription($p: [Provider!]) { imageEvents(providers: $p) { action } }', variables: { p: ['DOCKR'] } }),
      });
      const text = await res.text();
      expect(text).toContain('"code":"BAD_USER_INPUT"');
      expect(text).toContain('Value \\"DOCKR\\" does not exist in \\"Provider\\" enum');
      expect(errorLog).not.toHaveBeenCalled();
    });

    it('answers 200 with the same body to a legacy application/json client', async () => {
      const modern = await send(IMAGES, { n: 'ten' });
      const legacy = await send(IMAGES, { n: 'ten' }, 'application/json');
      expect(legacy.status).toBe(200);
      expect(legacy.body).toEqual(modern.body);
    });
  });

  describe('over graphql-ws', () => {
    it('carry the same code and message, without the HTTP-only extensions.http', async () => {
      const dispose = attachGraphqlWs(gw.yoga, gw.server);
      const client = wsClient(gw.url);
      try {
        const outcomes: unknown[] = [];
        for (const [query, variables] of [['subscription($p: [Provider!]) { imageEvents(providers: $p) { action } }', { p: ['DOCKR'] }], ['subscription { imageEvnts { action } }', {}]] as const) {
          outcomes.push(
            await new Promise((resolve) => {
              client.subscribe({ query, variables }, { next: resolve, error: resolve, complete: () => resolve('complete') });
            }),
          );
        }
        const text = JSON.stringify(outcomes);
        expect(text).toContain('"code":"BAD_USER_INPUT"');
        expect(text).toContain('Value \\"DOCKR\\" does not exist in \\"Provider\\" enum');
        expect(text).toContain('"code":"GRAPHQL_VALIDATION_FAILED"');
        expect(text).not.toContain('"http"');
      } finally {
        await client.dispose();
        await dispose();
      }
    });
  });

  describe('documents', () => {
    it('a syntax error is GRAPHQL_PARSE_FAILED', async () => {
      const { status, body } = await send('{ images(first: 1) { ', undefined);
      expect(status).toBe(400);
      expect(body.errors?.[0]).toMatchObject({ message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    });

    it('an unknown field is GRAPHQL_VALIDATION_FAILED', async () => {
      const { status, body } = await send('{ imgs { id } }', undefined);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0]?.message).toMatch(/Cannot query field "imgs" on type "Query"/);
    });

    it('a malformed multipart request is BAD_REQUEST', async () => {
      const form = new FormData();
      form.append('map', '{}');
      const res = await gw.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'graphql-require-preflight': '1' }, body: form });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { extensions?: { code?: string } }[] }).errors[0]?.extensions?.code).toBe('BAD_REQUEST');
    });

    it('an operation name that names nothing is OPERATION_RESOLUTION_FAILURE', async () => {
      const res = await gw.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: 'query A { providers { provider } } query B { providers { mode } }', operationName: 'C' }),
      });
      const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(res.status).toBe(400);
      expect(body.errors?.[0]).toMatchObject({ message: 'Could not determine what operation to execute.', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
    });
  });

  describe('GET parameters that are not JSON', () => {
    it.each(['variables', 'extensions'])('a %s parameter that does not parse: 400 BAD_REQUEST naming it, nothing logged', async (param) => {
      const logged = errorLog.mock.calls.length;
      const res = await gw.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent('{ __typename }')}&${param}=not-json`, { headers: { accept: 'application/graphql-response+json' } });
      const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(res.status).toBe(400);
      expect(body.errors?.[0]).toMatchObject({ message: `the "${param}" parameter is not valid JSON`, extensions: { code: 'BAD_REQUEST' } });
      expect(JSON.stringify(body)).not.toContain('not-json');
      expect(errorLog.mock.calls.length).toBe(logged);
    });
  });
});
