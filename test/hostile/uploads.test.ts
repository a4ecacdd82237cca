import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { guardProcess } from '../support/process-guard.js';

/**
 * Issue 13 items 1–2: the hostile multipart requests found by attacking the gateway, verbatim, against
 * a real listener (raw TCP where the body must be cut or the connection dropped). After each one the
 * process must still serve every client normally within 1 s, `Object.prototype` must be untouched,
 * and a refused request must never start the Docker import. An uncaught exception fails the file.
 */

guardProcess();

const BOUNDARY = '----imagegraph-hostile';
const IMPORT = 'mutation($file: Upload!) { importImage(input: { file: $file, repository: "hostile/upload", tag: "v1" }) { __typename ... on ImportImageSuccess { job { id state } } ... on Error { message } } }';
const OPERATIONS = JSON.stringify({ query: IMPORT, variables: { file: null } });
const MAP = JSON.stringify({ 0: ['variables.file'] });

interface Part {
  name: string;
  value: string;
  filename?: string;
}

/** A multipart/form-data body, optionally without its closing boundary. */
function form(parts: Part[], { closed = true } = {}): string {
  let out = '';
  for (const p of parts) {
    out += `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"\r\nContent-Type: application/octet-stream` : ''}\r\n\r\n${p.value}\r\n`;
  }
  return closed ? `${out}--${BOUNDARY}--\r\n` : out;
}

const file = (bytes = 2048): Part => ({ name: '0', value: 'x'.repeat(bytes), filename: 'rootfs.tar' });

const HEADERS = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'graphql-require-preflight': '1' };

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function send(body: string): Promise<Answer> {
  const res = await fetch(gwUrl(), { method: 'POST', headers: HEADERS, body, signal: AbortSignal.timeout(5000) });
  const text = await res.text();
  return { status: res.status, body: text.startsWith('{') ? (JSON.parse(text) as Answer['body']) : {} };
}

/** Writes the request head and `body` on a raw socket, then either half-closes (`end`) or resets (`destroy`). */
async function raw(body: string, { contentLength, then }: { contentLength: number; then: 'end' | 'destroy' }): Promise<string> {
  const { port } = new URL(gwUrl());
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${HEADERS['content-type']}\r\ngraphql-require-preflight: 1\r\nContent-Length: ${contentLength}\r\n\r\n${body}`,
      );
      if (then === 'destroy') setTimeout(() => (socket.destroy(), resolve('')), 50);
    });
    let received = '';
    socket.on('data', (d) => {
      received += d.toString();
      // One whole answer (Yoga's are sized): enough, whatever keep-alive would do next.
      const length = /content-length: (\d+)/i.exec(received)?.[1];
      const head = received.indexOf('\r\n\r\n');
      if (length && head >= 0 && Buffer.byteLength(received) - head - 4 >= Number(length)) socket.destroy();
    });
    socket.on('error', () => resolve(received));
    socket.on('close', () => resolve(received));
    if (then === 'end') socket.setTimeout(3000, () => socket.destroy());
  });
}

let gw: TestGateway;
let emu: RunningDockerEmulator;
const gwUrl = () => gw.url;
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const importCalls = () => emu.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/images/create')).length;

/** The process serves every kind of client normally, each answer within 1 s, and nothing leaked into Object.prototype. */
async function expectServingNormally(): Promise<void> {
  const timed = async (what: string, run: () => Promise<Response>) => {
    const started = performance.now();
    const res = await run();
    const text = await res.text();
    const ms = performance.now() - started;
    expect(ms, what).toBeLessThan(1000);
    return { status: res.status, text };
  };
  const json = await timed('a JSON query', () => fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Probe { __typename providers { provider } }', operationName: 'Probe' }) }));
  expect(json.status).toBe(200);
  expect(JSON.parse(json.text)).toEqual({ data: { __typename: 'Query', providers: expect.arrayContaining([{ provider: 'DOCKER' }]) } });
  const get = await timed('a GET query', () => fetch(`${gw.url}?query=${encodeURIComponent('{ __typename }')}`));
  expect(JSON.parse(get.text)).toEqual({ data: { __typename: 'Query' } });
  const health = await timed('/healthz', () => fetch(gw.url.replace('/graphql', '/healthz')));
  expect(health.status).toBe(200);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).Zed).toBeUndefined();
}

