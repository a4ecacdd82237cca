import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import type { RepositoryState, TagState } from '../../src/emulators/huawei-swr/store.js';
import { encodeId } from '../../src/schema/global-id.js';
import {
  SwrCreateNamespaceDocument,
  SwrCreateRepositoryDocument,
  SwrDeleteRepositoryDocument,
  SwrFirstTagDetailsDocument,
  SwrFirstTagNamesDocument,
  SwrNamespacesDocument,
  SwrNodeIdDocument,
  SwrProvidersDocument,
  SwrRefetchRepositoryAndNamespaceDocument,
  SwrRepositoriesFilteredDocument,
  SwrRepositoriesPageDocument,
  SwrRepositoryAndNamespacesDocument,
  SwrRepositoryNamesDocument,
  SwrTagsThroughFragmentsDocument,
  SwrUpdateRepositoryDocument,
  type CreateRepositoryInput,
  type SwrRepositoryFieldsFragment,
  type UpdateRepositoryInput,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway } from '../support/gateway.js';

type RepositoryNode = SwrRepositoryFieldsFragment;

let emu: RunningSwrEmulator;
let gw: TestGateway;

/** Emulator requests made while `fn` runs. */
async function upstreamCalls<T>(fn: () => Promise<T>): Promise<{ result: T; calls: RunningSwrEmulator['requests'] }> {
  const before = emu.requests.length;
  const result = await fn();
  return { result, calls: emu.requests.slice(before) };
}

/** The seeded tags of a repository, newest first (SWR's default order). */
function newestTags(repo: RepositoryState): TagState[] {
  return [...repo.tags.values()].sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.name < b.name ? -1 : 1));
}

function storeRepo(namespace: string, name: string): RepositoryState | undefined {
  return emu.store.getRepository(namespace, name);
}

async function createRepository(input: CreateRepositoryInput) {
  return (await gw.execute({ document: SwrCreateRepositoryDocument, variables: { input } })).expectNoErrors().createRepository;
}

async function updateRepository(input: UpdateRepositoryInput) {
  return (await gw.execute({ document: SwrUpdateRepositoryDocument, variables: { input } })).expectNoErrors().updateRepository;
}

async function deleteRepository(id: string) {
  return (await gw.execute({ document: SwrDeleteRepositoryDocument, variables: { id } })).expectNoErrors().deleteRepository;
}

async function createNamespace(name: string, gateway: TestGateway = gw) {
  return (await gateway.execute({ document: SwrCreateNamespaceDocument, variables: { name } })).expectNoErrors().createNamespace;
}

async function providerStatus(gateway: TestGateway) {
  return (await gateway.execute({ document: SwrProvidersDocument })).expectNoErrors().providers.find((p) => p.provider === 'SWR');
}

beforeAll(async () => {
  emu = await startSwrEmulator();
  gw = await startTestGateway(emu.env);
});
afterAll(async () => {
  await gw?.close();
  await emu?.close();
});

