import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CSP_AUTHORIZE_PATH, TAC_EMULATOR_API_TOKEN, startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import { createTacAdapter } from '../../src/providers/tanzu-catalog/adapter.js';
import { loadSpec } from '../support/openapi.js';

const SPEC_FILE = 'test/contracts/specs/tac/tac-api-reconstructed-from-doc-pages.yaml';
const spec = loadSpec(SPEC_FILE);
type Json = Record<string, unknown>;
const rawSpec = parse(readFileSync(SPEC_FILE, 'utf8')) as Json;

function resolve(node: Json): Json {
  let cur = node;
  while (typeof cur.$ref === 'string') cur = cur.$ref.slice(2).split('/').reduce<Json>((acc, part) => acc[part] as Json, rawSpec);
  return cur;
}

/**
 * The reconstructed schemas do not forbid extra members, so this also checks that the emulator sends
 * no member the doc pages never showed (an emulator must not drift into fiction).
 */
function undeclaredMembers(schema: Json, body: unknown, at = ''): string[] {
  const s = resolve(schema);
  if (Array.isArray(body)) return s.items ? body.flatMap((b, i) => undeclaredMembers(s.items as Json, b, `${at}[${i}]`)) : [];
  if (!body || typeof body !== 'object' || !s.properties) return [];
  const props = s.properties as Record<string, Json>;
  return Object.entries(body as Json).flatMap(([k, v]) => (props[k] ? undeclaredMembers(props[k], v, `${at}.${k}`) : [`${at}.${k}`]));
}

function responseSchema(method: string, path: string, status: number, contentType: string): Json | undefined {
  const found = spec.findOperation(method, path);
  const declared = (found?.op.responses as Record<string, Json> | undefined)?.[String(status)];
  const content = declared ? (resolve(declared).content as Record<string, Json> | undefined) : undefined;
  return content?.[contentType]?.schema as Json | undefined;
}

