/**
 * The TAC parameters and operations of issue 14 through the whole gateway, LIVE against the emulator:
 * createBaseImage's required description, the base-image list filters (shared, packagingType,
 * withApplications), createRegistry and issueRegistryCredentials.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import { encodeId } from '../../src/schema/global-id.js';
import {
  TacBaseImagesByFilterDocument,
  TacCreateRegistryDocument,
  TacIssueCredentialsDocument,
  TacRegistriesDocument,
  TacRegistryNameDocument,
  type BaseImageFilter,
  type CreateRegistryInput,
  type IssueRegistryCredentialsInput,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway } from '../support/gateway.js';

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
async function registryIdByName(name: string): Promise<string> {
  const res = await gw.execute({ document: TacRegistriesDocument, variables: { first: 100 } });
  return res.expectNoErrors().registries!.edges.find((e) => e.node.name === name)!.node.id;
}

describe('tanzu-catalog operations', () => {
  describe('createBaseImage description', () => {
    it('is required by the schema (TAC requires it): leaving it out is a GraphQL validation error, before any call', async () => {
      const from = emu.requests.length;
      // Raw on purpose: a document leaving out a required input field cannot be typed (codegen refuses it).
      const res = await gw.raw(
        `mutation { createBaseImage(input: { name: "x", registryId: "${encodeId('Registry', 'TAC', randomUUID())}", containerImage: "docker.io/library/debian:12", operatingSystemId: "${encodeId('OperatingSystem', 'TAC', randomUUID())}" }) { __typename } }`,
      );
      expect(res.errors?.[0]?.message).toMatch(/description.*required|required.*description/i);
      expect(apiCalls(from)).toEqual([]);
    });
  });

  describe('baseImages filters', () => {
    const list = (filter: BaseImageFilter) => gw.execute({ document: TacBaseImagesByFilterDocument, variables: { filter } });
    const baseImages = async (filter: BaseImageFilter) => (await list(filter)).expectNoErrors().baseImages!;
    const live = () => [...emu.store.baseImages.values()].filter((b) => b.status !== 'DELETED');

    it('shared passes `shared` to TAC and keeps only shared (or only own) base images', async () => {
      const from = emu.requests.length;
      const shared = await baseImages({ shared: true });
      const expected = live().filter((b) => b.shared && b.status === 'ACTIVE').length + live().filter((b) => b.shared && b.status === 'DEPRECATED').length;
      expect(shared.totalCount).toBe(expected);
      expect(shared.edges.every((e) => e.node.registry?.name === 'Bitnami Secure Images')).toBe(true);
      expect(apiCalls(from)[0]!.rawUrl).toContain('shared=true');

      const own = await baseImages({ shared: false });
      expect(own.edges.some((e) => e.node.registry?.name === 'Bitnami Secure Images')).toBe(false);
      expect(own.totalCount! + shared.totalCount!).toBe(live().length);
    });

    it('packagingType and withApplications pass `packaging_type` and `with_applications`', async () => {
      const from = emu.requests.length;
      const containers = await baseImages({ packagingType: 'CONTAINER_IMAGE', withApplications: true });
      expect(containers.totalCount).toBe(live().filter((b) => b.application_count > 0).length);
      const url = apiCalls(from)[0]!.rawUrl;
      expect(url).toContain('packaging_type=CONTAINER_IMAGE');
      expect(url).toContain('with_applications=true');
      const none = await baseImages({ packagingType: 'HELM_CHART' });
      expect(none.totalCount).toBe(0);
    });

    it('a packagingType TAC cannot have is a ValidationError naming filter.packagingType, before any call', async () => {
      const from = emu.requests.length;
      const res = await list({ packagingType: 'container image' });
      expect(res.expectError().extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(res.errors)).toContain('filter.packagingType');
      expect(apiCalls(from)).toEqual([]);
    });
  });

  describe('createRegistry', () => {
    const create = (input: CreateRegistryInput) => gw.execute({ document: TacCreateRegistryDocument, variables: { input } });

    it('POSTs the registry, follows the Location, and never echoes the secret', async () => {
      const secret = `s3cret-${randomUUID()}`;
      const from = emu.requests.length;
      const res = await create({ name: 'acme-ghcr', description: 'GitHub packages', provider: 'GITHUB_CONTAINER_REGISTRY', url: 'https://ghcr.io/acme', accessKey: 'acme-bot', accessSecret: secret });
      const { createRegistry } = res.expectNoErrors();
      expect(createRegistry).toMatchObject({
        __typename: 'CreateRegistrySuccess',
        registry: { name: 'acme-ghcr', url: 'https://ghcr.io/acme', registryProvider: 'GITHUB_CONTAINER_REGISTRY', description: 'GitHub packages', owned: true },
      });
      expect(JSON.stringify(res)).not.toContain(secret);
      expect(apiCalls(from).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201', 'GET 200']);
      expect(emu.receivedBodies.at(-1)!.body).toEqual({ name: 'acme-ghcr', description: 'GitHub packages', provider: 'GITHUB_CONTAINER_REGISTRY', url: 'https://ghcr.io/acme', access_key: 'acme-bot', access_secret: secret });
      const id = expectTypename(createRegistry, 'CreateRegistrySuccess').registry.id;
      const again = await gw.execute({ document: TacRegistryNameDocument, variables: { id } });
      expect(expectTypename(again.expectNoErrors().node, 'Registry').name).toBe('acme-ghcr');
    });

    it('bad fields are a ValidationError naming each, before any call, without quoting the secret', async () => {
      const from = emu.requests.length;
      const res = await create({ name: ' ', description: '', provider: 'HARBOR', url: 'ftp://user:pw@harbor', accessSecret: '' });
      const { createRegistry } = res.expectNoErrors();
      expect(createRegistry.__typename).toBe('ValidationError');
      expect(expectTypename(createRegistry, 'ValidationError').fieldErrors.map((e) => e.path).sort()).toEqual(['input.accessSecret', 'input.name', 'input.url']);
      expect(apiCalls(from)).toEqual([]);
      // Raw on purpose: an enum value the schema does not have cannot be typed (codegen refuses it).
      const unknownProvider = await gw.raw('mutation { createRegistry(input: { name: "x", description: "", provider: DOCKER_HUB, url: "https://x.example", accessSecret: "y" }) { __typename } }');
      expect(unknownProvider.errors?.[0]?.message).toContain('RegistryProvider');
    });
  });

  describe('issueRegistryCredentials', () => {
    const issue = async (input: IssueRegistryCredentialsInput) => (await gw.execute({ document: TacIssueCredentialsDocument, variables: { input } })).expectNoErrors().issueRegistryCredentials;
    const issued = (result: Awaited<ReturnType<typeof issue>>) => expectTypename(result, 'IssueRegistryCredentialsSuccess');

    it('issues a new pair for a catalog-managed registry on every call', async () => {
      const registryId = await registryIdByName('Bitnami Secure Images');
      const first = await issue({ registryId, description: 'ci pipeline' });
      const second = await issue({ registryId, description: 'ci pipeline' });
      expect(first).toMatchObject({ __typename: 'IssueRegistryCredentialsSuccess', credentials: { username: '_json_key' }, registry: { name: 'Bitnami Secure Images' } });
      expect(issued(first).credentials.password.length).toBeGreaterThan(16);
      expect(issued(second).credentials.password).not.toBe(issued(first).credentials.password);
    });

    it('a registry TAC does not manage is refused by TAC as a ValidationError on input.registryId', async () => {
      const registryId = await registryIdByName('acme-harbor');
      const res = await issue({ registryId, description: 'ci' });
      expect(res).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.registryId' }] });
    });

    it('a wrong id or a blank description is a ValidationError before any call; a missing registry NotFoundError', async () => {
      const from = emu.requests.length;
      const res = await issue({ registryId: encodeId('BaseImage', 'TAC', randomUUID()), description: ' ' });
      expect(expectTypename(res, 'ValidationError').fieldErrors.map((e) => e.path).sort()).toEqual(['input.description', 'input.registryId']);
      expect(apiCalls(from)).toEqual([]);
      const missing = await issue({ registryId: encodeId('Registry', 'TAC', randomUUID()), description: 'ci' });
      expect(missing.__typename).toBe('NotFoundError');
    });
  });
});
