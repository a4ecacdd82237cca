/**
 * The TAC parameters and operations of issue 14 through the whole gateway, LIVE against the emulator:
 * createBaseImage's required description, the base-image list filters (shared, packagingType,
 * withApplications), createRegistry and issueRegistryCredentials.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import { encodeId } from '../../src/schema/global-id.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

let emu: TacEmulator;
let gw: TestGateway;

beforeAll(async () => {
  emu = await startTacEmulator();
  gw = await startTestGateway(emu.env);
});
afterAll(async () => {
  await gw?.close();
  await emu?.close();
});

const apiCalls = (from: number) => emu.requests.slice(from).filter((r) => r.path.startsWith('/v1/'));
const ERRORS = '__typename ... on Error { message code } ... on ValidationError { fieldErrors { path message } }';
type Result<K extends string, T> = { __typename: string; message?: string; code?: string; fieldErrors?: { path: string; message: string }[] } & Partial<Record<K, T>>;

async function registryIdByName(name: string): Promise<string> {
  const res = await gw.raw<{ registries: { edges: { node: { id: string; name: string } }[] } }>('{ registries(first: 100) { edges { node { id name } } } }');
  return res.data!.registries.edges.find((e) => e.node.name === name)!.node.id;
}

describe('tanzu-catalog operations', () => {
  describe('createBaseImage description', () => {
    it('is required by the schema (TAC requires it): leaving it out is a GraphQL validation error, before any call', async () => {
      const from = emu.requests.length;
      const res = await gw.raw(
        `mutation { createBaseImage(input: { name: "x", registryId: "${encodeId('Registry', 'TAC', randomUUID())}", containerImage: "docker.io/library/debian:12", operatingSystemId: "${encodeId('OperatingSystem', 'TAC', randomUUID())}" }) { __typename } }`,
      );
      expect(res.errors?.[0]?.message).toMatch(/description.*required|required.*description/i);
      expect(apiCalls(from)).toEqual([]);
    });
  });

  describe('baseImages filters', () => {
    type Page = { baseImages: { totalCount: number; edges: { node: { name: string; packagingType: string; registry: { name: string } | null } }[] } };
    const LIST = 'query ($filter: BaseImageFilter) { baseImages(first: 100, filter: $filter) { totalCount edges { node { name packagingType registry { name } } } } }';
    const live = () => [...emu.store.baseImages.values()].filter((b) => b.status !== 'DELETED');

    it('shared passes `shared` to TAC and keeps only shared (or only own) base images', async () => {
      const from = emu.requests.length;
      const shared = await gw.raw<Page>(LIST, { filter: { shared: true } });
      expect(shared.errors).toBeUndefined();
      const expected = live().filter((b) => b.shared && b.status === 'ACTIVE').length + live().filter((b) => b.shared && b.status === 'DEPRECATED').length;
      expect(shared.data!.baseImages.totalCount).toBe(expected);
      expect(shared.data!.baseImages.edges.every((e) => e.node.registry?.name === 'Bitnami Secure Images')).toBe(true);
      expect(apiCalls(from)[0]!.rawUrl).toContain('shared=true');

      const own = await gw.raw<Page>(LIST, { filter: { shared: false } });
      expect(own.data!.baseImages.edges.some((e) => e.node.registry?.name === 'Bitnami Secure Images')).toBe(false);
      expect(own.data!.baseImages.totalCount + shared.data!.baseImages.totalCount).toBe(live().length);
    });

    it('packagingType and withApplications pass `packaging_type` and `with_applications`', async () => {
      const from = emu.requests.length;
      const containers = await gw.raw<Page>(LIST, { filter: { packagingType: 'CONTAINER_IMAGE', withApplications: true } });
      expect(containers.errors).toBeUndefined();
      expect(containers.data!.baseImages.totalCount).toBe(live().filter((b) => b.application_count > 0).length);
      const url = apiCalls(from)[0]!.rawUrl;
      expect(url).toContain('packaging_type=CONTAINER_IMAGE');
      expect(url).toContain('with_applications=true');
      const none = await gw.raw<Page>(LIST, { filter: { packagingType: 'HELM_CHART' } });
      expect(none.data!.baseImages.totalCount).toBe(0);
    });

    it('a packagingType TAC cannot have is a ValidationError naming filter.packagingType, before any call', async () => {
      const from = emu.requests.length;
      const res = await gw.raw(LIST, { filter: { packagingType: 'container image' } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(res.errors)).toContain('filter.packagingType');
      expect(apiCalls(from)).toEqual([]);
    });
  });

  describe('createRegistry', () => {
    const CREATE = `mutation ($input: CreateRegistryInput!) { createRegistry(input: $input) { ${ERRORS} ... on CreateRegistrySuccess { registry { id name url registryProvider description owned } } } }`;

    it('POSTs the registry, follows the Location, and never echoes the secret', async () => {
      const secret = `s3cret-${randomUUID()}`;
      const from = emu.requests.length;
      const res = await gw.raw<{ createRegistry: Result<'registry', { id: string; name: string; url: string; registryProvider: string; description: string; owned: boolean }> }>(CREATE, {
        input: { name: 'acme-ghcr', description: 'GitHub packages', provider: 'GITHUB_CONTAINER_REGISTRY', url: 'https://ghcr.io/acme', accessKey: 'acme-bot', accessSecret: secret },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createRegistry).toMatchObject({
        __typename: 'CreateRegistrySuccess',
        registry: { name: 'acme-ghcr', url: 'https://ghcr.io/acme', registryProvider: 'GITHUB_CONTAINER_REGISTRY', description: 'GitHub packages', owned: true },
      });
      expect(JSON.stringify(res)).not.toContain(secret);
      expect(apiCalls(from).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201', 'GET 200']);
      expect(emu.receivedBodies.at(-1)!.body).toEqual({ name: 'acme-ghcr', description: 'GitHub packages', provider: 'GITHUB_CONTAINER_REGISTRY', url: 'https://ghcr.io/acme', access_key: 'acme-bot', access_secret: secret });
      const id = res.data!.createRegistry.registry!.id;
      const again = await gw.raw<{ node: { name: string } }>('query ($id: ID!) { node(id: $id) { ... on Registry { name } } }', { id });
      expect(again.data!.node.name).toBe('acme-ghcr');
    });

    it('bad fields are a ValidationError naming each, before any call, without quoting the secret', async () => {
      const from = emu.requests.length;
      const res = await gw.raw<{ createRegistry: Result<'registry', unknown> }>(CREATE, {
        input: { name: ' ', description: '', provider: 'HARBOR', url: 'ftp://user:pw@harbor', accessSecret: '' },
      });
      expect(res.data!.createRegistry.__typename).toBe('ValidationError');
      expect(res.data!.createRegistry.fieldErrors!.map((e) => e.path).sort()).toEqual(['input.accessSecret', 'input.name', 'input.url']);
      expect(apiCalls(from)).toEqual([]);
      const unknownProvider = await gw.raw('mutation { createRegistry(input: { name: "x", description: "", provider: DOCKER_HUB, url: "https://x.example", accessSecret: "y" }) { __typename } }');
      expect(unknownProvider.errors?.[0]?.message).toContain('RegistryProvider');
    });
  });

  describe('issueRegistryCredentials', () => {
    const ISSUE = `mutation ($input: IssueRegistryCredentialsInput!) { issueRegistryCredentials(input: $input) { ${ERRORS} ... on IssueRegistryCredentialsSuccess { credentials { username password } registry { name } } } }`;
    type Issued = { issueRegistryCredentials: Result<'credentials', { username: string; password: string }> & { registry?: { name: string } } };

    it('issues a new pair for a catalog-managed registry on every call', async () => {
      const registryId = await registryIdByName('Bitnami Secure Images');
      const first = await gw.raw<Issued>(ISSUE, { input: { registryId, description: 'ci pipeline' } });
      const second = await gw.raw<Issued>(ISSUE, { input: { registryId, description: 'ci pipeline' } });
      expect(first.errors).toBeUndefined();
      expect(first.data!.issueRegistryCredentials).toMatchObject({ __typename: 'IssueRegistryCredentialsSuccess', credentials: { username: '_json_key' }, registry: { name: 'Bitnami Secure Images' } });
      expect(first.data!.issueRegistryCredentials.credentials!.password.length).toBeGreaterThan(16);
      expect(second.data!.issueRegistryCredentials.credentials!.password).not.toBe(first.data!.issueRegistryCredentials.credentials!.password);
    });

    it('a registry TAC does not manage is refused by TAC as a ValidationError on input.registryId', async () => {
      const registryId = await registryIdByName('acme-harbor');
      const res = await gw.raw<Issued>(ISSUE, { input: { registryId, description: 'ci' } });
      expect(res.data!.issueRegistryCredentials).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.registryId' }] });
    });

    it('a wrong id or a blank description is a ValidationError before any call; a missing registry NotFoundError', async () => {
      const from = emu.requests.length;
      const res = await gw.raw<Issued>(ISSUE, { input: { registryId: encodeId('BaseImage', 'TAC', randomUUID()), description: ' ' } });
      expect(res.data!.issueRegistryCredentials.fieldErrors!.map((e) => e.path).sort()).toEqual(['input.description', 'input.registryId']);
      expect(apiCalls(from)).toEqual([]);
      const missing = await gw.raw<Issued>(ISSUE, { input: { registryId: encodeId('Registry', 'TAC', randomUUID()), description: 'ci' } });
      expect(missing.data!.issueRegistryCredentials.__typename).toBe('NotFoundError');
    });
  });
});
