import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { Kind, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import codegenConfig from '../../codegen.js';
import { EXAMPLE_TABS } from '../../src/graphiql-examples.js';
import { schema } from '../../src/schema/index.js';
import { GwProviderNamesDocument } from '../generated/graphql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import * as client from '../../client/src/index.js';

const MANIFEST = 'client/src/generated/persisted-documents.json';
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;

describe('@imagegraph/client', () => {
  describe('generated files', () => {
    it('are what codegen makes from the printed schema now (test/generated and client/src/generated)', async () => {
      const files = (await generate({ ...codegenConfig, silent: true }, false)) as { filename: string; content: string }[];
      expect(files.length).toBeGreaterThanOrEqual(7);
      for (const file of files) expect(readFileSync(resolve(file.filename), 'utf8'), `${file.filename} is stale: run \`npm run codegen\``).toBe(file.content);
    }, 60_000);

    it('hold a typed document for every example operation (a tab may hold several), its id in the manifest', () => {
      const names = EXAMPLE_TABS.flatMap((tab) => parse(tab.query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value ?? ''] : [])));
      for (const name of names) {
        const document = (client as Record<string, unknown>)[`${name}Document`] as { __meta__?: { hash?: string } } | undefined;
        expect(document, name).toBeDefined();
        expect(manifest[client.documentId(document ?? {})], name).toBeDefined();
      }
      expect(Object.keys(manifest)).toHaveLength(names.length);
    });

    it('validate against the schema', () => {
      for (const [id, text] of Object.entries(manifest)) expect(validate(schema, parse(text)).map((e) => e.message), id).toEqual([]);
    });

    it('build: the package compiles to JavaScript and declarations (into a temp dir, not the tree)', () => {
      const out = mkdtempSync(join(tmpdir(), 'imagegraph-client-'));
      try {
        execFileSync(resolve('node_modules/.bin/tsc'), ['-p', 'client/tsconfig.json', '--outDir', out], { stdio: 'pipe' });
        expect(existsSync(join(out, 'index.js'))).toBe(true);
        expect(existsSync(join(out, 'index.d.ts'))).toBe(true);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }, 60_000);
  });

  describe('the manifest, as GATEWAY_PERSISTED_DOCUMENTS with GATEWAY_PERSISTED_ONLY=true', () => {
    let gw: TestGateway;
    beforeAll(async () => {
      gw = await startTestGateway({ GATEWAY_SANDBOX: 'auto', GATEWAY_PERSISTED_DOCUMENTS: MANIFEST, GATEWAY_PERSISTED_ONLY: 'true' });
    });
    afterAll(() => gw.close());

    async function byId(id: string, variables: Record<string, unknown> = {}, accept = 'application/graphql-response+json') {
      const res = await gw.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ documentId: id, variables }) });
      const text = await res.text();
      const first = accept === 'text/event-stream' ? (/^data: (.*)$/m.exec(text)?.[1] ?? text) : text;
      return { status: res.status, body: JSON.parse(first) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] } };
    }

    it('runs each query by id', async () => {
      for (const doc of [client.ProvidersDocument, client.ImagesDocument, client.SwrRepositoriesDocument, client.TacBaseImagesDocument]) {
        const { status, body } = await byId(client.documentId(doc));
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        expect(status).toBe(200);
      }
    });

    it('runs the mutations and subscriptions by id (placeholders answered as the typed errors they are)', async () => {
      const pull = await byId(client.documentId(client.PullDocument));
      const job = (pull.body.data?.pullImage as { job?: { id: string } }).job;
      expect(job?.id).toBeTruthy();
      const follow = await byId(client.documentId(client.FollowJobDocument), { jobId: job?.id }, 'text/event-stream');
      expect((follow.body.data?.jobUpdated as { id: string }).id).toBe(job?.id);
      const build = await byId(client.documentId(client.CycleBuildDocument), { sourceId: 'not-an-id' });
      expect(build.body.data?.createImageBuild).toMatchObject({ __typename: 'ValidationError' });
    });

    it('refuses any other document', async () => {
      const res = await gw.execute({ document: GwProviderNamesDocument });
      expect(res.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
    });
  });
});