describe('TAC contract (emulator and adapter against the reconstructed spec)', () => {
  let emu: TacEmulator;
  let bearer: string;
  let baseImageId: string;
  let registryId: string;
  let managedRegistryId: string;
  let osId: string;

  /** Calls the emulator and checks status, content type, body schema and undeclared members. */
  async function check(method: string, path: string, expectedStatus: number, body?: unknown): Promise<unknown> {
    const res = await fetch(`${emu.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(res.status, `${method} ${path}`).toBe(expectedStatus);
    const text = await res.text();
    const contentType = (res.headers.get('content-type') ?? 'application/json').split(';')[0] ?? '';
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    spec.assertResponse(method, path, res.status, parsed, contentType);
    const schema = responseSchema(method, path, res.status, contentType);
    if (schema) expect(undeclaredMembers(schema, parsed), `${method} ${path} members`).toEqual([]);
    else expect(text, `${method} ${path} ${res.status} has no documented body`).toBe('');
    if (res.status >= 400) expect(contentType).toBe('application/problem+json');
    return parsed;
  }

  beforeAll(async () => {
    emu = await startTacEmulator();
    const res = await fetch(`${emu.url}${CSP_AUTHORIZE_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=refresh_token&api_token=${TAC_EMULATOR_API_TOKEN}`,
    });
    bearer = ((await res.json()) as { access_token: string }).access_token;
    baseImageId = [...emu.store.baseImages.values()].find((b) => b.status === 'ACTIVE')?.id ?? '';
    registryId = [...emu.store.registries.values()].find((r) => !r.vmware_managed)?.id ?? '';
    managedRegistryId = [...emu.store.registries.values()].find((r) => r.vmware_managed)?.id ?? '';
    osId = [...emu.store.operatingSystems.keys()][1] ?? '';
  });
  afterAll(() => emu.close());

  describe('emulator responses', () => {
    it('GET /v1/base-images: 200 pages (every status, embedded OS and registry) and 400', async () => {
      await check('GET', '/v1/base-images?page=1&page_size=100', 200);
      await check('GET', '/v1/base-images?statuses=ACTIVE,DEPRECATED,DELETED&page=2&page_size=100', 200);
      await check('GET', '/v1/base-images?name=nothing-matches', 200);
      await check('GET', '/v1/base-images?page_size=101', 400);
    });

    it('GET /v1/base-images/{id}: 200, 404, 400', async () => {
      await check('GET', `/v1/base-images/${baseImageId}`, 200);
      await check('GET', '/v1/base-images/00000000-0000-4000-8000-000000000000', 404);
      await check('GET', '/v1/base-images/not-a-uuid', 400);
    });

    it('POST /v1/base-images: 201 without body, 400', async () => {
      const body = { name: 'contract', description: 'c', registry_id: registryId, container_image: 'harbor.acme.example/base/contract:1', operating_system_id: osId };
      spec.assertRequestBody('POST', '/v1/base-images', body);
      await check('POST', '/v1/base-images', 201, body);
      await check('POST', '/v1/base-images', 400, { ...body, container_image: 'contract' });
    });

    it('PATCH /v1/base-images/{id}: 204, 400, 404', async () => {
      await check('PATCH', `/v1/base-images/${baseImageId}`, 204, { description: 'contract' });
      await check('PATCH', `/v1/base-images/${baseImageId}`, 400, { name: '' });
      await check('PATCH', '/v1/base-images/00000000-0000-4000-8000-000000000000', 404, { name: 'x' });
    });

    it('DELETE /v1/base-images/{id}: 204, 404; a deleted image still validates', async () => {
      await check('DELETE', `/v1/base-images/${baseImageId}`, 204);
      await check('DELETE', `/v1/base-images/${baseImageId}`, 404);
      await check('GET', `/v1/base-images/${baseImageId}`, 200);
    });

    it('GET /v1/registries and /v1/registries/{id}: 200, 400', async () => {
      await check('GET', '/v1/registries', 200);
      await check('GET', '/v1/registries?removed=false&provider=HARBOR&page_size=100', 200);
      await check('GET', '/v1/registries?page=0', 400);
      await check('GET', `/v1/registries/${registryId}`, 200);
      await check('GET', '/v1/registries/not-a-uuid', 400);
    });

    it('POST /v1/registries and /v1/registries/{id}/credentials: 201, 400, 404', async () => {
      const body = { name: 'ghcr', description: 'GitHub', provider: 'GITHUB_CONTAINER_REGISTRY', url: 'ghcr.io/acme', access_secret: 'x' };
      spec.assertRequestBody('POST', '/v1/registries', body);
      await check('POST', '/v1/registries', 201, body);
      await check('POST', '/v1/registries', 400, { ...body, provider: 'DOCKER_HUB' });
      await check('POST', `/v1/registries/${managedRegistryId}/credentials`, 201, { description: 'ci' });
      await check('POST', `/v1/registries/${registryId}/credentials`, 400, { description: 'ci' });
      await check('POST', '/v1/registries/00000000-0000-4000-8000-000000000000/credentials', 404, { description: 'ci' });
    });

    it('GET /v1/operating-systems/{id}: 200 (active and deprecated), 404', async () => {
      for (const id of emu.store.operatingSystems.keys()) await check('GET', `/v1/operating-systems/${id}`, 200);
      await check('GET', '/v1/operating-systems/00000000-0000-4000-8000-000000000000', 404);
    });

    it('injected 500 and 503 use the documented problem envelope', async () => {
      emu.faults.failNext = { count: 2, status: 500 };
      await check('GET', `/v1/base-images/${baseImageId}`, 500);
      await check('DELETE', `/v1/base-images/${baseImageId}`, 500);
      emu.faults.failNext = { count: 1, status: 503 };
      await check('POST', '/v1/base-images', 503, {});
      emu.faults.failNext = undefined;
    });

    it('serves every operation of the spec', async () => {
      for (const op of spec.operations()) {
        const [method = '', template = ''] = op.split(' ');
        const path = template.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const res = await fetch(`${emu.url}${path}`, { method, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: method === 'GET' || method === 'DELETE' ? undefined : '{}' });
        expect(res.status, op).not.toBe(405);
        expect(((await res.json().catch(() => ({}))) as { detail?: string }).detail ?? '', op).not.toMatch(/^No route/);
      }
    });
  });

  describe('adapter requests', () => {
    it('sends bodies and queries the spec documents', async () => {
      const tac = createTacAdapter({ apiUrl: emu.url, cspUrl: emu.url, apiToken: TAC_EMULATOR_API_TOKEN });
      try {
        const from = emu.receivedBodies.length;
        const created = await tac.createBaseImage({ name: 'adapter-contract', description: '', registryId, containerImage: 'harbor.acme.example/base/adapter:2', operatingSystemId: osId });
        await tac.updateBaseImage(created.id, { name: 'adapter-contract-2', description: 'updated' });
        await tac.updateBaseImage(created.id, { description: 'only description' });
        await tac.listBaseImages({ statuses: ['ACTIVE', 'DEPRECATED'], name: 'debian', pageSize: 100 });
        await tac.listRegistries({ removed: false });
        await tac.getRegistries([registryId]);
        await tac.getOperatingSystems([osId]);
        await tac.deleteBaseImage(created.id);
        const sent = emu.receivedBodies.slice(from);
        expect(sent.map((s) => s.method)).toEqual(['POST', 'PATCH', 'PATCH']);
        for (const s of sent) spec.assertRequestBody(s.method, s.path, s.body);
        // Every path the adapter called is an operation of the spec.
        const called = emu.requests.filter((r) => r.path.startsWith('/v1/')).slice(-9);
        for (const r of called) expect(spec.findOperation(r.method, r.path), `${r.method} ${r.path}`).toBeDefined();
        // Query parameters the adapter sends are declared, and statuses is one comma-separated value.
        const list = called.find((r) => r.method === 'GET' && r.path === '/v1/base-images');
        const query = new URL(list?.rawUrl ?? '', 'http://x').searchParams;
        const declared = ((spec.findOperation('GET', '/v1/base-images')?.op.parameters as { name: string }[] | undefined) ?? []).map((p) => p.name);
        for (const key of query.keys()) expect(declared).toContain(key);
        expect(query.getAll('statuses')).toEqual(['ACTIVE,DEPRECATED']);
      } finally {
        await tac.close();
      }
    });

    it('createRegistry, issueRegistryCredentials and the base-image filters send what the spec documents', async () => {
      const tac = createTacAdapter({ apiUrl: emu.url, cspUrl: emu.url, apiToken: TAC_EMULATOR_API_TOKEN });
      try {
        const fromBodies = emu.receivedBodies.length;
        const fromRequests = emu.requests.length;
        const registry = await tac.createRegistry({ name: 'adapter-registry', description: '', provider: 'HARBOR', url: 'https://harbor.adapter.example', accessKey: 'robot', accessSecret: 'adapter-secret' });
        expect(registry.name).toBe('adapter-registry');
        const credentials = await tac.issueRegistryCredentials(managedRegistryId, 'contract');
        expect(credentials.username).toBe('_json_key');
        await tac.listBaseImages({ shared: true, packagingType: 'CONTAINER_IMAGE', withApplications: false });
        const sent = emu.receivedBodies.slice(fromBodies);
        expect(sent.map((s) => `${s.method} ${s.path.replace(/[0-9a-f-]{36}/, 'ID')}`)).toEqual(['POST /v1/registries', 'POST /v1/registries/ID/credentials']);
        for (const s of sent) spec.assertRequestBody(s.method, s.path, s.body);
        const called = emu.requests.slice(fromRequests).filter((r) => r.path.startsWith('/v1/'));
        for (const r of called) expect(spec.findOperation(r.method, r.path), `${r.method} ${r.path}`).toBeDefined();
        const list = called.find((r) => r.method === 'GET' && r.path === '/v1/base-images');
        const query = new URL(list?.rawUrl ?? '', 'http://x').searchParams;
        const declared = ((spec.findOperation('GET', '/v1/base-images')?.op.parameters as { name: string }[] | undefined) ?? []).map((p) => p.name);
        for (const key of query.keys()) expect(declared).toContain(key);
        expect(Object.fromEntries(query)).toMatchObject({ shared: 'true', packaging_type: 'CONTAINER_IMAGE', with_applications: 'false' });
      } finally {
        await tac.close();
      }
    });
  });
});
