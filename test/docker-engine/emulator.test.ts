import { readFileSync } from 'node:fs';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';

const SPEC_PATH = '/work/shared/specs/docker/docker-engine-api-v1.44.yaml';

interface SchemaDefinition {
  required?: string[];
  properties?: Record<string, { type?: string }>;
}

/** The spec's definitions, read once: required fields and property types are checked from it, not restated. */
const definitions = (parse(readFileSync(SPEC_PATH, 'utf8')) as { definitions: Record<string, SchemaDefinition> }).definitions;

/** A small Swagger 2.0 check: every required field is present and every known property has its declared JSON type. */
function schemaProblems(name: string, value: unknown): string[] {
  const def = definitions[name];
  if (!def) return [`no definition ${name}`];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${name} is not an object`];
  const record = value as Record<string, unknown>;
  const problems = (def.required ?? []).filter((k) => !(k in record)).map((k) => `${name}.${k} missing`);
  for (const [key, prop] of Object.entries(def.properties ?? {})) {
    const v = record[key];
    if (v === undefined || v === null || prop.type === undefined) continue;
    const actual = Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
    const ok = prop.type === actual || (prop.type === 'number' && typeof v === 'number');
    if (!ok) problems.push(`${name}.${key} is ${actual}, spec says ${prop.type}`);
  }
  return problems;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

async function call(emu: RunningDockerEmulator, method: 'GET' | 'HEAD' | 'POST' | 'DELETE', path: string, init: { headers?: Record<string, string>; body?: Buffer } = {}): Promise<Answer> {
  const res = await request(`${emu.url}${path}`, { method, headers: init.headers, body: init.body });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

const parseJson = (text: string): unknown => JSON.parse(text);

/** Splits a daemon progress stream, checking the framing: every message is one JSON object followed by `\r\n`. */
function frames(text: string): Record<string, unknown>[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text
    .slice(0, -2)
    .split('\r\n')
    .map((line) => parseJson(line) as Record<string, unknown>);
}

/** Padded base64url, as Go's `base64.URLEncoding` wants it (Node's `base64url` drops the padding). */
function registryAuth(auth: Record<string, string>): string {
  const unpadded = Buffer.from(JSON.stringify(auth)).toString('base64url');
  return unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4);
}

/** A minimal ustar archive with one file. */
function tarball(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write(`${Math.floor(Date.now() / 1000).toString(8).padStart(11, '0')}\0`, 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  const sum = header.reduce((n, b) => n + b, 0);
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const padding = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([header, data, padding, Buffer.alloc(1024)]);
}

describe('docker engine emulator', () => {
  let emu: RunningDockerEmulator;
  beforeAll(async () => {
    emu = await startDockerEmulator({ tickMs: 1 });
  });
  afterAll(async () => {
    await emu.close();
  });

  describe('version negotiation', () => {
    it('answers /_ping (GET and HEAD) and /version with the daemon headers', async () => {
      const ping = await call(emu, 'GET', '/_ping');
      expect(ping.status).toBe(200);
      expect(ping.text).toBe('OK');
      expect(ping.headers['api-version']).toBe('1.44');
      expect(ping.headers['server']).toBe('Docker/25.0.5 (linux)');
      expect(ping.headers['ostype']).toBe('linux');
      const head = await call(emu, 'HEAD', '/_ping');
      expect(head.status).toBe(200);
      expect(head.text).toBe('');
      const version = await call(emu, 'GET', '/v1.44/version');
      expect(schemaProblems('SystemVersion', parseJson(version.text))).toEqual([]);
      expect(parseJson(version.text)).toMatchObject({ ApiVersion: '1.44', MinAPIVersion: '1.24', Os: 'linux' });
      expect(emu.env).toEqual({ DOCKER_HOST: `tcp://127.0.0.1:${emu.port}` });
    });

    it("answers 400 with the daemon's message outside [min, max], with the headers still set", async () => {
      const tooNew = await call(emu, 'GET', '/v1.45/images/json');
      expect(tooNew.status).toBe(400);
      expect(parseJson(tooNew.text)).toEqual({ message: 'client version 1.45 is too new. Maximum supported API version is 1.44' });
      expect(tooNew.headers['api-version']).toBe('1.44');
      const tooOld = await call(emu, 'GET', '/v1.12/version');
      expect(tooOld.status).toBe(400);
      expect(parseJson(tooOld.text)).toEqual({
        message: 'client version 1.12 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version',
      });
      const unknown = await call(emu, 'GET', '/v1.44/nope');
      expect(unknown.status).toBe(404);
      expect(parseJson(unknown.text)).toEqual({ message: 'page not found' });
    });

    it('applies the per-version response rules of the requested version', async () => {
      const current = parseJson((await call(emu, 'GET', '/v1.44/images/json')).text) as Record<string, unknown>[];
      expect(current.every((i) => !('VirtualSize' in i))).toBe(true);
      const old = parseJson((await call(emu, 'GET', '/v1.41/images/json?filters=' + encodeURIComponent('{"dangling":["true"]}'))).text) as Record<string, unknown>[];
      expect(old[0]).toMatchObject({ RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'] });
      expect(old[0]?.VirtualSize).toBe(old[0]?.Size);
    });
  });

  describe('GET /images/json', () => {
    it('lists the seeded images as spec ImageSummary objects, newest first', async () => {
      const res = await call(emu, 'GET', '/v1.44/images/json?digests=1');
      expect(res.status).toBe(200);
      const images = parseJson(res.text) as Record<string, unknown>[];
      expect(images.length).toBeGreaterThanOrEqual(5);
      for (const img of images) expect(schemaProblems('ImageSummary', img)).toEqual([]);
      const created = images.map((i) => Number(i.Created));
      expect([...created].sort((a, b) => b - a)).toEqual(created);
      expect(images.find((i) => (i.RepoTags as string[]).includes('alpine:3.19'))).toMatchObject({ RepoTags: ['alpine:3.19', 'alpine:latest'], Containers: -1, SharedSize: -1 });
    });

    it('filters by dangling, label and reference, and rejects unknown filters', async () => {
      const q = (f: unknown) => `/v1.44/images/json?filters=${encodeURIComponent(JSON.stringify(f))}`;
      const dangling = parseJson((await call(emu, 'GET', q({ dangling: ['true'] }))).text) as Record<string, unknown>[];
      expect(dangling).toHaveLength(1);
      expect(dangling[0]).toMatchObject({ RepoTags: [], Labels: { 'org.opencontainers.image.title': 'old-build' } });
      const labelled = parseJson((await call(emu, 'GET', q({ label: ['com.example.team=api'] }))).text) as Record<string, unknown>[];
      expect(labelled.map((i) => i.RepoTags)).toEqual([['registry.example.com/acme/api:1.0', 'acme/api:1.0', 'acme/api:stable']]);
      const byRef = parseJson((await call(emu, 'GET', q({ reference: ['acme/*:stable'] }))).text) as Record<string, unknown>[];
      expect(byRef.map((i) => i.RepoTags)).toEqual([['acme/api:stable']]);
      const bad = await call(emu, 'GET', q({ foo: ['x'] }));
      expect(bad.status).toBe(400);
      expect(parseJson(bad.text)).toEqual({ message: "Invalid filter 'foo'" });
    });
  });

  describe('GET /images/{name}/json', () => {
    it('resolves id, short id, name, name:tag and digest to the same spec ImageInspect', async () => {
      const byTag = parseJson((await call(emu, 'GET', '/v1.44/images/alpine:3.19/json')).text) as Record<string, unknown>;
      expect(schemaProblems('ImageInspect', byTag)).toEqual([]);
      const id = String(byTag.Id);
      const digestRef = (byTag.RepoDigests as string[])[0] ?? '';
      for (const name of [id, id.slice(7, 19), 'alpine', digestRef]) {
        const res = await call(emu, 'GET', `/v1.44/images/${name}/json`);
        expect(res.status, name).toBe(200);
        expect((parseJson(res.text) as Record<string, unknown>).Id).toBe(id);
      }
      expect(byTag).toMatchObject({ Os: 'linux', Architecture: 'amd64', RootFS: { Type: 'layers' }, GraphDriver: { Name: 'overlay2' } });
      expect(byTag).not.toHaveProperty('VirtualSize');
    });

    it("answers 404 with the daemon's `No such image` message", async () => {
      const res = await call(emu, 'GET', '/v1.44/images/nope/json');
      expect(res.status).toBe(404);
      expect(parseJson(res.text)).toEqual({ message: 'No such image: nope:latest' });
    });

    it('returns the history, newest first, with <missing> for layers of pulled images', async () => {
      const res = await call(emu, 'GET', '/v1.44/images/nginx:1.25/history');
      const history = parseJson(res.text) as Record<string, unknown>[];
      for (const entry of history) expect(schemaProblems('ImageHistoryResponseItem', entry)).toEqual([]);
      expect(history[0]?.Tags).toEqual(['nginx:1.25']);
      expect(history.slice(1).every((h) => h.Id === '<missing>')).toBe(true);
    });
  });

  describe('POST /images/create?fromImage', () => {
    it('streams the pull progress as \\r\\n-terminated JSON messages, then is up to date', async () => {
      const res = await call(emu, 'POST', '/v1.44/images/create?fromImage=nginx&tag=latest');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/json');
      const messages = frames(res.text);
      const statuses = messages.map((m) => String(m.status));
      expect(statuses[0]).toBe('Pulling from library/nginx');
      expect(messages[0]?.id).toBe('latest');
      for (const s of ['Pulling fs layer', 'Downloading', 'Verifying Checksum', 'Download complete', 'Extracting', 'Pull complete']) expect(statuses).toContain(s);
      const downloading = messages.find((m) => m.status === 'Downloading');
      expect(downloading?.progressDetail).toEqual({ current: expect.any(Number), total: expect.any(Number) });
      expect(String(downloading?.progress)).toMatch(/^\[=*>\s*\] +[\d.]+[kMG]?B\/[\d.]+[kMG]?B$/);
      expect(res.text).toContain('\\u003e');
      expect(statuses.at(-2)).toMatch(/^Digest: sha256:[a-f0-9]{64}$/);
      expect(statuses.at(-1)).toBe('Status: Downloaded newer image for nginx:latest');
      const again = frames((await call(emu, 'POST', '/v1.44/images/create?fromImage=nginx&tag=latest')).text);
      expect(again.map((m) => m.status)).toEqual(['Pulling from library/nginx', expect.stringMatching(/^Digest: /), 'Status: Image is up to date for nginx:latest']);
    });

    it('answers an unknown repository or tag with the daemon status and message', async () => {
      const repo = await call(emu, 'POST', '/v1.44/images/create?fromImage=nosuch/thing&tag=1');
      expect(repo.status).toBe(404);
      expect(parseJson(repo.text)).toEqual({
        message: "pull access denied for nosuch/thing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
      });
      const tag = await call(emu, 'POST', '/v1.44/images/create?fromImage=alpine&tag=0.0');
      expect(tag.status).toBe(404);
      expect(parseJson(tag.text)).toEqual({ message: 'manifest for alpine:0.0 not found: manifest unknown: manifest unknown' });
    });

    it('reports a private image without credentials in-stream after status 200, and pulls it with them', async () => {
      const inStream = await startDockerEmulator({ tickMs: 0, pullErrors: 'in-stream' });
      try {
        const path = '/v1.44/images/create?fromImage=registry.example.com/acme/api&tag=1.0';
        const denied = await call(inStream, 'POST', path);
        expect(denied.status).toBe(200);
        const message = "pull access denied for registry.example.com/acme/api, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";
        expect(frames(denied.text)).toEqual([{ errorDetail: { message }, error: message }]);
        // Unpadded base64url does not decode with Go's URLEncoding: the daemon ignores it and pulls anonymously.
        const unpadded = Buffer.from(JSON.stringify({ username: 'demo', password: 'demo-password' })).toString('base64url');
        expect(unpadded.length % 4).not.toBe(0);
        expect(frames((await call(inStream, 'POST', path, { headers: { 'x-registry-auth': unpadded } })).text).at(-1)).toHaveProperty('error');
        const wrong = frames((await call(inStream, 'POST', path, { headers: { 'x-registry-auth': registryAuth({ username: 'demo', password: 'nope' }) } })).text);
        expect(wrong.at(-1)?.error).toBe('Get "https://registry.example.com/v2/": unauthorized: incorrect username or password');
        const ok = await call(inStream, 'POST', path, {
          headers: { 'x-registry-auth': registryAuth({ username: 'demo', password: 'demo-password', serveraddress: 'registry.example.com' }) },
        });
        expect(ok.status).toBe(200);
        expect(frames(ok.text).at(-1)).toEqual({ status: 'Status: Image is up to date for registry.example.com/acme/api:1.0' });
        const fresh = await call(inStream, 'POST', '/v1.44/images/create?fromImage=registry.example.com/acme/worker&tag=2.3', {
          headers: { 'x-registry-auth': registryAuth({ username: 'demo', password: 'demo-password' }) },
        });
        const statuses = frames(fresh.text).map((m) => m.status);
        expect(statuses).toContain('Waiting');
        expect(statuses.at(-1)).toBe('Status: Downloaded newer image for registry.example.com/acme/worker:2.3');
      } finally {
        await inStream.close();
      }
    });

    it('answers a private image without credentials with an HTTP error by default, as dockerd does', async () => {
      const res = await call(emu, 'POST', '/v1.44/images/create?fromImage=registry.example.com/acme/worker&tag=2.3');
      expect(res.status).toBe(404);
      expect(parseJson(res.text)).toHaveProperty('message', expect.stringContaining('pull access denied for registry.example.com/acme/worker'));
    });
  });

  describe('POST /images/create?fromSrc=-', () => {
    it('imports a tar body with repo, tag, message and changes', async () => {
      const query = new URLSearchParams([['fromSrc', '-'], ['repo', 'demo/imported'], ['tag', 'v1'], ['message', 'from a test'], ['changes', 'CMD ["sh"]'], ['changes', 'ENV A=b'], ['changes', 'EXPOSE 8080']]);
      const res = await call(emu, 'POST', `/v1.44/images/create?${query}`, { headers: { 'content-type': 'application/x-tar' }, body: tarball('hello.txt', 'hi\n') });
      expect(res.status).toBe(200);
      const [message] = frames(res.text);
      expect(message?.status).toMatch(/^sha256:[a-f0-9]{64}$/);
      const inspect = parseJson((await call(emu, 'GET', '/v1.44/images/demo/imported:v1/json')).text) as Record<string, unknown>;
      expect(inspect).toMatchObject({ Id: message?.status, Comment: 'from a test', RepoTags: ['demo/imported:v1'], Config: { Cmd: ['sh'], Env: ['A=b'], ExposedPorts: { '8080/tcp': {} } } });
    });

    it('rejects changes other than CMD|ENTRYPOINT|ENV|EXPOSE|ONBUILD|USER|VOLUME|WORKDIR with 400', async () => {
      const res = await call(emu, 'POST', `/v1.44/images/create?fromSrc=-&changes=${encodeURIComponent('RUN echo')}`, { body: tarball('a', 'a') });
      expect(res.status).toBe(400);
      expect(parseJson(res.text)).toEqual({ message: 'run is not a valid change command' });
    });
  });

  describe('POST /images/{name}/tag', () => {
    it('tags with 201 and answers 400/404 like the daemon', async () => {
      const ok = await call(emu, 'POST', '/v1.44/images/redis:7.2/tag?repo=cache&tag=prod');
      expect(ok.status).toBe(201);
      expect(ok.text).toBe('');
      expect((parseJson((await call(emu, 'GET', '/v1.44/images/cache:prod/json')).text) as Record<string, unknown>).RepoTags).toEqual(['redis:7.2', 'cache:prod']);
      const upper = await call(emu, 'POST', '/v1.44/images/redis:7.2/tag?repo=Cache');
      expect([upper.status, parseJson(upper.text)]).toEqual([400, { message: 'invalid reference format: repository name must be lowercase' }]);
      const digest = await call(emu, 'POST', `/v1.44/images/redis:7.2/tag?repo=${encodeURIComponent(`cache@sha256:${'a'.repeat(64)}`)}`);
      expect([digest.status, parseJson(digest.text)]).toEqual([400, { message: 'refusing to create a tag with a digest reference' }]);
      const missing = await call(emu, 'POST', '/v1.44/images/nope/tag?repo=x');
      expect([missing.status, parseJson(missing.text)]).toEqual([404, { message: 'No such image: nope:latest' }]);
    });
  });

  describe('DELETE /images/{name}', () => {
    it('refuses an id referenced by several repositories without force (409), then deletes with force', async () => {
      const target = await startDockerEmulator({ tickMs: 0 });
      try {
        const inspect = parseJson((await call(target, 'GET', '/images/acme/api:1.0/json')).text) as Record<string, unknown>;
        const id = String(inspect.Id);
        const conflict = await call(target, 'DELETE', `/v1.44/images/${id.slice(7, 19)}`);
        expect(conflict.status).toBe(409);
        expect(parseJson(conflict.text)).toEqual({ message: `conflict: unable to delete ${id.slice(7, 19)} (must be forced) - image is referenced in multiple repositories` });
        const untag = parseJson((await call(target, 'DELETE', '/v1.44/images/acme/api:stable')).text);
        expect(untag).toEqual([{ Untagged: 'acme/api:stable' }]);
        const forced = await call(target, 'DELETE', `/v1.44/images/${id}?force=1`);
        expect(forced.status).toBe(200);
        const records = parseJson(forced.text) as Record<string, string>[];
        for (const r of records) expect(schemaProblems('ImageDeleteResponseItem', r)).toEqual([]);
        expect(records.filter((r) => 'Untagged' in r)).toEqual([{ Untagged: 'acme/api:1.0' }, { Untagged: 'registry.example.com/acme/api:1.0' }]);
        expect(records.find((r) => 'Deleted' in r)).toEqual({ Deleted: id });
        expect((await call(target, 'GET', `/images/${id}/json`)).status).toBe(404);
        const gone = await call(target, 'DELETE', '/v1.44/images/acme/api:1.0');
        expect([gone.status, parseJson(gone.text)]).toEqual([404, { message: 'No such image: acme/api:1.0' }]);
      } finally {
        await target.close();
      }
    });
  });

  describe('POST /images/prune', () => {
    it('removes dangling images and reports the space reclaimed', async () => {
      const target = await startDockerEmulator({ tickMs: 0 });
      try {
        const res = await call(target, 'POST', '/v1.44/images/prune');
        const body = parseJson(res.text) as { ImagesDeleted: Record<string, string>[] | null; SpaceReclaimed: number };
        expect(res.status).toBe(200);
        expect(body.ImagesDeleted?.[0]).toHaveProperty('Deleted', expect.stringMatching(/^sha256:/));
        expect(body.SpaceReclaimed).toBeGreaterThan(0);
        expect(parseJson((await call(target, 'POST', '/v1.44/images/prune')).text)).toEqual({ ImagesDeleted: null, SpaceReclaimed: 0 });
      } finally {
        await target.close();
      }
    });
  });

  describe('GET /events', () => {
    it('streams a tag event as newline-delimited EventMessage JSON, filtered to images', async () => {
      const filters = encodeURIComponent(JSON.stringify({ type: ['image'] }));
      const res = await request(`${emu.url}/v1.44/events?filters=${filters}`);
      expect(res.statusCode).toBe(200);
      const lines: string[] = [];
      const received = (async () => {
        let buffer = '';
        for await (const chunk of res.body) {
          buffer += String(chunk);
          if (buffer.includes('\n')) {
            lines.push(...buffer.split('\n').filter(Boolean));
            break;
          }
        }
      })();
      expect((await call(emu, 'POST', '/v1.44/images/alpine:3.19/tag?repo=events-test&tag=1')).status).toBe(201);
      await received;
      res.body.destroy();
      const event = parseJson(lines[0] ?? '') as Record<string, unknown>;
      expect(schemaProblems('EventMessage', event)).toEqual([]);
      expect(event).toMatchObject({ Type: 'image', Action: 'tag', status: 'tag', scope: 'local', Actor: { Attributes: { name: 'events-test:1' } } });
      expect(String(event.timeNano).startsWith(String(event.time))).toBe(true);
    });

    it('replays past events with since and ends at until', async () => {
      const until = Math.floor(Date.now() / 1000) + 1;
      const res = await call(emu, 'GET', `/v1.44/events?since=0&until=${until}`);
      const actions = res.text.split('\n').filter(Boolean).map((l) => (parseJson(l) as { Action: string }).Action);
      expect(actions).toContain('pull');
      expect(actions).toContain('tag');
      const bad = await call(emu, 'GET', '/v1.44/events?since=20&until=10');
      expect([bad.status, parseJson(bad.text)]).toEqual([400, { message: '`since` time (20) cannot be after `until` time (10)' }]);
    });
  });
});
