import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Introspection is never counted by the query limits (judged by field name), so tools can load the schema. */
describe('introspection', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({});
  });
  afterAll(() => gw.close());

  async function post(query: string) {
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query }) });
    return { status: res.status, body: (await res.json()) as { data?: IntrospectionQuery; errors?: { message: string; extensions?: { code?: string } }[] } };
  }

  describe('getIntrospectionQuery()', () => {
    const variants: [string, Parameters<typeof getIntrospectionQuery>[0]][] = [
      ['default', undefined],
      ['every option', { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, experimentalDirectiveDeprecation: true, oneOf: true }],
      ['no descriptions', { descriptions: false }],
    ];
    it.each(variants)('%s answers 200 with the whole schema', async (_name, options) => {
      const { status, body } = await post(getIntrospectionQuery(options));
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      const client = buildClientSchema(body.data as IntrospectionQuery);
      expect(client.getQueryType()?.getFields().images).toBeDefined();
      if (options?.oneOf) expect(printSchema(client)).toBe(printSchema(schema));
    });
  });

  describe('the depth limit', () => {
    it('still counts a real field aliased `__schema` or `__type`', async () => {
      // node(1) … image(14) id(15): deeper than 12 whatever the alias of the root field.
      let inner = 'id';
      for (let i = 0; i < 4; i++) inner = `image { ... on CycleImage { build { job { ${inner} } } } }`;
      for (const alias of ['__schema', '__type']) {
        const { status, body } = await post(`{ ${alias}: node(id: "x") { ... on Job { ${inner} } } }`);
        expect(status).toBe(400);
        expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
      }
    });

    it('does not count the __schema subtree, which graphql-js bounds by itself', async () => {
      const { body } = await post('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }');
      expect(body.errors).toBeUndefined();
      const cyclic = await post('{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }');
      expect(cyclic.body.errors?.[0]?.message).toMatch(/Maximum introspection depth exceeded/);
    });
  });

  describe('graphql-codegen pointed at the URL', () => {
    it('generates typed documents from the live schema', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'imagegraph-codegen-'));
      try {
        const files = await generate(
          {
            schema: gw.url,
            documents: ['test/documents/**/*.graphql'],
            generates: { [join(dir, 'gql/')]: { preset: 'client', config: { scalars: { DateTime: 'string', JSON: 'unknown', Upload: 'File' } } } },
            silent: true,
          },
          false,
        );
        const types = files.find((f: { filename: string }) => f.filename.endsWith('graphql.ts'));
        expect(types?.content).toContain('export type Query = {');
        expect(types?.content).toContain('export type PullImageInput = {');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
