import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { createSwrAdapter } from '../../src/providers/huawei-swr/adapter.js';
import { signRequest } from '../../src/providers/huawei-swr/sign.js';
import { loadSpec } from '../support/openapi.js';

/**
 * The SWR endpoints behind the issue-14 operations (ShowRepoTag, DeleteRepoTag, ShowUserRepositoryAuth,
 * ShowNamespace, DeleteNamespaces): the emulator's answers checked against the vendored SDK-derived spec,
 * and every request the adapter sends for them is an operation of that spec.
 */
const spec = loadSpec('test/contracts/specs/swr/swr-v2-manage-derived-from-go-sdk.yaml');
const CREDS = { ak: 'CONTRACTAK0000000002', sk: 'contract-secret-0002' };

let emu: RunningSwrEmulator;
beforeAll(async () => {
  emu = await startSwrEmulator({ credentials: [CREDS] });
});
afterAll(() => emu?.close());

async function call(method: 'GET' | 'DELETE', path: string) {
  const headers = signRequest({ method, path, headers: { 'content-type': 'application/json' }, host: new URL(emu.url).host }, CREDS, new Date());
  const res = await request(`${emu.url}${path}`, { method, headers });
  const text = await res.body.text();
  return { status: res.statusCode, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('SWR contract (issue 14 operations)', () => {
  it('ShowUserRepositoryAuth answers {id, name, self_auth, others_auths} as the spec models it', async () => {
    emu.store.addNamespace('perm-ns');
    emu.store.addRepository({ namespace: 'perm-ns', name: 'team/app', isPublic: false });
    emu.store.grant('perm-ns', 'team/app', { userId: 'u-2', userName: 'reader', auth: 1 });
    const path = '/v2/manage/namespaces/perm-ns/repos/team$app/access';
    const res = await call('GET', path);
    expect(res.status).toBe(200);
    spec.assertResponse('GET', path, res.status, res.body);
    expect(res.body).toMatchObject({ name: 'team/app', self_auth: { auth: 7 }, others_auths: [{ user_id: 'u-2', user_name: 'reader', auth: 1 }] });
    const missing = await call('GET', '/v2/manage/namespaces/perm-ns/repos/nope/access');
    expect(missing.status).toBe(404);
    spec.assertResponse('GET', '/v2/manage/namespaces/perm-ns/repos/nope/access', missing.status, missing.body);
  });

  it('DeleteRepoTag answers 204 with no body, then ShowRepoTag 404 in the service envelope', async () => {
    emu.store.addTag('perm-ns', 'team/app', 'v9');
    const path = '/v2/manage/namespaces/perm-ns/repos/team$app/tags/v9';
    const shown = await call('GET', path);
    spec.assertResponse('GET', path, shown.status, shown.body);
    const deleted = await call('DELETE', path);
    expect(deleted).toEqual({ status: 204, body: undefined });
    spec.assertResponse('DELETE', path, deleted.status, deleted.body);
    const again = await call('GET', path);
    expect(again.status).toBe(404);
    spec.assertResponse('GET', path, again.status, again.body);
  });

  it('DeleteNamespaces answers 204; 406 in the service envelope while repositories remain', async () => {
    const refused = await call('DELETE', '/v2/manage/namespaces/perm-ns');
    expect(refused.status).toBe(406);
    spec.assertResponse('DELETE', '/v2/manage/namespaces/perm-ns', refused.status, refused.body);
    emu.store.addNamespace('empty-ns');
    const deleted = await call('DELETE', '/v2/manage/namespaces/empty-ns');
    expect(deleted.status).toBe(204);
    spec.assertResponse('DELETE', '/v2/manage/namespaces/empty-ns', deleted.status, deleted.body);
  });

  it('every request the adapter sends for the new operations is a spec operation', async () => {
    const swr = createSwrAdapter({ endpoint: emu.url, ...CREDS });
    const before = emu.requests.length;
    try {
      emu.store.addTag('perm-ns', 'team/app', 'v10');
      await swr.getNamespace('perm-ns');
      await swr.getTag({ namespace: 'perm-ns', name: 'team/app' }, 'v10');
      await swr.getRepositoryPermissions({ namespace: 'perm-ns', name: 'team/app' });
      await swr.deleteTag({ namespace: 'perm-ns', name: 'team/app' }, 'v10');
      emu.store.addNamespace('adapter-ns');
      await swr.deleteNamespace('adapter-ns');
    } finally {
      await swr.close();
    }
    const sent = emu.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'GET 200', 'GET 200', 'DELETE 204', 'DELETE 204']);
    for (const r of sent) expect(spec.findOperation(r.method, r.path), `${r.method} ${r.path}`).toBeDefined();
  });
});
