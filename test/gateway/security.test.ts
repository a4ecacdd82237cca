import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observe/logger.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { print } from 'graphql';
import {
  GwProviderNamesDocument,
  GwSecurityCycleBuildDocument,
  GwSecurityImportDocument,
  GwSecurityJobUpdatedDocument,
  GwSecurityPullDocument,
  GwSecurityPushDocument,
  GwSecurityReimportDocument,
  GwSecurityTagAndPullDocument,
  GwSecurityTagDocument,
  GwTypenameDocument,
} from '../generated/graphql.js';
import { startTestGateway, type TestGateway, uploadForm } from '../support/gateway.js';
import { attachGraphqlWs, wsClient, wsSubscribe } from '../support/ws.js';

/**
 * DESIGN §8 security, over HTTP to the real app (and graphql-ws on its listener): authenticated
 * clients with scopes (API keys, JWT via a loopback JWKS), CSRF prevention, introspection and
 * GraphiQL in production, persisted documents, per-client rate limits. Upstream: the Docker emulator,
 * whose request log shows that refused operations never reach it.
 */

const KEYS = {
  read: 'ig-read-0123456789abcdef',
  write: 'ig-write-0123456789abcdef',
  importer: 'ig-import-0123456789abcdef',
  writeOnly: 'ig-writeonly-0123456789abcdef',
  hashed: 'ig-hashed-0123456789abcdef',
};
const API_KEYS = JSON.stringify([
  { name: 'reader', key: KEYS.read, scopes: ['read'] },
  { name: 'writer', key: KEYS.write, scopes: ['read', 'write'] },
  { name: 'importer', key: KEYS.importer, scopes: ['read', 'write', 'import'] },
  { name: 'write-only', key: KEYS.writeOnly, scopes: ['write'] },
  { name: 'hashed', sha256: createHash('sha256').update(KEYS.hashed).digest('hex'), scopes: ['read'] },
]);

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string; body: GraphQLBody }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text.startsWith('{') ? (JSON.parse(text) as GraphQLBody) : {} };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
// Typed documents (test/documents/gateway.graphql), printed: these tests post them with credentials of their own.
const PROVIDERS = print(GwProviderNamesDocument);
const TAG = print(GwSecurityTagDocument);
const PULL = print(GwSecurityPullDocument);

/** A GraphQL-over-SSE subscription with headers; resolves with the status and the first event's data. */
async function sseFirst(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<{ status: number; first?: GraphQLBody; text?: string }> {
  const controller = new AbortController();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers }, body: JSON.stringify({ query, variables }), signal: controller.signal });
  if (!res.headers.get('content-type')?.startsWith('text/event-stream')) return { status: res.status, text: await res.text() };
  const reader = res.body!.getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { status: res.status };
      buffer += Buffer.from(value).toString();
      const data = /^event: next\ndata: (.*)$/m.exec(buffer)?.[1];
      if (data) return { status: res.status, first: JSON.parse(data) as GraphQLBody };
    }
  } finally {
    controller.abort();
  }
}

/** A single-file multipart import, as a browser form or a client library sends it. */
function importForm(repository = 'uploads/probe'): FormData {
  return uploadForm({ document: GwSecurityImportDocument, variables: { repository } }, new Blob([Buffer.alloc(10_240)]));
}

