import { spawn } from 'node:child_process';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createServices } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { encodeId } from '../../src/schema/global-id.js';
import { freePort } from '../support/components.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { guardProcess } from '../support/process-guard.js';
import { attachGraphqlWs } from '../support/ws.js';

/** Issue 13 item 10, each with a test: the smaller holes found by attacking the gateway. */

guardProcess();

const KEY = 'ig-harden-read-0123456789abcdef';
const WRITER = 'ig-harden-write-0123456789abcdef';
const API_KEYS = JSON.stringify([
  { name: 'reader', key: KEY, scopes: ['read'] },
  { name: 'writer', key: WRITER, scopes: ['read', 'write'] },
]);

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Body }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Body };
}

describe('item 10', () => {
  let emu: RunningDockerEmulator;
  let prod: TestGateway;
  let dev: TestGateway;
  let disposeWs: () => Promise<void>;
  const auth = { authorization: `Bearer ${KEY}` };

  beforeAll(async () => {
    emu = await startDockerEmulator();
    prod = await startTestGateway({ ...emu.env, NODE_ENV: 'production', GATEWAY_API_KEYS: API_KEYS });
    dev = await startTestGateway(emu.env);
    disposeWs = attachGraphqlWs(prod.yoga, prod.server);
  });
  afterAll(async () => {
    await disposeWs?.();
    await prod?.close();
    await dev?.close();
    await emu?.close();
  });

  describe('production keeps the schema private', () => {
    const TYPO = '{ imagez { edges { cursor } } }';
    const ENUM = { query: 'query($p: [Provider!]) { images(filter: { providers: $p }) { edges { cursor } } }', variables: { p: ['DOCKR'] } };

    it('does not suggest field, type or enum names ("Did you mean")', async () => {
      // Development still helps.
      const devAnswer = await post(dev.url, { query: '{ imagex { edges { cursor } } }' });
      expect(devAnswer.body.errors?.[0]?.message).toMatch(/Did you mean "images"/);
      for (const body of [{ query: TYPO }, ENUM, { query: '{ images(filter: { providers: [DOCKR] }) { edges { cursor } } }' }, { query: '{ providers { providr } }' }]) {
        const res = await post(prod.url, body, auth);
        expect(res.body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0);
        expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
      }
    });

    it('refuses introspection with HTTP 400 whatever the accept header, and over GET', async () => {
      for (const accept of ['application/json', 'application/graphql-response+json', '*/*']) {
        const res = await post(prod.url, { query: '{ __schema { types { name } } }' }, { ...auth, accept });
        expect(res.status, accept).toBe(400);
        expect(res.body.errors?.[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
      }
      const get = await fetch(`${prod.url}?query=${encodeURIComponent('{ __type(name: "Image") { name } }')}`, { headers: { ...auth, accept: 'application/json' } });
      expect(get.status).toBe(400);
    });
  });

  describe('graphql-ws', () => {
    /** A raw graphql-transport-ws socket: what it receives and how it closes. */
    function rawSocket(url: string) {
      const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      const messages: { type: string; id?: string; payload?: unknown }[] = [];
      const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
      socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as (typeof messages)[number]));
      const opened = new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
      const waitFor = async (predicate: () => boolean, ms = 3000) => {
        const until = Date.now() + ms;
        while (!predicate() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
        return predicate();
      };
      return { socket, messages, closed, opened, waitFor, send: (m: unknown) => socket.send(JSON.stringify(m)) };
    }

    it('refuses a client without a key at connection_init (4403, no ack), and one with a wrong key', async () => {
      for (const payload of [{}, { Authorization: 'Bearer ig-wrong-key-0123456789abcdef' }]) {
        const ws = rawSocket(prod.url);
        await ws.opened;
        ws.send({ type: 'connection_init', payload });
        const { code, reason } = await ws.closed;
        expect(code).toBe(4403);
        expect(reason).toContain('UNAUTHENTICATED');
        expect(reason).not.toContain('ig-wrong-key');
        expect(ws.messages.map((m) => m.type)).not.toContain('connection_ack');
      }
    });

    it('acknowledges a valid key at connection_init', async () => {
      const ws = rawSocket(prod.url);
      await ws.opened;
      ws.send({ type: 'connection_init', payload: { Authorization: `Bearer ${KEY}` } });
      expect(await ws.waitFor(() => ws.messages.some((m) => m.type === 'connection_ack'))).toBe(true);
      ws.socket.close(1000);
    });

    it('a syntax error errors that operation only; the socket stays open and serves the next one', async () => {
      const ws = rawSocket(prod.url);
      await ws.opened;
      ws.send({ type: 'connection_init', payload: { Authorization: `Bearer ${KEY}` } });
      await ws.waitFor(() => ws.messages.some((m) => m.type === 'connection_ack'));
      ws.send({ type: 'subscribe', id: 'bad', payload: { query: '{ providers { provider ' } });
      expect(await ws.waitFor(() => ws.messages.some((m) => m.id === 'bad' && m.type === 'error'))).toBe(true);
      const error = ws.messages.find((m) => m.id === 'bad')!.payload as { message: string; extensions?: { code?: string } }[];
      expect(error[0]?.message).toMatch(/Syntax Error/);
      expect(error[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      ws.send({ type: 'subscribe', id: 'good', payload: { query: '{ providers { provider } }' } });
      expect(await ws.waitFor(() => ws.messages.some((m) => m.id === 'good' && m.type === 'complete'))).toBe(true);
      expect(ws.messages.find((m) => m.id === 'good' && m.type === 'next')?.payload).toMatchObject({ data: { providers: expect.any(Array) } });
      expect(ws.socket.readyState).toBe(WebSocket.OPEN);
      ws.socket.close(1000);
    });

    it('the graphql-ws client library sees the same', async () => {
      const client = createClient({ url: prod.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams: { Authorization: `Bearer ${KEY}` } });
      let closes = 0;
      client.on('closed', () => (closes += 1));
      try {
        const bad = await client.iterate({ query: '{ providers {' }).next().catch((errors: unknown) => ({ value: { errors } }));
        expect(JSON.stringify(bad.value)).toMatch(/Syntax Error/);
        const good = await client.iterate({ query: '{ providers { provider } }' }).next();
        expect(good.value).toMatchObject({ data: { providers: expect.any(Array) } });
        expect(closes).toBe(0);
      } finally {
        await client.dispose();
      }
    });
  });

  describe('ids', () => {
    const writer = { authorization: `Bearer ${WRITER}` };
    const dockerCalls = () => emu.requests.length;

    it('tagImage refuses an id typed as another provider\'s (ValidationError on input.id) before any call', async () => {
      const before = dockerCalls();
      for (const id of [encodeId('DockerImage', 'CYCLE', 'sha256:abc'), encodeId('CycleImage', 'CYCLE', 'img-1'), encodeId('DockerImage', 'PAI', 'x')]) {
        const res = await post(prod.url, { query: `mutation { tagImage(input: { id: "${id}", repository: "x/y" }) { __typename ... on ValidationError { fieldErrors { path message } } } }` }, writer);
        expect(res.body.data?.tagImage, id).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.id' }] });
      }
      const deleted = await post(prod.url, { query: `mutation { deleteImage(input: { id: "${encodeId('DockerImage', 'CYCLE', 'x')}" }) { __typename ... on ValidationError { fieldErrors { path } } } }` }, writer);
      expect(deleted.body.data?.deleteImage).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.id' }] });
      expect(dockerCalls()).toBe(before);
    });

    it.each([
      ['a type named constructor', encodeId('constructor', 'DOCKER', 'x')],
      ['a type named toString', encodeId('toString', 'DOCKER', 'x')],
      ['a type named __proto__-like hasOwnProperty', encodeId('hasOwnProperty', 'DOCKER', 'x')],
      ['a local id "."', encodeId('DockerImage', 'DOCKER', '.')],
      ['a local id ".."', encodeId('DockerImage', 'DOCKER', '..')],
      ['a local id with a ".." segment', encodeId('Repository', 'SWR', 'acme/..')],
    ])('%s is refused at decode (VALIDATION_FAILED, never "Unexpected error."), before any call', async (_name, id) => {
      const before = dockerCalls();
      for (const query of [`{ node(id: "${id}") { id } }`, `{ nodes(ids: ["${id}"]) { id } }`]) {
        const res = await post(prod.url, { query }, auth);
        expect(res.body.errors?.[0]?.extensions?.code, query).toBe('VALIDATION_FAILED');
        expect(JSON.stringify(res.body)).not.toContain('Unexpected error');
      }
      const tag = await post(prod.url, { query: `mutation { tagImage(input: { id: "${id}", repository: "x/y" }) { __typename } }` }, writer);
      expect(tag.body.data?.tagImage).toMatchObject({ __typename: 'ValidationError' });
      expect(dockerCalls()).toBe(before);
    });
  });

  describe('cursors', () => {
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    it.each([
      ['a string skip', { DOCKER: { pos: null, skip: 'x' } }],
      ['a negative skip', { DOCKER: { pos: null, skip: -5 } }],
      ['an object position', { DOCKER: { pos: {}, skip: 0 } }],
      ['an unknown provider', { AZURE: { pos: null, skip: 0 } }],
      ['a __proto__ key', JSON.parse('{"__proto__":{"pos":null,"skip":0}}') as unknown],
      ['a number', 5],
    ])('a merged images cursor with %s is the client\'s mistake (VALIDATION_FAILED on after), never "Unexpected error."', async (_name, value) => {
      const res = await post(prod.url, { query: `{ images(first: 3, after: "${cursor(value)}") { edges { cursor } } }` }, auth);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'after' }] });
      expect(JSON.stringify(res.body)).not.toContain('Unexpected error');
    });
  });

  describe('an unreachable REDIS_URL', () => {
    it('fails start-up with a clear error naming REDIS_URL (never its password), no unhandled error', async () => {
      const port = await freePort();
      const config = loadConfig({ REDIS_URL: `redis://:hunter2-secret@127.0.0.1:${port}`, GATEWAY_SANDBOX: 'off' }, () => false);
      const started = Date.now();
      const error = await createServices(config).then(
        () => undefined,
        (err: unknown) => err as Error,
      );
      expect(error?.message).toMatch(/^REDIS_URL: cannot connect to Redis at 127\.0\.0\.1:\d+ within 5000 ms/);
      expect(error?.message).not.toContain('hunter2');
      expect(Date.now() - started).toBeLessThan(15_000);
    });

    it('npm start exits 1 with one line, not a stack trace', async () => {
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        env: { PATH: process.env.PATH, REDIS_URL: `redis://:hunter2-secret@127.0.0.1:${port}`, PORT: '0', GATEWAY_SANDBOX: 'off', DOCKER_HOST: 'tcp://127.0.0.1:9' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr.trim()).toMatch(/^imagegraph: cannot start: REDIS_URL: cannot connect to Redis at 127\.0\.0\.1:\d+/);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toContain('hunter2');
    }, 40_000);
  });
});
