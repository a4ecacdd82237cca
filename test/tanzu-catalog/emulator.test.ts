import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSP_AUTHORIZE_PATH, TAC_EMULATOR_API_TOKEN, startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  violations?: { field: string; message: string }[];
}
interface Page {
  page: number;
  page_size: number;
  total_size: number;
  total_pages: number;
  items: { id: string; name: string; status: string; operating_system: { id: string }; pull_registry: { id: string } }[];
}

async function exchange(emu: TacEmulator, form: Record<string, string>, query = ''): Promise<Response> {
  return fetch(`${emu.url}${CSP_AUTHORIZE_PATH}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

async function accessToken(emu: TacEmulator): Promise<string> {
  const res = await exchange(emu, { grant_type: 'refresh_token', api_token: TAC_EMULATOR_API_TOKEN });
  return ((await res.json()) as { access_token: string }).access_token;
}

describe('startTacEmulator', () => {
  let emu: TacEmulator;
  let bearer: string;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${emu.url}${path}`, { ...init, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });

  beforeAll(async () => {
    emu = await startTacEmulator();
    bearer = await accessToken(emu);
  });
  afterAll(() => emu.close());
  afterEach(() => {
    emu.faults.failNext = undefined;
    emu.faults.pathPattern = undefined;
  });

  describe('env', () => {
    it('serves the API and CSP from one origin with the accepted API token', () => {
      expect(emu.env).toEqual({ TAC_API_URL: emu.url, CSP_URL: emu.url, CSP_API_TOKEN: TAC_EMULATOR_API_TOKEN });
    });
  });

  describe('POST /csp/gateway/am/api/auth/api-tokens/authorize', () => {
    it('exchanges a form-encoded api_token for an expiring bearer access token', async () => {
      const before = emu.tokenExchanges;
      const res = await exchange(emu, { grant_type: 'refresh_token', api_token: TAC_EMULATOR_API_TOKEN });
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ id_token: null, token_type: 'bearer', expires_in: 1799 });
      expect(body.access_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(emu.tokenExchanges).toBe(before + 1);
    });

    it('accepts the refresh_token form field and the ?refresh_token= query form', async () => {
      expect((await exchange(emu, { grant_type: 'refresh_token', refresh_token: TAC_EMULATOR_API_TOKEN })).status).toBe(200);
      const res = await fetch(`${emu.url}${CSP_AUTHORIZE_PATH}?refresh_token=${TAC_EMULATOR_API_TOKEN}`, { method: 'POST' });
      expect(res.status).toBe(200);
    });

    it('refuses an unknown API token with 400 invalid_grant', async () => {
      const res = await exchange(emu, { grant_type: 'refresh_token', api_token: 'not-the-token' });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ statusCode: 400, error: 'invalid_grant' });
    });

    it('refuses a request without a token', async () => {
      const res = await exchange(emu, { grant_type: 'refresh_token' });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid_request' });
    });
  });

  describe('bearer authentication', () => {
    it('answers 401 problem+json without a bearer token', async () => {
      const res = await fetch(`${emu.url}/v1/base-images`);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
    });

    it('answers 401 once the access token has expired', async () => {
      const short = await startTacEmulator({ accessTokenTtlSeconds: 60, seed: false });
      try {
        vi.useFakeTimers({ toFake: ['Date'] });
        const token = await accessToken(short);
        const call = () => fetch(`${short.url}/v1/registries`, { headers: { authorization: `Bearer ${token}` } });
        expect((await call()).status).toBe(200);
        vi.setSystemTime(Date.now() + 61_000);
        const res = await call();
        expect(res.status).toBe(401);
        expect(((await res.json()) as Problem).detail).toMatch(/expired/);
      } finally {
        vi.useRealTimers();
        await short.close();
      }
    });

    it('answers 401 for revoked tokens', async () => {
      const other = await startTacEmulator({ seed: false });
      try {
        const token = await accessToken(other);
        other.revokeAccessTokens();
        const res = await fetch(`${other.url}/v1/registries`, { headers: { authorization: `Bearer ${token}` } });
        expect(res.status).toBe(401);
        expect(other.unauthorizedRequests).toBe(1);
      } finally {
        await other.close();
      }
    });
  });

  describe('GET /v1/base-images', () => {
    it('pages ~120 seeded images ordered by name with the documented envelope (defaults page 1, page_size 20)', async () => {
      const res = await api('/v1/base-images');
      expect(res.status).toBe(200);
      const page = (await res.json()) as Page;
      expect(page).toMatchObject({ page: 1, page_size: 20, total_size: 120, total_pages: 6 });
      const names = page.items.map((i) => i.name);
      expect(names).toEqual([...names].sort());
    });

    it('embeds the operating system summary; a page of 100 spans at most three operating systems', async () => {
      const page = (await (await api('/v1/base-images?page_size=100')).json()) as Page;
      expect(page.items).toHaveLength(100);
      expect(new Set(page.items.map((i) => i.operating_system.id)).size).toBeLessThanOrEqual(3);
      expect(new Set(page.items.map((i) => i.pull_registry.id)).size).toBeGreaterThan(1);
      const second = (await (await api('/v1/base-images?page_size=100&page=2')).json()) as Page;
      expect(second.items).toHaveLength(20);
    });

    it('filters by statuses (comma-separated or repeated) and name', async () => {
      const deleted = (await (await api('/v1/base-images?statuses=DELETED&page_size=100')).json()) as Page;
      expect(deleted.total_size).toBe(6);
      expect(deleted.items.every((i) => i.status === 'DELETED')).toBe(true);
      const both = (await (await api('/v1/base-images?statuses=DEPRECATED,DELETED')).json()) as Page;
      const repeated = (await (await api('/v1/base-images?statuses=DEPRECATED&statuses=DELETED')).json()) as Page;
      expect(both.total_size).toBe(repeated.total_size);
      expect(both.total_size).toBeGreaterThan(6);
      const named = (await (await api('/v1/base-images?name=PHOTON-5-java')).json()) as Page;
      expect(named.total_size).toBeGreaterThan(0);
      expect(named.items.every((i) => i.name.startsWith('photon-5-java'))).toBe(true);
    });

    it.each(['page_size=0', 'page_size=101', 'page=0', 'page=x', 'statuses=GONE', 'shared=maybe'])('answers 400 with violations for %s', async (query) => {
      const res = await api(`/v1/base-images?${query}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      const body = (await res.json()) as Problem;
      expect(body.violations?.[0]?.field).toBe(query.split('=')[0]);
    });
  });

  describe('POST /v1/base-images', () => {
    const registryId = () => [...emu.store.registries.keys()][1] ?? '';
    const osId = () => [...emu.store.operatingSystems.keys()][1] ?? '';

    it('creates with 201, a Location header and no body', async () => {
      const res = await api('/v1/base-images', {
        method: 'POST',
        body: JSON.stringify({ name: 'acme-debian', description: 'ACME Debian', registry_id: registryId(), container_image: 'harbor.acme.example/base/debian:12', operating_system_id: osId() }),
      });
      expect(res.status).toBe(201);
      expect(await res.text()).toBe('');
      const location = res.headers.get('location') ?? '';
      expect(location).toMatch(new RegExp(`^${emu.url}/v1/base-images/[0-9a-f-]{36}$`));
      const created = (await (await api(new URL(location).pathname)).json()) as Record<string, unknown>;
      expect(created).toMatchObject({ name: 'acme-debian', status: 'ACTIVE', container_image: 'harbor.acme.example/base/debian:12', operating_system: { id: osId() } });
    });

    it('answers 400 with a violation per bad field', async () => {
      const res = await api('/v1/base-images', {
        method: 'POST',
        body: JSON.stringify({ name: ' ', description: 'x', registry_id: '00000000-0000-0000-0000-000000000000', container_image: 'debian', operating_system_id: osId() }),
      });
      expect(res.status).toBe(400);
      const fields = ((await res.json()) as Problem).violations?.map((v) => v.field).sort();
      expect(fields).toEqual(['container_image', 'name', 'registry_id']);
    });

    it('rejects a non-object body', async () => {
      const res = await api('/v1/base-images', { method: 'POST', body: '[{}]' });
      expect(res.status).toBe(400);
    });
  });

  describe('PATCH and DELETE /v1/base-images/{id}', () => {
    it('updates with 204, soft-deletes with 204, then answers 404 to a second delete', async () => {
      const page = (await (await api('/v1/base-images?name=ubuntu')).json()) as Page;
      const id = page.items[0]?.id ?? '';
      const patch = await api(`/v1/base-images/${id}`, { method: 'PATCH', body: JSON.stringify({ description: 'patched' }) });
      expect(patch.status).toBe(204);
      expect(((await (await api(`/v1/base-images/${id}`)).json()) as { description: string }).description).toBe('patched');
      expect((await api(`/v1/base-images/${id}`, { method: 'DELETE' })).status).toBe(204);
      const after = (await (await api(`/v1/base-images/${id}`)).json()) as { status: string; removed_at: string };
      expect(after.status).toBe('DELETED');
      expect(after.removed_at).toBeTruthy();
      expect((await api(`/v1/base-images/${id}`, { method: 'DELETE' })).status).toBe(404);
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      expect((await api('/v1/base-images/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      const res = await api('/v1/base-images/nope');
      expect(res.status).toBe(400);
      expect(((await res.json()) as Problem).violations?.[0]?.field).toBe('base_image_id');
    });
  });

  describe('registries and operating systems', () => {
    it('lists registries and gets one by id', async () => {
      const page = (await (await api('/v1/registries')).json()) as { total_size: number; items: { id: string; provider: string }[] };
      expect(page.total_size).toBe(4);
      const first = page.items[0];
      const one = (await (await api(`/v1/registries/${first?.id ?? ''}`)).json()) as { id: string };
      expect(one.id).toBe(first?.id);
      const harbor = (await (await api('/v1/registries?provider=HARBOR')).json()) as { items: { provider: string }[] };
      expect(harbor.items.every((r) => r.provider === 'HARBOR')).toBe(true);
    });

    it('creates a private registry and credentials for a managed one', async () => {
      const created = await api('/v1/registries', {
        method: 'POST',
        body: JSON.stringify({ name: 'ghcr', description: 'GitHub', provider: 'GITHUB_CONTAINER_REGISTRY', url: 'ghcr.io/acme', access_secret: 's3cret' }),
      });
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toMatch(/\/v1\/registries\//);
      const managed = [...emu.store.registries.values()].find((r) => r.vmware_managed);
      const cred = await api(`/v1/registries/${managed?.id ?? ''}/credentials`, { method: 'POST', body: JSON.stringify({ description: 'ci' }) });
      expect(cred.status).toBe(201);
      expect(await cred.json()).toMatchObject({ username: '_json_key' });
    });

    it('gets an operating system by id, 404 otherwise', async () => {
      const os = [...emu.store.operatingSystems.values()][0];
      const res = await api(`/v1/operating-systems/${os?.id ?? ''}`);
      expect(await res.json()).toMatchObject({ id: os?.id, name: 'Debian 11', status: 'DEPRECATED' });
      expect((await api('/v1/operating-systems/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });
  });

  describe('fault knobs', () => {
    it('answers injected failures in problem+json, 429 with Retry-After', async () => {
      emu.faults.failNext = { count: 1, status: 503 };
      const res = await api('/v1/registries');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      emu.faults.failNext = { count: 1, status: 429 };
      const limited = await api('/v1/registries');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('1');
    });
  });
});