describe('security', () => {
  let emu: RunningDockerEmulator;
  beforeAll(async () => {
    emu = await startDockerEmulator();
  });
  afterAll(() => emu?.close());
  const upstreamCalls = () => emu.requests.length;

  describe('configuration', () => {
    it('refuses to start in production without authentication, naming GATEWAY_API_KEYS', () => {
      expect(() => loadConfig({ NODE_ENV: 'production' }, () => false)).toThrow(ConfigError);
      expect(() => loadConfig({ NODE_ENV: 'production' }, () => false)).toThrow(/^GATEWAY_API_KEYS: is required in production.*GATEWAY_AUTH=off/);
    });

    it('starts in production with GATEWAY_AUTH=off, and in development with nothing configured', () => {
      expect(loadConfig({ NODE_ENV: 'production', GATEWAY_AUTH: 'off' }, () => false).auth).toBeUndefined();
      expect(loadConfig({}, () => false).auth).toBeUndefined();
    });

    it('keeps only hashes of the keys and never quotes a key or the JSON in its errors', () => {
      const config = loadConfig({ GATEWAY_API_KEYS: API_KEYS }, () => false);
      expect(config.auth?.apiKeys.map((k) => k.name)).toEqual(['reader', 'writer', 'importer', 'write-only', 'hashed']);
      expect(JSON.stringify(config.auth)).not.toContain(KEYS.read);
      const secret = 'sup3r-s3cret-value-never-printed';
      for (const bad of [`[{"name":"a","key":"${secret}"`, `[{"name":"a","key":"${secret}","scopes":["admin"]}]`, `[{"name":"a","key":"${secret}","sha256":"${'0'.repeat(64)}","scopes":["read"]}]`]) {
        let error: unknown;
        try {
          loadConfig({ GATEWAY_API_KEYS: bad }, () => false);
        } catch (err) {
          error = err;
        }
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).variable).toBe('GATEWAY_API_KEYS');
        expect((error as Error).message).not.toContain(secret);
      }
    });

    it('reads the keys from GATEWAY_API_KEYS_FILE, and names the variable that is wrong', () => {
      const dir = mkdtempSync(join(tmpdir(), 'ig-keys-'));
      try {
        writeFileSync(join(dir, 'keys.json'), API_KEYS);
        expect(loadConfig({ GATEWAY_API_KEYS_FILE: join(dir, 'keys.json') }, () => false).auth?.apiKeys).toHaveLength(5);
        expect(() => loadConfig({ GATEWAY_API_KEYS_FILE: join(dir, 'missing.json') }, () => false)).toThrow(/^GATEWAY_API_KEYS_FILE: cannot read/);
        expect(() => loadConfig({ GATEWAY_JWKS_URL: 'https://issuer.example/jwks.json' }, () => false)).toThrow(/^GATEWAY_JWT_ISSUER: is required/);
        expect(() => loadConfig({ GATEWAY_AUTH: 'off', GATEWAY_API_KEYS: API_KEYS }, () => false)).toThrow(/^GATEWAY_AUTH: is off/);
        expect(() => loadConfig({ GATEWAY_PERSISTED_ONLY: 'true' }, () => false)).toThrow(/^GATEWAY_PERSISTED_DOCUMENTS: is required/);
        expect(() => loadConfig({ GATEWAY_RATE_LIMIT_PER_MINUTE: 'many' }, () => false)).toThrow(/^GATEWAY_RATE_LIMIT_PER_MINUTE:/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('API keys and scopes', () => {
    let gw: TestGateway;
    let disposeWs: () => Promise<void>;
    beforeAll(async () => {
      gw = await startTestGateway({ ...emu.env, GATEWAY_API_KEYS: API_KEYS });
      disposeWs = attachGraphqlWs(gw.yoga, gw.server);
    });
    afterAll(async () => {
      await disposeWs?.();
      await gw?.close();
    });

    describe('authentication', () => {
      it('answers 401 with WWW-Authenticate when no credentials are sent, before any upstream call', async () => {
        const before = upstreamCalls();
        const res = await post(gw.url, { query: PROVIDERS });
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="imagegraph"/);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(upstreamCalls()).toBe(before);
      });

      it('answers 401 for a wrong key, in either header, without echoing it', async () => {
        const wrong = 'ig-wrong-0123456789abcdef-secret';
        for (const headers of [bearer(wrong), { 'x-api-key': wrong }]) {
          const res = await post(gw.url, { query: PROVIDERS }, headers);
          expect(res.status).toBe(401);
          expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
          expect(res.text).not.toContain(wrong);
        }
      });

      it('accepts a key as a bearer token, as X-API-Key, and by its configured SHA-256', async () => {
        for (const headers of [bearer(KEYS.read), { 'x-api-key': KEYS.read }, bearer(KEYS.hashed)]) {
          const res = await post(gw.url, { query: PROVIDERS }, headers);
          expect(res.status).toBe(200);
          expect(res.body.errors).toBeUndefined();
        }
      });

      it('refuses a non-Bearer scheme and two credentials at once', async () => {
        expect((await post(gw.url, { query: PROVIDERS }, { authorization: `Basic ${Buffer.from(`u:${KEYS.read}`).toString('base64')}` })).status).toBe(401);
        expect((await post(gw.url, { query: PROVIDERS }, { ...bearer(KEYS.read), 'x-api-key': KEYS.read })).status).toBe(401);
      });

      it('leaves /healthz and GraphiQL (the page; its requests need a key) open', async () => {
        expect((await fetch(gw.url.replace('/graphql', '/healthz'))).status).toBe(200);
        const page = await fetch(gw.url, { headers: { accept: 'text/html' } });
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toContain('text/html');
      });

      it('answers 401 to a GET query without credentials', async () => {
        const res = await fetch(`${gw.url}?query=${encodeURIComponent(PROVIDERS)}`);
        expect(res.status).toBe(401);
      });
    });

    describe('scopes', () => {
      it('lets a read-only key query but not mutate (403 FORBIDDEN naming "write"; nothing runs upstream)', async () => {
        expect((await post(gw.url, { query: PROVIDERS }, bearer(KEYS.read))).body.data).toBeTruthy();
        const before = upstreamCalls();
        const res = await post(gw.url, { query: TAG }, bearer(KEYS.read));
        expect(res.status).toBe(403);
        expect(res.body.data).toBeUndefined();
        expect(res.body.errors).toEqual([expect.objectContaining({ path: ['tagImage'], extensions: { code: 'FORBIDDEN', missingScopes: ['write'] } })]);
        expect(res.body.errors?.[0]?.message).toMatch(/tagImage needs the "write" scope.*"reader"/);
        expect(upstreamCalls()).toBe(before);
      });

      it('does not let a write key without "import" pullImage, and no pull reaches the engine', async () => {
        const before = emu.requests.length;
        const res = await post(gw.url, { query: PULL }, bearer(KEYS.write));
        expect(res.status).toBe(403);
        expect(res.body.errors?.[0]).toMatchObject({ path: ['pullImage'], extensions: { code: 'FORBIDDEN', missingScopes: ['import'] } });
        expect(emu.requests.slice(before).filter((r) => r.path.includes('/images/create'))).toEqual([]);
      });

      it('does not let a write key without "import" pushImage, and no push reaches the engine', async () => {
        const before = emu.requests.length;
        const res = await post(gw.url, { query: print(GwSecurityPushDocument) }, bearer(KEYS.write));
        expect(res.status).toBe(403);
        expect(res.body.errors?.[0]).toMatchObject({ path: ['pushImage'], extensions: { code: 'FORBIDDEN', missingScopes: ['import'] } });
        expect(emu.requests.slice(before).filter((r) => r.path.includes('/push'))).toEqual([]);
      });

      it('does not let a write key without "import" reimportImage (it starts an import)', async () => {
        const res = await post(gw.url, { query: print(GwSecurityReimportDocument) }, bearer(KEYS.write));
        expect(res.status).toBe(403);
        expect(res.body.errors?.[0]).toMatchObject({ path: ['reimportImage'], extensions: { code: 'FORBIDDEN', missingScopes: ['import'] } });
      });

      it('does not let a write key without "import" createImageBuild (a build fetches its source)', async () => {
        const res = await post(gw.url, { query: print(GwSecurityCycleBuildDocument) }, bearer(KEYS.write));
        expect(res.status).toBe(403);
        expect(res.body.errors?.[0]).toMatchObject({ path: ['createImageBuild'], extensions: { code: 'FORBIDDEN', missingScopes: ['import'] } });
      });

      it('lets the write key run other mutations (the answer is the mutation\'s own, not FORBIDDEN)', async () => {
        const res = await post(gw.url, { query: TAG }, bearer(KEYS.write));
        expect(res.body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('FORBIDDEN');
      });

      it('checks every root field: one refused field refuses the operation, aliases and fragments included', async () => {
        const query = print(GwSecurityTagAndPullDocument);
        const before = upstreamCalls();
        const res = await post(gw.url, { query }, bearer(KEYS.write));
        expect(res.status).toBe(403);
        expect(res.body.errors?.map((e) => e.path)).toEqual([['pull']]);
        expect(upstreamCalls()).toBe(before);
      });

      it('lets an importer pullImage', async () => {
        const res = await post(gw.url, { query: PULL }, bearer(KEYS.importer));
        expect(res.status).toBe(200);
        expect(res.body.data).toMatchObject({ pullImage: { __typename: 'PullImageSuccess' } });
      });

      it('needs "read" for a query even from a key that can write', async () => {
        const res = await post(gw.url, { query: PROVIDERS }, bearer(KEYS.writeOnly));
        expect(res.status).toBe(403);
        expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', missingScopes: ['read'] });
      });
    });

    describe('subscriptions', () => {
      const JOB = print(GwSecurityJobUpdatedDocument);
      let jobId: string;
      beforeAll(async () => {
        const res = await post(gw.url, { query: PULL }, bearer(KEYS.importer));
        jobId = (res.body.data as { pullImage: { job: { id: string } } }).pullImage.job.id;
      });

      it('SSE: 401 without credentials, FORBIDDEN without "read", events with "read"', async () => {
        expect((await sseFirst(gw.url, JOB, { id: jobId }, {})).status).toBe(401);
        const refused = await sseFirst(gw.url, JOB, { id: jobId }, bearer(KEYS.writeOnly));
        expect(refused.status).toBe(403);
        expect(refused.first?.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', missingScopes: ['read'] });
        const ok = await sseFirst(gw.url, JOB, { id: jobId }, bearer(KEYS.read));
        expect(ok.status).toBe(200);
        expect(ok.first?.data).toMatchObject({ jobUpdated: { id: jobId } });
      });

      it('graphql-ws: Authorization in connectionParams; refused without it or without "read", never echoing the key', async () => {
        const url = gw.url.replace(/^http/, 'ws');
        const { createClient } = await import('graphql-ws');
        const WebSocket = (await import('ws')).default;
        const client = (connectionParams?: Record<string, string>) => createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams });
        const first = async (c: ReturnType<typeof client>) => {
          try {
            for await (const r of wsSubscribe(c, JOB, { id: jobId })) return r;
          } catch (err) {
            return { errors: err as { message: string; extensions?: Record<string, unknown> }[] };
          } finally {
            await c.dispose();
          }
          return undefined;
        };
        // No valid credential: refused at connection_init (close 4403 saying why), before any operation.
        const anonymous = await first(wsClient(gw.url));
        expect(anonymous?.errors).toMatchObject({ code: 4403, reason: expect.stringContaining('UNAUTHENTICATED') });
        const wrong = await first(client({ Authorization: 'Bearer ig-wrong-0123456789abcdef-secret' }));
        expect(wrong?.errors).toMatchObject({ code: 4403, reason: expect.stringContaining('UNAUTHENTICATED') });
        expect(JSON.stringify(wrong)).not.toContain('ig-wrong-0123456789abcdef-secret');
        const writeOnly = await first(client({ Authorization: `Bearer ${KEYS.writeOnly}` }));
        expect(writeOnly?.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', missingScopes: ['read'] });
        const reader = await first(client({ Authorization: `Bearer ${KEYS.read}` }));
        expect(reader?.data).toMatchObject({ jobUpdated: { id: jobId } });
        const byHeaderName = await first(client({ 'X-API-Key': KEYS.read }));
        expect(byHeaderName?.data).toMatchObject({ jobUpdated: { id: jobId } });
      });
    });

    describe('multipart uploads', () => {
      it('carries the credentials into the streamed operation: 401 without, FORBIDDEN without "import", imported with it', async () => {
        const csrf = { 'graphql-require-preflight': '1' };
        const anonymous = await fetch(gw.url, { method: 'POST', body: importForm(), headers: csrf });
        expect(anonymous.status).toBe(401);
        const writer = await fetch(gw.url, { method: 'POST', body: importForm(), headers: { ...csrf, ...bearer(KEYS.write) } });
        expect(writer.status).toBe(403);
        expect(await writer.text()).toContain('"missingScopes":["import"]');
        const importer = await fetch(gw.url, { method: 'POST', body: importForm(), headers: { ...csrf, ...bearer(KEYS.importer) } });
        expect(((await importer.json()) as GraphQLBody).data).toMatchObject({ importImage: { __typename: 'ImportImageSuccess' } });
      });
    });
  });

  describe('JWT via JWKS', () => {
    let gw: TestGateway;
    let jwks: Server;
    let jwksRequests = 0;
    let key: CryptoKey;
    let otherKey: CryptoKey;
    const ISSUER = 'https://issuer.test/';
    const AUDIENCE = 'imagegraph';

    beforeAll(async () => {
      const pair = await generateKeyPair('ES256');
      key = pair.privateKey;
      otherKey = (await generateKeyPair('ES256')).privateKey;
      const publicJwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
      jwks = createServer((req, res) => {
        jwksRequests += 1;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] }));
      });
      await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
      gw = await startTestGateway({
        ...emu.env,
        GATEWAY_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`,
        GATEWAY_JWT_ISSUER: ISSUER,
        GATEWAY_JWT_AUDIENCE: AUDIENCE,
      });
    });
    afterAll(async () => {
      await gw?.close();
      await new Promise<void>((resolve) => jwks?.close(() => resolve()));
    });

    const token = (claims: Record<string, unknown>, opts: { key?: CryptoKey; audience?: string; expiresIn?: string | number; issuer?: string } = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setSubject('svc-frontend')
        .setIssuer(opts.issuer ?? ISSUER)
        .setAudience(opts.audience ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(opts.expiresIn ?? '5m')
        .sign(opts.key ?? key);

    it('accepts a valid token; scopes come from "scope" (a string) or "scp" (an array)', async () => {
      const reader = await token({ scope: 'read profile' });
      expect((await post(gw.url, { query: PROVIDERS }, bearer(reader))).status).toBe(200);
      const refused = await post(gw.url, { query: TAG }, bearer(reader));
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.message).toContain('"svc-frontend"');
      const writer = await token({ scp: ['read', 'write'] });
      const res = await post(gw.url, { query: TAG }, bearer(writer));
      expect(res.body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('FORBIDDEN');
      expect(jwksRequests).toBeGreaterThan(0);
    });

    it('answers 503 AUTH_UNAVAILABLE (not 401) when the JWKS cannot be fetched, and tells the operator once through the log', async () => {
      const lines: string[] = [];
      const logger = createLogger({ level: 'warn', destination: { write: (line: string) => void lines.push(line) } });
      const down = await startTestGateway({ GATEWAY_JWKS_URL: 'http://127.0.0.1:9/jwks.json', GATEWAY_JWT_ISSUER: ISSUER, GATEWAY_JWT_AUDIENCE: AUDIENCE }, { logger });
      try {
        const sent = await token({ scope: 'read' });
        const res = await post(down.url, { query: PROVIDERS }, bearer(sent));
        await post(down.url, { query: PROVIDERS }, bearer(sent));
        expect(res.status).toBe(503);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('AUTH_UNAVAILABLE');
        logger.flush();
        const warnings = lines.map((l) => JSON.parse(l) as { level: string; msg: string }).filter((l) => /JWKS .* is unavailable/.test(l.msg));
        expect(warnings).toHaveLength(1); // once a minute, not once per request
        expect(warnings[0]?.level).toBe('warn');
        expect(lines.join('\n')).not.toContain(sent);
      } finally {
        await down.close();
      }
    });

    it('answers 401 to an expired token, the wrong audience or issuer, and another key, never echoing the token', async () => {
      const cases: [string, string | RegExp][] = [
        [await token({ scope: 'read' }, { expiresIn: Math.floor(Date.now() / 1000) - 3600 }), /expired/],
        [await token({ scope: 'read' }, { audience: 'another-api' }), /"aud"/],
        [await token({ scope: 'read' }, { issuer: 'https://evil.test/' }), /"iss"/],
        [await token({ scope: 'read' }, { key: otherKey }), /not valid/],
      ];
      for (const [jwt, message] of cases) {
        const res = await post(gw.url, { query: PROVIDERS }, bearer(jwt));
        expect(res.status).toBe(401);
        expect(res.body.errors?.[0]?.message).toMatch(message);
        expect(res.text).not.toContain(jwt);
        expect(res.text).not.toContain(jwt.split('.')[1]);
      }
    });
  });

  describe('CSRF prevention (no authentication configured)', () => {
    let gw: TestGateway;
    beforeAll(async () => {
      gw = await startTestGateway(emu.env);
    });
    afterAll(() => gw?.close());

    it('refuses a multipart request without a preflight header with 403, and nothing reaches the upstream', async () => {
      const before = upstreamCalls();
      const res = await fetch(gw.url, { method: 'POST', body: importForm('csrf/forged') });
      expect(res.status).toBe(403);
      const body = (await res.json()) as GraphQLBody;
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'CSRF_PREVENTED' } });
      expect(body.errors?.[0]?.message).toContain('graphql-require-preflight');
      await new Promise((r) => setTimeout(r, 100));
      expect(upstreamCalls()).toBe(before);
      expect(emu.store.resolve('csrf/forged:v1')).toBeUndefined();
    });

    it('accepts it with any of the preflight headers', async () => {
      for (const header of ['graphql-require-preflight', 'apollo-require-preflight', 'x-graphql-yoga-csrf']) {
        const res = await fetch(gw.url, { method: 'POST', body: importForm(), headers: { [header]: '1' } });
        expect(((await res.json()) as GraphQLBody).data).toMatchObject({ importImage: { __typename: 'ImportImageSuccess' } });
      }
    });

    it('refuses a form-urlencoded mutation (which Yoga would execute) without the header', async () => {
      const before = upstreamCalls();
      const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: PULL }).toString() });
      expect(res.status).toBe(403);
      expect(upstreamCalls()).toBe(before);
    });

    it('cannot run a mutation with GET (405), so a cross-site GET can only read', async () => {
      const before = upstreamCalls();
      const res = await fetch(`${gw.url}?query=${encodeURIComponent(PULL)}`, { headers: { accept: 'application/graphql-response+json' } });
      expect(res.status).toBe(405);
      expect(upstreamCalls()).toBe(before);
    });
  });

  describe('production: introspection and GraphiQL', () => {
    let prod: TestGateway;
    let enabled: TestGateway;
    beforeAll(async () => {
      prod = await startTestGateway({ NODE_ENV: 'production', GATEWAY_API_KEYS: API_KEYS });
      enabled = await startTestGateway({ NODE_ENV: 'production', GATEWAY_API_KEYS: API_KEYS, GATEWAY_GRAPHIQL: 'true' });
    });
    afterAll(async () => {
      await prod?.close();
      await enabled?.close();
    });

    it('refuses __schema and __type but answers __typename', async () => {
      for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Image") { name } }']) {
        const res = await post(prod.url, { query }, bearer(KEYS.read));
        expect(res.status).toBe(400);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
      }
      expect((await post(prod.url, { query: print(GwTypenameDocument) }, bearer(KEYS.read))).body.data).toEqual({ __typename: 'Query' });
    });

    it('does not serve GraphiQL', async () => {
      const res = await fetch(prod.url, { headers: { accept: 'text/html' } });
      expect(res.headers.get('content-type') ?? '').not.toContain('text/html');
      expect(await res.text()).not.toContain('graphiql');
    });

    it('serves both when GATEWAY_GRAPHIQL=true', async () => {
      expect((await fetch(enabled.url, { headers: { accept: 'text/html' } })).headers.get('content-type')).toContain('text/html');
      const res = await post(enabled.url, { query: '{ __schema { queryType { name } } }' }, bearer(KEYS.read));
      expect(res.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });
  });

  describe('persisted documents', () => {
    const PROVIDERS_DOC = 'query Providers { providers { provider } }';
    const hash = createHash('sha256').update(PROVIDERS_DOC).digest('hex');
    const IMPORT_DOC = 'mutation Import($file: Upload!) { importImage(input: { file: $file, repository: "persisted/upload", tag: "v1" }) { __typename } }';
    let dir: string;
    let open: TestGateway;
    let only: TestGateway;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'ig-persisted-'));
      const file = join(dir, 'persisted.json');
      writeFileSync(file, JSON.stringify({ [hash]: PROVIDERS_DOC, 'import-v1': IMPORT_DOC }));
      open = await startTestGateway({ GATEWAY_PERSISTED_DOCUMENTS: file });
      only = await startTestGateway({ ...emu.env, GATEWAY_PERSISTED_DOCUMENTS: file, GATEWAY_PERSISTED_ONLY: 'true' });
    });
    afterAll(async () => {
      await open?.close();
      await only?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('runs a document by documentId, by sha256:-prefixed id, and by Apollo\'s persistedQuery extension', async () => {
      for (const body of [{ documentId: hash }, { documentId: `sha256:${hash}` }, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }]) {
        const res = await post(only.url, body);
        expect(res.status).toBe(200);
        expect(res.body.data).toHaveProperty('providers');
      }
      const get = await fetch(`${only.url}?documentId=${hash}`, { headers: { accept: 'application/graphql-response+json' } });
      expect(((await get.json()) as GraphQLBody).data).toHaveProperty('providers');
    });

    it('refuses an unknown id', async () => {
      const res = await post(only.url, { documentId: 'f'.repeat(64) });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });

    it('persisted-only: refuses arbitrary documents over HTTP and graphql-ws, even valid ones', async () => {
      const res = await post(only.url, { query: PROVIDERS });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
      const dispose = attachGraphqlWs(only.yoga, only.server);
      const client = wsClient(only.url);
      try {
        const refused = await client.iterate({ query: PROVIDERS }).next();
        expect(JSON.stringify(refused.value ?? refused)).toContain('PERSISTED_DOCUMENT_REQUIRED');
        const allowed = await client.iterate({ query: PROVIDERS_DOC }).next();
        expect(allowed.value).toMatchObject({ data: { providers: expect.any(Array) } });
      } finally {
        await client.dispose();
        await dispose();
      }
    });

    it('persisted-only: a multipart upload names its document by id', async () => {
      const form = new FormData();
      form.set('operations', JSON.stringify({ documentId: 'import-v1', variables: { file: null } }));
      form.set('map', JSON.stringify({ 0: ['variables.file'] }));
      form.set('0', new Blob([Buffer.alloc(10_240)]), 'rootfs.tar');
      const res = await fetch(only.url, { method: 'POST', body: form, headers: { 'graphql-require-preflight': '1' } });
      expect(((await res.json()) as GraphQLBody).data).toEqual({ importImage: { __typename: 'ImportImageSuccess' } });
      expect(emu.store.resolve('persisted/upload:v1')).toBeDefined();
    });

    it('without PERSISTED_ONLY, arbitrary documents still run', async () => {
      expect((await post(open.url, { query: PROVIDERS })).body.data).toHaveProperty('providers');
      expect((await post(open.url, { documentId: hash })).body.data).toHaveProperty('providers');
    });
  });

  describe('rate limits', () => {
    let gw: TestGateway;
    let anonymous: TestGateway;
    beforeAll(async () => {
      gw = await startTestGateway({ GATEWAY_API_KEYS: API_KEYS, GATEWAY_RATE_LIMIT_PER_MINUTE: '3' });
      anonymous = await startTestGateway({ GATEWAY_RATE_LIMIT_PER_MINUTE: '2' });
    });
    afterAll(async () => {
      await gw?.close();
      await anonymous?.close();
    });

    it('gives each API key its own bucket: the 4th request in a minute gets 429 with Retry-After and RATE_LIMITED', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(gw.url, { query: PROVIDERS }, bearer(KEYS.read))).status);
      expect(statuses).toEqual([200, 200, 200]);
      const limited = await post(gw.url, { query: PROVIDERS }, bearer(KEYS.read));
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60); // the client's one-minute window
      expect(limited.headers.get('content-type')).toContain('json');
      expect(limited.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: Number(limited.headers.get('retry-after')) });
      // Another client is unaffected.
      expect((await post(gw.url, { query: PROVIDERS }, { 'x-api-key': KEYS.write })).status).toBe(200);
    });

    it('counts graphql-ws operations against the same client', async () => {
      const dispose = attachGraphqlWs(gw.yoga, gw.server);
      const { createClient } = await import('graphql-ws');
      const WebSocket = (await import('ws')).default;
      const client = createClient({ url: gw.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams: { authorization: `Bearer ${KEYS.importer}` } });
      try {
        const results: string[] = [];
        for (let i = 0; i < 4; i++) {
          const next = await client.iterate({ query: PROVIDERS }).next().catch((errors: unknown) => ({ value: { errors } }));
          const value = next.value as GraphQLBody | undefined;
          results.push(value?.data ? 'ok' : String(value?.errors?.[0]?.extensions?.code));
        }
        expect(results).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
      } finally {
        await client.dispose();
        await dispose();
      }
    });

    it('without authentication, limits by the peer address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(anonymous.url, { query: PROVIDERS })).status);
      expect(statuses).toEqual([200, 200, 429]);
    });
  });
});
