import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { signRequest } from '../../src/providers/huawei-swr/sign.js';

const CREDS = { ak: 'EMUTESTAK00000000001', sk: 'emulator-test-secret-0001' };
const TOKEN = 'iam-token-for-tests';

let emu: RunningSwrEmulator;

beforeAll(async () => {
  emu = await startSwrEmulator({ credentials: [CREDS], authToken: TOKEN });
});
afterAll(async () => {
  await emu.close();
});

interface CallOptions {
  body?: unknown;
  date?: Date;
  creds?: { ak: string; sk: string };
  /** Rewrites the signed headers before sending (tampering). */
  tamper?: (headers: Record<string, string>) => Record<string, string>;
  rawHeaders?: Record<string, string>;
}

async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: CallOptions = {}) {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  let headers = options.rawHeaders ?? signRequest({ method, path, headers: { 'content-type': 'application/json' }, body, host: new URL(emu.url).host }, options.creds ?? CREDS, options.date ?? new Date());
  if (options.tamper) headers = options.tamper(headers);
  const res = await request(`${emu.url}${path}`, { method, headers, body });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, json: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('huawei-swr emulator', () => {
  describe('authentication', () => {
    it('accepts a correctly signed request', async () => {
      const res = await call('GET', '/v2/manage/namespaces');
      expect(res.status).toBe(200);
      expect((res.json as { namespaces: unknown[] }).namespaces.length).toBeGreaterThanOrEqual(3);
    });

    it('rejects a signature wrong in any single position with 401 APIG.0301', async () => {
      const statuses = new Set<number>();
      // Every 7th hex digit keeps the test quick; sign.test.ts covers every position of the comparison.
      for (let i = 0; i < 64; i += 7) {
        const res = await call('GET', '/v2/manage/namespaces', {
          tamper: (h) => {
            const sig = h.authorization!.slice(-64);
            const changed = sig.slice(0, i) + (sig[i] === 'a' ? 'b' : 'a') + sig.slice(i + 1);
            return { ...h, authorization: h.authorization!.slice(0, -64) + changed };
          },
        });
        statuses.add(res.status);
        expect(res.json).toMatchObject({ error_code: 'APIG.0301' });
        expect((res.json as { error_msg: string }).error_msg).toMatch(/verify aksk signature fail/);
      }
      expect([...statuses]).toEqual([401]);
    });

    it('rejects a body or query changed after signing', async () => {
      const path = '/v2/manage/repos?limit=5';
      const headers = signRequest({ method: 'GET', path, headers: { 'content-type': 'application/json' }, host: new URL(emu.url).host }, CREDS, new Date());
      const res = await request(`${emu.url}/v2/manage/repos?limit=6`, { method: 'GET', headers });
      await res.body.text();
      expect(res.statusCode).toBe(401);
      const created = signRequest({ method: 'POST', path: '/v2/manage/namespaces', headers: { 'content-type': 'application/json' }, body: '{"namespace":"tamper-a"}', host: new URL(emu.url).host }, CREDS, new Date());
      const res2 = await request(`${emu.url}/v2/manage/namespaces`, { method: 'POST', headers: created, body: '{"namespace":"tamper-b"}' });
      await res2.body.text();
      expect(res2.statusCode).toBe(401);
    });

    it('rejects an X-Sdk-Date more than 15 minutes off', async () => {
      const stale = await call('GET', '/v2/manage/namespaces', { date: new Date(Date.now() - 16 * 60_000) });
      expect(stale.status).toBe(401);
      expect((stale.json as { error_msg: string }).error_msg).toMatch(/15 minutes/);
      const future = await call('GET', '/v2/manage/namespaces', { date: new Date(Date.now() + 16 * 60_000) });
      expect(future.status).toBe(401);
      const nearly = await call('GET', '/v2/manage/namespaces', { date: new Date(Date.now() - 10 * 60_000) });
      expect(nearly.status).toBe(200);
    });

    it('rejects an unknown access key and a request without credentials', async () => {
      const unknown = await call('GET', '/v2/manage/namespaces', { creds: { ak: 'NOSUCHAK000000000001', sk: CREDS.sk } });
      expect(unknown.status).toBe(401);
      expect((unknown.json as { error_msg: string }).error_msg).toMatch(/NOSUCHAK000000000001 does not exist/);
      const none = await call('GET', '/v2/manage/namespaces', { rawHeaders: { 'content-type': 'application/json' } });
      expect(none.status).toBe(401);
    });

    it('accepts the configured X-Auth-Token and refuses another', async () => {
      const ok = await call('GET', '/v2/manage/namespaces', { rawHeaders: { 'content-type': 'application/json', 'x-auth-token': TOKEN } });
      expect(ok.status).toBe(200);
      const bad = await call('GET', '/v2/manage/namespaces', { rawHeaders: { 'content-type': 'application/json', 'x-auth-token': `${TOKEN}x` } });
      expect(bad.status).toBe(401);
    });

    it('never puts a secret into an error body', async () => {
      const res = await call('GET', '/v2/manage/namespaces', { creds: { ak: CREDS.ak, sk: 'wrong-secret' } });
      expect(JSON.stringify(res.json)).not.toContain(CREDS.sk);
      expect(JSON.stringify(res.json)).not.toContain('wrong-secret');
    });
  });

  describe('namespaces', () => {
    it('creates (201), shows, refuses duplicates (409) and bad names (400), deletes (204)', async () => {
      expect((await call('POST', '/v2/manage/namespaces', { body: { namespace: 'emu-ns' } })).status).toBe(201);
      const shown = await call('GET', '/v2/manage/namespaces/emu-ns');
      expect(shown.status).toBe(200);
      expect(shown.json).toMatchObject({ name: 'emu-ns', auth: 7 });
      const dup = await call('POST', '/v2/manage/namespaces', { body: { namespace: 'emu-ns' } });
      expect(dup.status).toBe(409);
      expect(dup.json).toEqual([expect.objectContaining({ errorCode: 'SVCSTG.SWR.4090006' })]);
      for (const bad of ['Upper', '1abc', 'a_-b', 'a___b', 'a.', 'x'.repeat(65)]) {
        const res = await call('POST', '/v2/manage/namespaces', { body: { namespace: bad } });
        expect(res.status, bad).toBe(400);
        expect(res.json).toEqual([expect.objectContaining({ errorCode: 'SVCSTG.SWR.4000014' })]);
      }
      expect((await call('DELETE', '/v2/manage/namespaces/emu-ns')).status).toBe(204);
      expect((await call('GET', '/v2/manage/namespaces/emu-ns')).status).toBe(404);
    });
  });

  describe('repositories', () => {
    it('create 201 / 409, update 201, delete 406 with tags and 204 without; "/" travels as "$"', async () => {
      const base = '/v2/manage/namespaces/acme/repos';
      const created = await call('POST', base, { body: { repository: 'emu/app', is_public: false, category: 'linux', description: 'x' } });
      expect(created.status).toBe(201);
      expect(created.json).toBeUndefined();
      expect((await call('POST', base, { body: { repository: 'emu/app', is_public: false } })).status).toBe(409);
      expect((await call('POST', base, { body: { repository: 'emu//app', is_public: false } })).status).toBe(400);
      expect((await call('POST', base, { body: { repository: 'emu-x', is_public: 'no' } })).status).toBe(400);
      expect((await call('POST', base, { body: { repository: 'emu-x', is_public: true, category: 'mainframe' } })).status).toBe(400);
      expect((await call('POST', '/v2/manage/namespaces/nope/repos', { body: { repository: 'a', is_public: true } })).status).toBe(404);

      const updated = await call('PATCH', `${base}/emu$app`, { body: { is_public: true, category: 'arm', description: 'updated' } });
      expect(updated.status).toBe(201);
      const shown = await call('GET', `${base}/emu$app`);
      expect(shown.json).toMatchObject({ name: 'emu/app', is_public: true, category: 'arm', description: 'updated', num_images: 0 });

      emu.store.addTag('acme', 'emu/app', 'v1');
      const refused = await call('DELETE', `${base}/emu$app`);
      expect(refused.status).toBe(406);
      expect(refused.json).toEqual([expect.objectContaining({ errorCode: 'SVCSTG.SWR.4060012' })]);
      expect((await call('DELETE', `${base}/emu$app/tags/v1`)).status).toBe(204);
      expect((await call('DELETE', `${base}/emu$app`)).status).toBe(204);
      expect((await call('GET', `${base}/emu$app`)).status).toBe(404);
    });

    it('lists with offset/limit and the total in Content-Range (and total_range)', async () => {
      const first = await call('GET', '/v2/manage/repos?offset=0&limit=50');
      expect(first.status).toBe(200);
      const items = first.json as { total_range: number; tags: string[] }[];
      expect(items).toHaveLength(50);
      expect(first.headers['content-range']).toBe(`0-49/${items[0]!.total_range}`);
      expect(items[0]!.total_range).toBeGreaterThanOrEqual(120);
      const last = await call('GET', `/v2/manage/repos?offset=100&limit=50`);
      const total = items[0]!.total_range;
      expect(last.headers['content-range']).toBe(`100-${total - 1}/${total}`);
      const empty = await call('GET', `/v2/manage/repos?offset=${total}&limit=50`);
      expect(empty.json).toEqual([]);
      expect(empty.headers['content-range']).toBe(`*/${total}`);
      for (const item of items) expect(item.tags.length).toBeGreaterThanOrEqual(1);
      expect((await call('GET', '/v2/manage/repos?limit=1001')).status).toBe(400);
    });

    it('filters by namespace, name (fuzzy) and category; `filter` wins over plain parameters', async () => {
      const byNs = (await call('GET', '/v2/manage/repos?namespace=platform&limit=1000')).json as { namespace: string }[];
      expect(byNs.length).toBeGreaterThan(0);
      expect(byNs.every((r) => r.namespace === 'platform')).toBe(true);
      const byName = (await call('GET', '/v2/manage/repos?name=base%2F&limit=1000')).json as { name: string }[];
      expect(byName.length).toBeGreaterThan(0);
      expect(byName.every((r) => r.name.includes('base/'))).toBe(true);
      const byCat = (await call('GET', '/v2/manage/repos?category=database&limit=1000')).json as { category: string }[];
      expect(byCat.every((r) => r.category === 'database')).toBe(true);
      const packed = (await call('GET', `/v2/manage/repos?namespace=acme&filter=${encodeURIComponent('namespace::platform|limit::3|offset::0')}`)).json as { namespace: string }[];
      expect(packed).toHaveLength(3);
      expect(packed.every((r) => r.namespace === 'platform')).toBe(true);
    });
  });

  describe('tags', () => {
    it('lists (bare array, capital "Tag", Content-Range), shows (lower-case "tag") and 404s', async () => {
      const repos = (await call('GET', '/v2/manage/repos?name=base%2F&limit=100')).json as { name: string; namespace: string; tags: string[] }[];
      const repo = repos.find((r) => r.tags.length >= 2) ?? repos[0]!;
      const path = `/v2/manage/namespaces/${repo.namespace}/repos/${repo.name.replace(/\//g, '$')}/tags`;
      const list = await call('GET', `${path}?offset=0&limit=1`);
      expect(list.status).toBe(200);
      const tags = list.json as { Tag: string; path: string }[];
      expect(tags).toHaveLength(1);
      expect(tags[0]!.path).toMatch(new RegExp(`^swr\\.ap-southeast-1\\.myhuaweicloud\\.com/${repo.namespace}/${repo.name}:`));
      expect(list.headers['content-range']).toBe(`0-0/${repo.tags.length}`);
      const one = await call('GET', `${path}/${tags[0]!.Tag}`);
      expect(one.json).toMatchObject({ tag: tags[0]!.Tag });
      expect((await call('GET', `${path}/no-such-tag`)).status).toBe(404);
    });
  });

  describe('faults and env', () => {
    it('answers injected 429s in the APIG envelope with Retry-After', async () => {
      emu.faults.failNext = { count: 1, status: 429 };
      const res = await call('GET', '/v2/manage/namespaces');
      expect(res.status).toBe(429);
      expect(res.headers['retry-after']).toBe('1');
      expect(res.json).toMatchObject({ error_code: 'APIG.0308' });
    });

    it('env names what the gateway needs', () => {
      expect(emu.env).toEqual({ SWR_ENDPOINT: emu.url, HUAWEICLOUD_SDK_AK: CREDS.ak, HUAWEICLOUD_SDK_SK: CREDS.sk });
    });
  });
});