describe('huawei-swr graph', () => {
  describe('modes', () => {
    it('is LIVE against the configured endpoint when credentials are set', async () => {
      expect(await providerStatus(gw)).toEqual({ provider: 'SWR', mode: 'LIVE', endpoint: emu.url, healthy: true, apiVersion: 'v2' });
    });

    it('is SANDBOX on its own emulator with GATEWAY_SANDBOX=auto and no credentials', async () => {
      // DOCKER_HOST points at a closed port so the sandbox does not need the Docker emulator (not under test here).
      const sandbox = await startTestGateway({ GATEWAY_SANDBOX: 'auto', DOCKER_HOST: 'tcp://127.0.0.1:9' });
      try {
        const status = await providerStatus(sandbox);
        expect(status).toMatchObject({ mode: 'SANDBOX', healthy: true, apiVersion: 'v2' });
        expect(status!.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(status!.endpoint).not.toBe(emu.url);
        const { repositories } = (await sandbox.execute({ document: SwrRepositoryNamesDocument, variables: { first: 5 } })).expectNoErrors();
        expect(repositories?.edges).toHaveLength(5);
        expect(repositories?.totalCount).toBe(120);
      } finally {
        await sandbox.close();
      }
    });

    it('is DISABLED without credentials when GATEWAY_SANDBOX=off, and says so instead of answering empty', async () => {
      const off = await startTestGateway({});
      try {
        expect(await providerStatus(off)).toMatchObject({ mode: 'DISABLED', endpoint: null, healthy: false });
        const res = await off.execute({ document: SwrRepositoryNamesDocument, variables: { first: 1 } });
        expect(res.expectError().extensions).toMatchObject({ code: 'UNSUPPORTED_OPERATION', provider: 'SWR' });
      } finally {
        await off.close();
      }
    });

    it('uses SWR_AUTH_TOKEN (X-Auth-Token) when no AK/SK pair is set', async () => {
      const tokenEmu = await startSwrEmulator({ authToken: 'graph-test-iam-token' });
      const viaToken = await startTestGateway({ SWR_ENDPOINT: tokenEmu.url, SWR_AUTH_TOKEN: 'graph-test-iam-token' });
      try {
        const { namespaces } = (await viaToken.execute({ document: SwrNamespacesDocument })).expectNoErrors();
        expect(namespaces?.map((n) => n.name)).toContain('acme');
        expect(tokenEmu.requests.every((r) => r.status === 200)).toBe(true);
      } finally {
        await viaToken.close();
        await tokenEmu.close();
      }
    });
  });

  describe('signing', () => {
    it('the emulator refuses an unsigned request and accepts the gateway’s signed ones', async () => {
      const unsigned = await request(`${emu.url}/v2/manage/namespaces`, { headers: { 'content-type': 'application/json' } });
      await unsigned.body.dump();
      expect(unsigned.statusCode).toBe(401);

      const { result, calls } = await upstreamCalls(() => gw.execute({ document: SwrNamespacesDocument }));
      expect(result.expectNoErrors().namespaces?.map((n) => n.name)).toEqual(expect.arrayContaining(['acme', 'platform', 'ml-team', 'open.source', 'data__lake']));
      expect(calls).toEqual([expect.objectContaining({ method: 'GET', path: '/v2/manage/namespaces', status: 200 })]);
    });

    it('a gateway with a wrong SK gets ForbiddenError with SWR’s code, and the secret never shows', async () => {
      const wrong = await startTestGateway({ ...emu.env, HUAWEICLOUD_SDK_SK: 'definitely-not-the-secret' });
      try {
        const result = await createNamespace('never-made', wrong);
        expect(result).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', upstreamCode: 'APIG.0301', status: 401 });
        expect(expectTypename(result, 'ForbiddenError').message).not.toContain('definitely-not-the-secret');
        expect(emu.store.namespaces.has('never-made')).toBe(false);

        const query = await wrong.execute({ document: SwrRepositoryNamesDocument, variables: { first: 1 } });
        expect(query.expectError().extensions).toMatchObject({ code: 'FORBIDDEN', provider: 'SWR' });
        expect(JSON.stringify(query)).not.toContain('definitely-not-the-secret');
        expect(await providerStatus(wrong)).toMatchObject({ mode: 'LIVE', healthy: false });
      } finally {
        await wrong.close();
      }
    });
  });

  describe('repositories', () => {
    it('pages through every repository exactly once, one upstream call per page', async () => {
      const total = emu.store.repositories.size;
      const seen: string[] = [];
      let after: string | null | undefined = null;
      let pages = 0;
      const { calls } = await upstreamCalls(async () => {
        for (;;) {
          const page = (await gw.execute({ document: SwrRepositoriesPageDocument, variables: { after } })).expectNoErrors().repositories!;
          expect(page.totalCount).toBe(total);
          seen.push(...page.edges.map((e) => `${e.node.namespace}/${e.node.name}`));
          pages += 1;
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
      });
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(pages).toBe(Math.ceil(total / 30));
      expect(calls).toHaveLength(pages);
    });

    it('filters by namespace and name, and by category (ARM is `arm` on the wire), one call each', async () => {
      const all = [...emu.store.repositories.values()];
      const byName = await upstreamCalls(() => gw.execute({ document: SwrRepositoriesFilteredDocument, variables: { filter: { namespace: 'acme', name: 'api' } } }));
      const named = byName.result.expectNoErrors().repositories!;
      const expectedByName = all.filter((r) => r.namespace === 'acme' && r.name.includes('api')).map((r) => r.name);
      expect(expectedByName.length).toBeGreaterThan(1);
      expect(named.edges.map((e) => e.node.name).sort()).toEqual(expectedByName.sort());
      expect(named.totalCount).toBe(expectedByName.length);
      expect(byName.calls).toHaveLength(1);

      const byCategory = await upstreamCalls(() => gw.execute({ document: SwrRepositoriesFilteredDocument, variables: { filter: { category: 'ARM' } } }));
      const arm = byCategory.result.expectNoErrors().repositories!;
      const expectedArm = all.filter((r) => r.category === 'arm');
      expect(expectedArm.length).toBeGreaterThan(0);
      expect(arm.totalCount).toBe(expectedArm.length);
      expect(arm.edges.every((e) => e.node.category === 'ARM')).toBe(true);
      expect(byCategory.calls).toHaveLength(1);
      expect(byCategory.calls[0]!.rawUrl).toContain('category=arm');
    });

    it('100 repositories with their first tag name cost ONE upstream call', async () => {
      const { result, calls } = await upstreamCalls(() => gw.execute({ document: SwrFirstTagNamesDocument }));
      const edges = result.expectNoErrors().repositories!.edges;
      expect(edges).toHaveLength(100);
      for (const { node } of edges) expect(node.tags.edges.map((e) => e.node.name)).toEqual(newestTags(storeRepo(node.namespace, node.name)!).slice(0, 1).map((t) => t.name));
      expect(calls.map((c) => c.path)).toEqual(['/v2/manage/repos']);
    });

    it('answers names from the list through fragments too, and pages tags from the list', async () => {
      const { result, calls } = await upstreamCalls(() => gw.execute({ document: SwrTagsThroughFragmentsDocument }));
      const { repositories } = result.expectNoErrors();
      expect(calls).toHaveLength(1);
      for (const { node } of repositories!.edges) {
        const tags = newestTags(storeRepo(node.namespace, node.name)!);
        expect(node.tags.totalCount).toBe(tags.length);
        expect(node.tags.pageInfo.hasNextPage).toBe(tags.length > 2);
        expect(node.tags.edges.map((e) => e.node.name)).toEqual(tags.slice(0, 2).map((t) => t.name));
      }
    });

    it('tag details cost one tags call per repository, limited to the window', async () => {
      const { result, calls } = await upstreamCalls(() => gw.execute({ document: SwrFirstTagDetailsDocument }));
      const { repositories } = result.expectNoErrors();
      expect(calls).toHaveLength(101);
      expect(calls.filter((c) => c.path.endsWith('/tags')).every((c) => /[?&]limit=1(&|$)/.test(c.rawUrl))).toBe(true);
      for (const { node } of repositories!.edges) {
        const [newest] = newestTags(storeRepo(node.namespace, node.name)!);
        expect(node.tags.edges[0]!.node).toMatchObject({ name: newest!.name, digest: newest!.digest, sizeBytes: newest!.size });
        expect(node.tags.edges[0]!.node.pullPath).toMatch(new RegExp(`/${node.namespace}/${node.name}:${newest!.name}$`));
      }
    });

    it('node(id) refetches a Repository and a Namespace', async () => {
      const list = (await gw.execute({ document: SwrRepositoryAndNamespacesDocument })).expectNoErrors();
      const listed = list.repositories!.edges[0]!.node;
      expect(listed.name).toContain('/');
      expect(Buffer.from(listed.id, 'base64url').toString('utf8')).toBe(`Repository:SWR:${listed.namespace}/${listed.name}`);
      const ns = list.namespaces!.find((n) => n.name === 'open.source')!;

      const res = (await gw.execute({ document: SwrRefetchRepositoryAndNamespaceDocument, variables: { id: listed.id, ns: ns.id } })).expectNoErrors();
      expect(res.repo).toEqual({ __typename: 'Repository', ...listed });
      expect(res.ns).toEqual({ __typename: 'Namespace', name: 'open.source', access: 'EDIT' });
    });
  });

  describe('validation before any call', () => {
    const cases: [string, CreateRepositoryInput, string, RegExp][] = [
      ['an uppercase organisation', { namespace: 'Acme', name: 'app' }, 'input.namespace', /lowercase/],
      ['three underscores', { namespace: 'acme', name: 'a___b' }, 'input.name', /two consecutive underscores/],
      ['adjacent separators', { namespace: 'acme', name: 'a._b' }, 'input.name', /adjacent/],
      ['a name ending in a separator', { namespace: 'acme', name: 'app/' }, 'input.name', /must end/],
      ['129 characters', { namespace: 'acme', name: 'a'.repeat(129) }, 'input.name', /1–128/],
      ['an empty name', { namespace: 'acme', name: '' }, 'input.name', /required/],
    ];
    for (const [label, input, path, message] of cases) {
      it(`createRepository refuses ${label} with a ValidationError on ${path}`, async () => {
        const { result, calls } = await upstreamCalls(() => createRepository({ ...input, isPublic: false }));
        expect(result.__typename).toBe('ValidationError');
        expect(expectTypename(result, 'ValidationError').fieldErrors).toEqual([{ path, message: expect.stringMatching(message) }]);
        expect(calls).toHaveLength(0);
      });
    }

    it('createNamespace, updateRepository, deleteRepository and the filter refuse bad names without a call', async () => {
      const { calls } = await upstreamCalls(async () => {
        expect(expectTypename(await createNamespace('9lives'), 'ValidationError').fieldErrors).toEqual([{ path: 'input.name', message: expect.stringMatching(/start with a lowercase letter/) }]);
        expect(expectTypename(await createNamespace('a'.repeat(65)), 'ValidationError').fieldErrors[0]?.path).toBe('input.name');
        const badRepoId = encodeId('Repository', 'SWR', 'acme/Bad_Name');
        expect(expectTypename(await updateRepository({ id: badRepoId, isPublic: true }), 'ValidationError').fieldErrors[0]?.path).toBe('input.id');
        expect(expectTypename(await deleteRepository(badRepoId), 'ValidationError').fieldErrors[0]?.path).toBe('input.id');
        // An id of another type is refused on decode.
        expect(expectTypename(await deleteRepository(encodeId('Namespace', 'SWR', 'acme')), 'ValidationError').fieldErrors[0]?.path).toBe('input.id');
        const filtered = await gw.execute({ document: SwrRepositoryNamesDocument, variables: { first: 5, filter: { namespace: 'Not Valid' } } });
        expect(filtered.expectError().extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'filter.namespace', message: expect.any(String) }] });
      });
      expect(calls).toHaveLength(0);
    });
  });

  describe('mutations', () => {
    let created: RepositoryNode;

    it('createNamespace then createRepository (a name with `/`, category ARM)', async () => {
      const ns = await createNamespace('graph-test');
      expect(ns).toMatchObject({ __typename: 'CreateNamespaceSuccess', namespace: { name: 'graph-test', access: 'MANAGE' } });
      const result = await createRepository({ namespace: 'graph-test', name: 'team/app_v1', category: 'ARM', description: 'first' });
      expect(result.__typename).toBe('CreateRepositorySuccess');
      created = expectTypename(result, 'CreateRepositorySuccess').repository;
      expect(created).toMatchObject({ namespace: 'graph-test', name: 'team/app_v1', isPublic: false, category: 'ARM', description: 'first', tagCount: 0 });
      expect(created.pullPath).toMatch(/\/graph-test\/team\/app_v1$/);
      expect(storeRepo('graph-test', 'team/app_v1')).toMatchObject({ category: 'arm', isPublic: false, description: 'first' });
    });

    it('409: an existing organisation or repository is a ConflictError and changes nothing', async () => {
      const ns = await createNamespace('graph-test');
      expect(ns).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', upstreamCode: 'SVCSTG.SWR.4090006' });

      const seeded = [...emu.store.repositories.values()].find((r) => r.namespace === 'acme')!;
      const before = { isPublic: seeded.isPublic, category: seeded.category, description: seeded.description, updated: seeded.updated.getTime() };
      const repoCount = emu.store.repositories.size;
      const result = await createRepository({ namespace: 'acme', name: seeded.name, isPublic: !seeded.isPublic, category: 'WINDOWS', description: 'overwritten?' });
      expect(result).toMatchObject({ __typename: 'ConflictError', upstreamCode: 'SVCSTG.SWR.4090006' });
      expect(expectTypename(result, 'ConflictError').message).toMatch(/already exists/);
      const after = storeRepo('acme', seeded.name)!;
      expect({ isPublic: after.isPublic, category: after.category, description: after.description, updated: after.updated.getTime() }).toEqual(before);
      expect(emu.store.repositories.size).toBe(repoCount);
    });

    it('a repository in a missing organisation is a NotFoundError and nothing is created', async () => {
      const result = await createRepository({ namespace: 'no-such-org', name: 'app' });
      expect(result.__typename).toBe('NotFoundError');
      expect(storeRepo('no-such-org', 'app')).toBeUndefined();
    });

    it('updateRepository (SWR answers 201) returns the re-read record; omitted fields stay as they were', async () => {
      const { result, calls } = await upstreamCalls(() => updateRepository({ id: created.id, isPublic: true, description: 'second' }));
      expect(result.__typename).toBe('UpdateRepositorySuccess');
      expect(expectTypename(result, 'UpdateRepositorySuccess').repository).toMatchObject({ id: created.id, isPublic: true, category: 'ARM', description: 'second' });
      expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({ path: '/v2/manage/namespaces/graph-test/repos/team$app_v1', status: 201 });

      const keep = await updateRepository({ id: created.id, category: 'LINUX' });
      expect(expectTypename(keep, 'UpdateRepositorySuccess').repository).toMatchObject({ isPublic: true, category: 'LINUX', description: 'second' });
      expect(storeRepo('graph-test', 'team/app_v1')).toMatchObject({ isPublic: true, category: 'linux', description: 'second' });
    });

    it('updateRepository of a repository that does not exist is a NotFoundError', async () => {
      const result = await updateRepository({ id: encodeId('Repository', 'SWR', 'graph-test/missing'), isPublic: true });
      expect(result.__typename).toBe('NotFoundError');
    });

    it('406: deleting a repository that still holds images is a ConflictError saying so, and it stays', async () => {
      emu.store.addTag('graph-test', 'team/app_v1', 'v1');
      const result = await deleteRepository(created.id);
      expect(result).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', upstreamCode: 'SVCSTG.SWR.4060012' });
      expect(expectTypename(result, 'ConflictError').message).toMatch(/still holds images/);
      expect(storeRepo('graph-test', 'team/app_v1')?.tags.size).toBe(1);

      const seeded = [...emu.store.repositories.values()].find((r) => r.namespace === 'platform' && r.tags.size > 1)!;
      const tagCount = seeded.tags.size;
      const seededId = encodeId('Repository', 'SWR', `${seeded.namespace}/${seeded.name}`);
      expect(await deleteRepository(seededId)).toMatchObject({ __typename: 'ConflictError', upstreamCode: 'SVCSTG.SWR.4060012' });
      expect(storeRepo(seeded.namespace, seeded.name)?.tags.size).toBe(tagCount);
    });

    it('deleteRepository of an empty repository returns its id, and node(id) then says NOT_FOUND', async () => {
      storeRepo('graph-test', 'team/app_v1')!.tags.clear();
      const { result, calls } = await upstreamCalls(() => deleteRepository(created.id));
      expect(result).toEqual({ __typename: 'DeleteRepositorySuccess', deletedId: created.id });
      expect(calls).toEqual([expect.objectContaining({ method: 'DELETE', status: 204 })]);
      expect(storeRepo('graph-test', 'team/app_v1')).toBeUndefined();

      const res = await gw.execute({ document: SwrNodeIdDocument, variables: { id: created.id } });
      expect(res.expectError().extensions).toMatchObject({ code: 'NOT_FOUND', provider: 'SWR' });
    });
  });
});