async function jobsAfter(count: number): Promise<string[]> {
  const jobs = await gw.services.jobs.list();
  return jobs.slice(0, Math.max(0, jobs.length - count)).map((j) => j.state);
}

describe('hostile multipart uploads', () => {
  beforeAll(async () => {
    emu = await startDockerEmulator();
    gw = await startTestGateway(emu.env);
  });
  afterAll(async () => {
    await gw?.close();
    await emu?.close();
  });

  describe('prototype pollution through map', () => {
    it.each(['variables.__proto__.Zed', 'variables.constructor.prototype.Zed', 'variables.__proto__.signal', 'variables.file.__proto__', 'variables.prototype'])('refuses %s with 400 and runs nothing', async (path) => {
      const before = importCalls();
      const res = await send(form([{ name: 'operations', value: OPERATIONS }, { name: 'map', value: JSON.stringify({ 0: [path] }) }, file()]));
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.message).toMatch(/map/);
      expect(importCalls()).toBe(before);
      await expectServingNormally();
    });

    it('refuses a path to a variable the operation did not declare', async () => {
      const res = await send(form([{ name: 'operations', value: OPERATIONS }, { name: 'map', value: JSON.stringify({ 0: ['variables.other'] }) }, file()]));
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.message).toContain('does not name a variable');
      await expectServingNormally();
    });

    it('keeps a "__proto__" key of the map itself as data, never as a prototype', async () => {
      const res = await send(form([{ name: 'operations', value: OPERATIONS }, { name: 'map', value: '{"__proto__":["variables.file"]}' }, { ...file(), name: '__proto__' }]));
      expect(res.status).toBeLessThan(500);
      await expectServingNormally();
    });
  });

  describe('malformed fields', () => {
    it.each([
      ['map {"0":5}', OPERATIONS, '{"0":5}', /map/],
      ['map {"0":[5]}', OPERATIONS, '{"0":[5]}', /map/],
      ['map [..]', OPERATIONS, '[["variables.file"]]', /map/],
      ['variables as a string', JSON.stringify({ query: IMPORT, variables: 'file' }), MAP, /variables/],
      ['variables as a number', JSON.stringify({ query: IMPORT, variables: 5 }), MAP, /variables/],
      ['operations as a number', '5', MAP, /operations/],
      ['operations as a batch', JSON.stringify([{ query: IMPORT }]), MAP, /batch/],
      ['operations not JSON', '{', MAP, /JSON/],
    ])('%s: 400 with a clear message, nothing runs', async (_name, operations, map, message) => {
      const before = importCalls();
      const res = await send(form([{ name: 'operations', value: operations }, { name: 'map', value: map }, file()]));
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.message).toMatch(message);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      expect(importCalls()).toBe(before);
      await expectServingNormally();
    });

    it.each([
      ['operations', [{ name: 'operations', value: OPERATIONS }, { name: 'operations', value: JSON.stringify({ query: IMPORT, variables: 'x' }) }, { name: 'map', value: MAP }]],
      ['map', [{ name: 'operations', value: OPERATIONS }, { name: 'map', value: MAP }, { name: 'map', value: '{"0":5}' }]],
      ['operations (both valid)', [{ name: 'operations', value: OPERATIONS }, { name: 'operations', value: OPERATIONS }, { name: 'map', value: MAP }]],
    ])('%s sent twice: 400, the Docker import never starts and no job is created', async (_name, parts) => {
      const before = importCalls();
      const jobs = (await gw.services.jobs.list()).length;
      const res = await send(form([...(parts as Part[]), file()]));
      expect([400, 413]).toContain(res.status);
      await new Promise((r) => setTimeout(r, 100));
      expect(importCalls()).toBe(before);
      expect((await gw.services.jobs.list()).length).toBe(jobs);
      await expectServingNormally();
    });
  });

  describe('broken streams', () => {
    it('a body that ends inside the file part (no closing boundary) does not crash the process', async () => {
      const body = form([{ name: 'operations', value: OPERATIONS }, { name: 'map', value: MAP }, file(4096)], { closed: false }).slice(0, -50);
      const jobs = (await gw.services.jobs.list()).length;
      const answer = await raw(body, { contentLength: Buffer.byteLength(body), then: 'end' });
      expect(answer).toMatch(/^HTTP\/1\.1 [2-4]\d\d/);
      await expectServingNormally();
      // The import started with the file part; its stream ended with an error, so the job failed.
      await expect.poll(async () => jobsAfter(jobs), { timeout: 3000 }).not.toContain('RUNNING');
    });

    it('a body that ends before any file (in the fields) answers 400', async () => {
      const body = form([{ name: 'operations', value: OPERATIONS }]).slice(0, 60);
      const answer = await raw(body, { contentLength: Buffer.byteLength(body), then: 'end' });
      expect(answer).toMatch(/^HTTP\/1\.1 400/);
      await expectServingNormally();
    });

    it('a client that closes the connection mid-upload does not crash the process, and its job does not stay RUNNING', async () => {
      const jobs = (await gw.services.jobs.list()).length;
      const body = form([{ name: 'operations', value: OPERATIONS }, { name: 'map', value: MAP }, file(8192)], { closed: false });
      await raw(body, { contentLength: Buffer.byteLength(body) + 100_000, then: 'destroy' });
      await expectServingNormally();
      await expect.poll(async () => jobsAfter(jobs), { timeout: 3000 }).not.toContain('RUNNING');
    });

    it('a client that closes the connection inside the fields does not crash the process', async () => {
      const body = form([{ name: 'operations', value: OPERATIONS }]).slice(0, 80);
      await raw(body, { contentLength: 10_000, then: 'destroy' });
      await expectServingNormally();
    });
  });

  describe('limits', () => {
    it('a field over the field size answers 413, nothing runs', async () => {
      const before = importCalls();
      const res = await send(form([{ name: 'operations', value: JSON.stringify({ query: IMPORT, variables: { file: null, pad: 'x'.repeat(1024 * 1024) } }) }, { name: 'map', value: MAP }, file()]));
      expect(res.status).toBe(413);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(importCalls()).toBe(before);
      await expectServingNormally();
    });

    it('an unexpected field or too many parts answers 400/413, nothing runs', async () => {
      const before = importCalls();
      const extra = await send(form([{ name: 'operations', value: OPERATIONS }, { name: 'junk', value: '1' }, { name: 'map', value: MAP }, file()]));
      expect([400, 413]).toContain(extra.status);
      const twoFiles = await send(form([{ name: 'operations', value: OPERATIONS }, { name: 'map', value: JSON.stringify({ 0: ['variables.file'], 1: ['variables.file'] }) }, file(), { ...file(), name: '1' }]));
      expect(twoFiles.status).toBe(400);
      expect(importCalls()).toBe(before);
      await expectServingNormally();
    });

    it('a file over GATEWAY_UPLOAD_MAX_BYTES is cut off: 413 and the import job fails', async () => {
      const small = await startTestGateway({ ...emu.env, GATEWAY_UPLOAD_MAX_BYTES: '1000' });
      try {
        const res = await fetch(small.url, { method: 'POST', headers: HEADERS, body: form([{ name: 'operations', value: OPERATIONS }, { name: 'map', value: MAP }, file(50_000)]) });
        const text = await res.text();
        if (res.status === 200) {
          const jobs = await small.services.jobs.list();
          await expect.poll(async () => (await small.services.jobs.list()).map((j) => j.state), { timeout: 3000 }).toEqual(jobs.map(() => 'FAILED'));
        } else {
          expect(res.status, text).toBe(413);
        }
        expect(await small.services.jobs.list().then((j) => j.map((x) => x.state))).not.toContain('SUCCEEDED');
      } finally {
        await small.close();
      }
      await expectServingNormally();
    });
  });

  it('still imports a well-formed upload', async () => {
    const res = await send(form([{ name: 'operations', value: OPERATIONS }, { name: 'map', value: MAP }, file()]));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ importImage: { __typename: 'ImportImageSuccess' } });
    await expectServingNormally();
  });
});
