import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { encodeId } from '../../src/schema/global-id.js';
import { print } from 'graphql';
import {
  SwrDeleteNamespaceDocument,
  SwrDeleteRepositoryDocument,
  SwrDeleteTagDocument,
  SwrNamespaceAliasesDocument,
  SwrNamespaceAndMissingDocument,
  SwrNamespaceDocument,
  SwrRepositoryPermissionsDocument,
  SwrRepositoryTagDocument,
  SwrRepositoryTagNameDocument,
  SwrRepositoryTagNamesDocument,
  type DeleteNamespaceInput,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * The SWR operations of issue 14 through the whole gateway over the emulator: deleteRepositoryTag,
 * Repository.tag(name), Repository.permissions, namespace(name), deleteNamespace; and the path that was
 * impossible before: a repository holding images emptied and deleted through the graph.
 */
let emu: RunningSwrEmulator;
let gw: TestGateway;

const repoId = (namespace: string, name: string) => encodeId('Repository', 'SWR', `${namespace}/${name}`);

async function upstreamCalls<T>(fn: () => Promise<T>): Promise<{ result: T; calls: RunningSwrEmulator['requests'] }> {
  const before = emu.requests.length;
  const result = await fn();
  return { result, calls: emu.requests.slice(before) };
}

async function deleteTag(repositoryId: string, tag: string) {
  return (await gw.execute({ document: SwrDeleteTagDocument, variables: { input: { repositoryId, tag } } })).expectNoErrors().deleteRepositoryTag;
}

async function deleteRepository(id: string) {
  return (await gw.execute({ document: SwrDeleteRepositoryDocument, variables: { id } })).expectNoErrors().deleteRepository;
}

async function deleteNamespace(input: DeleteNamespaceInput) {
  return (await gw.execute({ document: SwrDeleteNamespaceDocument, variables: { input } })).expectNoErrors().deleteNamespace;
}

beforeAll(async () => {
  emu = await startSwrEmulator();
  gw = await startTestGateway(emu.env);
});
afterAll(async () => {
  await gw?.close();
  await emu?.close();
});

describe('huawei-swr operations', () => {
  describe('emptying and deleting a repository', () => {
    it('a repository holding images is refused, names deleteRepositoryTag, and can then be emptied and deleted', async () => {
      emu.store.addNamespace('wipe-me');
      emu.store.addRepository({ namespace: 'wipe-me', name: 'svc/api', isPublic: false });
      emu.store.addTag('wipe-me', 'svc/api', 'v1');
      emu.store.addTag('wipe-me', 'svc/api', 'v2');
      const id = repoId('wipe-me', 'svc/api');

      const refused = await deleteRepository(id);
      expect(refused).toMatchObject({ __typename: 'ConflictError', upstreamCode: 'SVCSTG.SWR.4060012' });
      expect(expectTypename(refused, 'ConflictError').message).toContain('deleteRepositoryTag');

      const listed = (await gw.execute({ document: SwrRepositoryTagNamesDocument, variables: { id } })).expectNoErrors();
      const tags = expectTypename(listed.node, 'Repository').tags.edges.map((e) => e.node.name).sort();
      expect(tags).toEqual(['v1', 'v2']);

      const { result: first, calls } = await upstreamCalls(() => deleteTag(id, 'v1'));
      expect(first).toEqual({ __typename: 'DeleteRepositoryTagSuccess', deletedTag: 'v1', repository: { tagCount: 1 } });
      expect(calls[0]).toMatchObject({ method: 'DELETE', path: '/v2/manage/namespaces/wipe-me/repos/svc$api/tags/v1', status: 204 });
      expect(await deleteTag(id, 'v2')).toMatchObject({ deletedTag: 'v2', repository: { tagCount: 0 } });

      expect(await deleteRepository(id)).toEqual({ __typename: 'DeleteRepositorySuccess', deletedId: id });
      expect(emu.store.getRepository('wipe-me', 'svc/api')).toBeUndefined();

      expect(await deleteNamespace({ name: 'wipe-me' })).toEqual({ __typename: 'DeleteNamespaceSuccess', deletedId: encodeId('Namespace', 'SWR', 'wipe-me') });
      expect(emu.store.namespaces.has('wipe-me')).toBe(false);
    });
  });

  describe('deleteRepositoryTag', () => {
    it('a missing tag is a NotFoundError with SWR’s code; nothing else changes', async () => {
      const result = await deleteTag(repoId('acme', 'api'), 'no-such-tag');
      expect(result).toMatchObject({ __typename: 'NotFoundError', upstreamCode: 'SVCSTG.SWR.4040003' });
    });

    it('an invalid tag or a foreign id is a ValidationError naming the field, before any upstream call', async () => {
      const { result, calls } = await upstreamCalls(async () => [
        await deleteTag(repoId('acme', 'api'), '-bad tag'),
        await deleteTag(encodeId('Namespace', 'SWR', 'acme'), 'v1'),
        await deleteTag(encodeId('BaseImage', 'TAC', 'x'), 'v1'),
      ]);
      expect(result[0]).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.tag' }] });
      expect(result[1]).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.repositoryId' }] });
      expect(result[2]).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.repositoryId' }] });
      expect(calls).toEqual([]);
    });

    it('needs the write scope like every mutation (read-only keys are refused)', async () => {
      const keyed = await startTestGateway({ ...emu.env, GATEWAY_API_KEYS: JSON.stringify([{ name: 'reader', key: 'ig-reader-key-0001', scopes: ['read'] }]) });
      try {
        const res = await keyed.yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': 'ig-reader-key-0001' },
          body: JSON.stringify({ query: print(SwrDeleteTagDocument), variables: { input: { repositoryId: repoId('acme', 'api'), tag: 'latest' } } }),
        });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      } finally {
        await keyed.close();
      }
    });
  });

  describe('Repository.tag(name)', () => {
    it('reads one tag with one ShowRepoTag call, and null for a tag the repository lacks', async () => {
      const repo = emu.store.getRepository('acme', 'api')!;
      const tag = [...repo.tags.values()][0]!;
      const { result, calls } = await upstreamCalls(() => gw.execute({ document: SwrRepositoryTagDocument, variables: { id: repoId('acme', 'api'), tag: tag.name } }));
      const node = expectTypename(result.expectNoErrors().node, 'Repository');
      expect(node.tag).toEqual({ name: tag.name, digest: tag.digest, sizeBytes: tag.size, manifestType: tag.tagType ? 'MANIFEST_LIST' : 'MANIFEST' });
      expect(node.missing).toBeNull();
      expect(calls.filter((c) => c.path.includes('/tags/')).map((c) => c.path).sort()).toEqual([
        `/v2/manage/namespaces/acme/repos/api/tags/${tag.name}`,
        '/v2/manage/namespaces/acme/repos/api/tags/nope',
      ].sort());
    });

    it('an invalid tag name is a ValidationError naming the argument, without a tag call', async () => {
      const { result, calls } = await upstreamCalls(() => gw.execute({ document: SwrRepositoryTagNameDocument, variables: { id: repoId('acme', 'api'), tag: 'bad tag!' } }));
      expect(result.expectError().extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(result.errors)).toContain('"name"');
      expect(calls.filter((c) => c.path.includes('/tags/'))).toEqual([]);
    });
  });

  describe('Repository.permissions', () => {
    it('answers the caller’s own permission and the grants to others (ShowUserRepositoryAuth)', async () => {
      const repo = [...emu.store.repositories.values()].find((r) => r.namespace === 'platform' && !r.name.includes('/'))!;
      emu.store.grant('platform', repo.name, { userId: 'u-1', userName: 'release-bot', auth: 3 });
      const { result, calls } = await upstreamCalls(() => gw.execute({ document: SwrRepositoryPermissionsDocument, variables: { id: repoId('platform', repo.name) } }));
      const { permissions } = expectTypename(result.expectNoErrors().node, 'Repository');
      expect(permissions?.self).toMatchObject({ userName: 'demo-admin', access: 'MANAGE' });
      expect(permissions?.others).toContainEqual({ userId: 'u-1', userName: 'release-bot', access: 'EDIT' });
      expect(calls.map((c) => c.path)).toContain(`/v2/manage/namespaces/platform/repos/${repo.name}/access`);
    });

    it('reads EDIT for an organisation shared with edit rights', async () => {
      const repo = [...emu.store.repositories.values()].find((r) => r.namespace === 'open.source')!;
      const res = (await gw.execute({ document: SwrRepositoryPermissionsDocument, variables: { id: repoId(repo.namespace, repo.name) } })).expectNoErrors();
      expect(expectTypename(res.node, 'Repository').permissions?.self?.access).toBe('EDIT');
    });
  });

  describe('namespace(name)', () => {
    it('reads one organisation with ShowNamespace, null when it does not exist', async () => {
      const { result, calls } = await upstreamCalls(() => gw.execute({ document: SwrNamespaceAndMissingDocument }));
      expect(result.expectNoErrors().acme).toEqual({ id: encodeId('Namespace', 'SWR', 'acme'), name: 'acme', access: 'MANAGE', creatorName: 'demo-admin' });
      expect(result.data!.none).toBeNull();
      expect(calls.map((c) => c.path).sort()).toEqual(['/v2/manage/namespaces/acme', '/v2/manage/namespaces/nowhere']);
    });

    it('aliases of the same organisation cost one call', async () => {
      const { result, calls } = await upstreamCalls(() => gw.execute({ document: SwrNamespaceAliasesDocument }));
      expect(result.data).toEqual({ a: { name: 'platform' }, b: { access: 'MANAGE' } });
      expect(calls).toHaveLength(1);
    });

    it('an invalid name is a ValidationError naming `name`, without a call', async () => {
      const { result, calls } = await upstreamCalls(() => gw.execute({ document: SwrNamespaceDocument, variables: { name: 'Not_Valid' } }));
      expect(result.expectError().extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(calls).toEqual([]);
    });
  });

  describe('deleteNamespace', () => {
    it('deletes by id as well as by name', async () => {
      emu.store.addNamespace('by-id');
      const id = encodeId('Namespace', 'SWR', 'by-id');
      expect(await deleteNamespace({ id })).toEqual({ __typename: 'DeleteNamespaceSuccess', deletedId: id });
      expect(emu.store.namespaces.has('by-id')).toBe(false);
    });

    it('an organisation holding repositories is a ConflictError naming what to delete first', async () => {
      const result = await deleteNamespace({ name: 'acme' });
      expect(result).toMatchObject({ __typename: 'ConflictError', upstreamCode: 'SVCSTG.SWR.4060012' });
      expect(expectTypename(result, 'ConflictError').message).toContain('deleteRepository');
      expect(emu.store.namespaces.has('acme')).toBe(true);
    });

    it('a missing organisation is a NotFoundError; a bad name or a foreign id a ValidationError before any call', async () => {
      expect(await deleteNamespace({ name: 'gone-already' })).toMatchObject({ __typename: 'NotFoundError' });
      const { result, calls } = await upstreamCalls(async () => [
        await deleteNamespace({ name: '9starts-with-digit' }),
        await deleteNamespace({ id: repoId('acme', 'api') }),
      ]);
      expect(result[0]).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.name' }] });
      expect(result[1]).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.id' }] });
      expect(calls).toEqual([]);
    });

    it('giving both name and id is refused by @oneOf (a GraphQL error, 400)', async () => {
      // Raw on purpose: a document breaking @oneOf cannot be typed (codegen refuses it).
      const res = await gw.raw('mutation { deleteNamespace(input: { name: "a", id: "b" }) { __typename } }');
      expect(res.errors?.[0]?.message).toMatch(/exactly one key/i);
    });
  });
});
