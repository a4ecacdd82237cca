/**
 * TAC through the whole gateway: HTTP (yoga.fetch) to the real app, whose TAC provider is LIVE against
 * an emulator started here (CSP token exchange, bearer checks, problem+json errors), or SANDBOX
 * against the one the gateway starts itself.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import { encodeId } from '../../src/schema/global-id.js';
import {
  TacBaseImageIdsDocument,
  TacBaseImagesEmbeddedDocument,
  TacBaseImagesLoadedDocument,
  TacBaseImagesPageDocument,
  TacCreateBaseImageDocument,
  TacDeleteBaseImageDocument,
  TacDeleteBaseImageUpstreamDocument,
  TacFirstBaseImageDocument,
  TacNodeIdDocument,
  TacProviderHealthDocument,
  TacProvidersDocument,
  TacRefetchDocument,
  TacRegistriesDocument,
  TacSandboxCheckDocument,
  TacUpdateBaseImageDocument,
  TacUpdateBaseImageRateLimitedDocument,
  type BaseImageFilter,
  type CreateBaseImageInput,
  type TacBaseImagesPageQuery,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway, type TypedRequest } from '../support/gateway.js';

let emu: TacEmulator;
let gw: TestGateway;
const extra: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  emu = await startTacEmulator();
  gw = await startTestGateway(emu.env);
});
afterAll(async () => {
  await Promise.all(extra.map((x) => x.close()));
  await gw?.close();
  await emu?.close();
});
afterEach(() => {
  emu.faults.failNext = undefined;
  emu.faults.pathPattern = undefined;
  emu.faults.retryAfterSeconds = undefined;
});

/** `/v1/*` requests the emulator answered since `from` (the CSP exchange is not counted). */
const apiCalls = (from: number, path?: RegExp) => emu.requests.slice(from).filter((r) => r.path.startsWith('/v1/') && (!path || path.test(r.path)));
const decode = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8');
const liveBaseImages = () => [...emu.store.baseImages.values()].filter((b) => b.status !== 'DELETED');

type BaseImageNode = NonNullable<TacBaseImagesPageQuery['baseImages']>['edges'][number]['node'];

/** The data of a typed operation, after asserting it had no errors. */
async function data<R, V>(request: TypedRequest<R, V>, gateway = gw): Promise<R> {
  return (await gateway.execute(request)).expectNoErrors();
}

/** One page of `baseImages` (the list is nullable: a failed provider loses only it). */
async function page(variables: { first?: number; after?: string | null; filter?: BaseImageFilter }) {
  return (await data({ document: TacBaseImagesPageDocument, variables })).baseImages!;
}

/** Pages through `baseImages` with `first` per page; returns every node and the TAC calls each page cost. */
async function pageThrough(first: number, filter?: BaseImageFilter) {
  const nodes: BaseImageNode[] = [];
  const callsPerPage: number[] = [];
  let after: string | null | undefined = null;
  let total: number | null | undefined = null;
  for (let guard = 0; guard < 200; guard += 1) {
    const from = emu.requests.length;
    const baseImages = await page({ first, after, filter });
    callsPerPage.push(apiCalls(from).length);
    total = baseImages.totalCount;
    nodes.push(...baseImages.edges.map((e) => e.node));
    if (!baseImages.pageInfo.hasNextPage) break;
    after = baseImages.pageInfo.endCursor;
  }
  return { nodes, callsPerPage, total };
}

describe('TAC in the graph', () => {
  describe('providers', () => {
    it('is LIVE against the configured TAC and CSP, with no credentials in the entry', async () => {
      const { providers } = await data({ document: TacProvidersDocument });
      const tac = providers.find((p) => p.provider === 'TAC');
      expect(tac).toEqual({ provider: 'TAC', mode: 'LIVE', healthy: true, endpoint: emu.url, apiVersion: 'v1' });
      expect(JSON.stringify(providers)).not.toContain(emu.env.CSP_API_TOKEN);
    });

    it('is SANDBOX against the built-in emulator when there are no credentials and GATEWAY_SANDBOX=auto', async () => {
      // A Docker host is named so that only the credential-less providers run against emulators.
      const sandbox = await startTestGateway({ GATEWAY_SANDBOX: 'auto', DOCKER_HOST: 'tcp://127.0.0.1:9' });
      extra.push(sandbox);
      const res = await data({ document: TacSandboxCheckDocument }, sandbox);
      expect(res.providers.find((p) => p.provider === 'TAC')).toMatchObject({ mode: 'SANDBOX', healthy: true, endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
      expect(res.providers.find((p) => p.provider === 'TAC')?.endpoint).not.toBe(emu.url);
      expect(res.baseImages?.edges).toHaveLength(3);
      expect(res.baseImages?.totalCount).toBeGreaterThan(3);
    });

    it('is DISABLED without credentials when GATEWAY_SANDBOX=off, and its fields say so', async () => {
      const off = await startTestGateway({});
      extra.push(off);
      const res = await data({ document: TacProvidersDocument }, off);
      expect(res.providers.find((p) => p.provider === 'TAC')?.mode).toBe('DISABLED');
      const list = await off.execute({ document: TacBaseImageIdsDocument, variables: { first: 1 } });
      expect(list.data).toEqual({ baseImages: null }); // nullable root field: only it is lost
      expect(list.expectError().extensions).toMatchObject({ code: 'UNSUPPORTED_OPERATION', provider: 'TAC' });
    });
  });

  describe('baseImages', () => {
    it('pages through the whole list, every base image exactly once, one TAC call per page within page_size ≤ 100', async () => {
      const { nodes, callsPerPage, total } = await pageThrough(7);
      const ids = nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(liveBaseImages().length);
      expect(total).toBe(ids.length);
      expect(new Set(nodes.map((n) => decode(n.id).split(':')[2]))).toEqual(new Set(liveBaseImages().map((b) => b.id)));
      expect(callsPerPage.every((c) => c === 1)).toBe(true);
      const sizes = emu.requests.filter((r) => r.path === '/v1/base-images' && r.method === 'GET').map((r) => Number(new URL(r.rawUrl, emu.url).searchParams.get('page_size')));
      expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
    });

    it('keeps its place when first changes between pages, and refuses first above 100 before any call', async () => {
      const all = (await pageThrough(100)).nodes.map((n) => n.id);
      expect(all.length).toBe(liveBaseImages().length);
      const from = emu.requests.length;
      const big = await gw.execute({ document: TacBaseImagesPageDocument, variables: { first: 500 } });
      expect(big.expectError().extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'first' }] });
      expect(apiCalls(from)).toEqual([]);
      // 13, then 90 from index 13 (two TAC pages), then the rest.
      const ids: string[] = [];
      let after: string | null | undefined = null;
      for (const first of [13, 90, 100]) {
        const baseImages = await page({ first, after });
        ids.push(...baseImages.edges.map((e) => e.node.id));
        after = baseImages.pageInfo.endCursor;
      }
      expect(ids).toEqual(all.slice(0, 203));
    });

    it('filters by status and by name', async () => {
      const deleted = await pageThrough(50, { statuses: ['DELETED'] });
      expect(deleted.nodes.length).toBeGreaterThan(0);
      expect(deleted.nodes.every((n) => n.status === 'DELETED')).toBe(true);
      expect(deleted.nodes.length).toBe([...emu.store.baseImages.values()].filter((b) => b.status === 'DELETED').length);

      const photon = await pageThrough(50, { name: 'photon' });
      expect(photon.nodes.length).toBeGreaterThan(0);
      expect(photon.nodes.every((n) => /photon/i.test(n.name))).toBe(true);
      expect(photon.total).toBe(liveBaseImages().filter((b) => /photon/i.test(b.name)).length);

      const from = emu.requests.length;
      await page({ first: 5, filter: { statuses: ['DEPRECATED', 'DELETED'], name: 'debian' } });
      expect(apiCalls(from)[0]?.rawUrl).toBe('/v1/base-images?page=1&page_size=5&statuses=DEPRECATED%2CDELETED&name=debian');
    });

    it('refuses a cursor it did not issue and backward paging, before any call', async () => {
      const from = emu.requests.length;
      const bad = await gw.execute({ document: TacBaseImagesPageDocument, variables: { first: 5, after: 'bm90LWEtY3Vyc29y' } });
      expect(bad.expectError().extensions).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'after', message: expect.any(String) }] });
      // Raw on purpose: `last` is not in the schema, so this document cannot be typed.
      const back = await gw.raw('{ baseImages(last: 5) { edges { cursor } } }');
      expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' }); // lists page forward only: no `last` in the schema
      expect(emu.requests.length).toBe(from);
    });
  });

  describe('operating systems and registries (DataLoader)', () => {
    it('makes no OS or registry call when the query asks only for what the list embeds', async () => {
      const from = emu.requests.length;
      const { baseImages } = await data({ document: TacBaseImagesEmbeddedDocument });
      expect(baseImages?.edges).toHaveLength(100);
      expect(baseImages?.edges.every((e) => e.node.operatingSystem?.distro && e.node.registry?.url)).toBe(true);
      expect(apiCalls(from, /^\/v1\/operating-systems\//)).toHaveLength(0);
      expect(apiCalls(from, /^\/v1\/registries/)).toHaveLength(0);
      expect(apiCalls(from)).toHaveLength(1);
    });

    it('loads each distinct operating system once for a page of 100 asking fields the list does not embed (≤ 3 calls)', async () => {
      const from = emu.requests.length;
      const baseImages = (await data({ document: TacBaseImagesLoadedDocument })).baseImages!;
      const osIds = new Set(baseImages.edges.map((e) => e.node.operatingSystem?.id));
      const registryIds = new Set(baseImages.edges.map((e) => e.node.registry?.id));
      const osCalls = apiCalls(from, /^\/v1\/operating-systems\//);
      expect(osCalls.length).toBe(osIds.size);
      expect(osCalls.length).toBeLessThanOrEqual(3);
      expect(apiCalls(from, /^\/v1\/registries\//).length).toBe(registryIds.size);
      const sample = baseImages.edges[0]?.node.operatingSystem;
      const wire = emu.store.operatingSystems.get(decode(sample?.id ?? '').split(':')[2] ?? '');
      expect(sample).toMatchObject({ name: wire?.name, fipsCompliant: wire?.fips_compliant, status: wire?.status });
    });
  });

  describe('node(id)', () => {
    it('refetches a BaseImage, a Registry and an OperatingSystem by their global ids', async () => {
      const { baseImages } = await data({ document: TacFirstBaseImageDocument });
      const image = baseImages!.edges[0]!.node;
      expect(decode(image.id)).toMatch(/^BaseImage:TAC:[0-9a-f-]{36}$/);
      expect(decode(image.operatingSystem?.id ?? '')).toMatch(/^OperatingSystem:TAC:/);
      expect(decode(image.registry?.id ?? '')).toMatch(/^Registry:TAC:/);
      const res = await data({ document: TacRefetchDocument, variables: { ids: [image.id, image.registry!.id, image.operatingSystem!.id] } });
      expect(res.nodes.map((n) => [n?.__typename, n?.id, n && 'name' in n ? n.name : undefined])).toEqual([
        ['BaseImage', image.id, image.name],
        ['Registry', image.registry?.id, image.registry?.name],
        ['OperatingSystem', image.operatingSystem?.id, image.operatingSystem?.name],
      ]);
      expect(expectTypename(res.nodes[1], 'Registry').registryProvider).toEqual(expect.any(String));
      expect(expectTypename(res.nodes[2], 'OperatingSystem').distroless).toEqual(expect.any(Boolean));
    });

    it('answers NotFound for a base image TAC does not have (404)', async () => {
      const res = await gw.execute({ document: TacNodeIdDocument, variables: { id: encodeId('BaseImage', 'TAC', randomUUID()) } });
      expect(res.data?.node).toBeNull();
      expect(res.expectError().extensions).toMatchObject({ code: 'NOT_FOUND', provider: 'TAC' });
    });
  });

  describe('registries', () => {
    it('pages through TAC registries with their details', async () => {
      const registries = (await data({ document: TacRegistriesDocument, variables: { first: 2 } })).registries!;
      const live = [...emu.store.registries.values()].filter((r) => !r.removed_at);
      expect(registries.totalCount).toBe(live.length);
      expect(registries.edges).toHaveLength(Math.min(2, live.length));
      const rest = (await data({ document: TacRegistriesDocument, variables: { first: 100, after: registries.pageInfo.endCursor } })).registries!;
      const ids = [...registries.edges, ...rest.edges].map((e) => e.node.id);
      expect(new Set(ids).size).toBe(live.length);
    });
  });

  describe('mutations', () => {
    const create = async (input: CreateBaseImageInput) => (await data({ document: TacCreateBaseImageDocument, variables: { input } })).createBaseImage;
    const update = async (input: { id: string; name?: string; description?: string }) => (await data({ document: TacUpdateBaseImageDocument, variables: { input } })).updateBaseImage;
    const remove = async (id: string) => (await data({ document: TacDeleteBaseImageDocument, variables: { input: { id } } })).deleteBaseImage;

    let registryId: string;
    let operatingSystemId: string;
    const input = (over: Partial<CreateBaseImageInput> = {}): CreateBaseImageInput => ({
      name: `acme-node-${randomUUID().slice(0, 8)}`,
      description: 'ACME Node.js runtime',
      registryId,
      containerImage: 'harbor.acme.example/base/node:20.11',
      operatingSystemId,
      ...over,
    });

    beforeAll(async () => {
      const { registries } = await data({ document: TacRegistriesDocument, variables: { first: 100 } });
      registryId = registries?.edges.find((e) => e.node.name === 'acme-harbor')?.node.id ?? '';
      const { baseImages } = await data({ document: TacFirstBaseImageDocument, variables: { filter: { name: 'photon' } } });
      operatingSystemId = baseImages?.edges[0]?.node.operatingSystem?.id ?? '';
      expect(registryId).not.toBe('');
      expect(operatingSystemId).not.toBe('');
    });

    it('createBaseImage POSTs, follows the Location and returns the created base image', async () => {
      const from = emu.requests.length;
      const wanted = input();
      const r = await create(wanted);
      expect(r.__typename).toBe('CreateBaseImageSuccess');
      const { baseImage } = expectTypename(r, 'CreateBaseImageSuccess');
      expect(baseImage).toMatchObject({ name: wanted.name, description: wanted.description, containerImage: wanted.containerImage, status: 'ACTIVE' });
      expect(baseImage.registry?.id).toBe(registryId);
      expect(baseImage.operatingSystem?.id).toBe(operatingSystemId);
      const localId = decode(baseImage.id).split(':')[2];
      expect(apiCalls(from).map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual(['POST /v1/base-images 201', `GET /v1/base-images/${localId} 200`]);
      expect(emu.receivedBodies.at(-1)?.body).toEqual({
        name: wanted.name,
        description: wanted.description,
        registry_id: decode(registryId).split(':')[2],
        container_image: wanted.containerImage,
        operating_system_id: decode(operatingSystemId).split(':')[2],
      });
    });

    it('createBaseImage answers ValidationError naming each broken field before any call', async () => {
      const from = emu.requests.length;
      const cases: [Partial<CreateBaseImageInput>, string[]][] = [
        [{ containerImage: 'debian:12' }, ['input.containerImage']],
        [{ containerImage: 'docker.io/library/debian' }, ['input.containerImage']],
        [{ name: '  ', containerImage: 'docker.io/library/debian@sha256:abc' }, ['input.containerImage', 'input.name']],
        // A global id of the wrong type, and one that is no id at all.
        [{ registryId: operatingSystemId, operatingSystemId: 'not-an-id' }, ['input.operatingSystemId', 'input.registryId']],
        // Right type, wrong provider.
        [{ registryId: encodeId('Registry', 'SWR', 'x') }, ['input.registryId']],
      ];
      for (const [over, paths] of cases) {
        const r = await create(input(over));
        expect(r.__typename).toBe('ValidationError');
        expect(expectTypename(r, 'ValidationError').fieldErrors.map((e) => e.path).sort()).toEqual(paths);
      }
      expect(emu.requests.length).toBe(from);
    });

    it('maps TAC 400 violations to field errors', async () => {
      const unknownRegistry = encodeId('Registry', 'TAC', randomUUID());
      const r = await create(input({ registryId: unknownRegistry }));
      expect(r.__typename).toBe('ValidationError');
      expect(expectTypename(r, 'ValidationError').fieldErrors).toEqual([{ path: 'input.registryId', message: 'registry not found' }]);
    });

    it('updateBaseImage PATCHes then reads back; deleteBaseImage answers the deleted id', async () => {
      const id = expectTypename(await create(input()), 'CreateBaseImageSuccess').baseImage.id;
      const from = emu.requests.length;
      const updated = await update({ id, name: 'acme-node-renamed', description: 'Renamed' });
      expect(updated).toMatchObject({ __typename: 'UpdateBaseImageSuccess', baseImage: { id, name: 'acme-node-renamed', description: 'Renamed' } });
      expect(apiCalls(from).map((c) => `${c.method} ${c.status}`)).toEqual(['PATCH 204', 'GET 200']);
      expect(emu.receivedBodies.at(-1)?.body).toEqual({ name: 'acme-node-renamed', description: 'Renamed' });

      const deleted = await remove(id);
      expect(deleted).toEqual({ __typename: 'DeleteBaseImageSuccess', deletedId: id });
      const localId = decode(id).split(':')[2] ?? '';
      expect(emu.store.baseImages.get(localId)?.status).toBe('DELETED');

      // Gone now: TAC answers 404, the graph NotFoundError.
      const again = await remove(id);
      expect(again).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
      const missing = await update({ id: encodeId('BaseImage', 'TAC', randomUUID()), name: 'x' });
      expect(missing).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    });

    it('updateBaseImage and deleteBaseImage validate before any call', async () => {
      const from = emu.requests.length;
      const someImage = encodeId('BaseImage', 'TAC', randomUUID());
      const nothing = await update({ id: someImage });
      expect(expectTypename(nothing, 'ValidationError').fieldErrors.map((e) => e.path)).toEqual(['input']);
      const blank = await update({ id: someImage, name: ' ' });
      expect(expectTypename(blank, 'ValidationError').fieldErrors.map((e) => e.path)).toEqual(['input.name']);
      const wrongType = await remove(registryId);
      expect(wrongType).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED' });
      const notUuid = await remove(encodeId('BaseImage', 'TAC', 'debian-12'));
      expect(notUuid).toMatchObject({ __typename: 'ValidationError' });
      expect(emu.requests.length).toBe(from);
    });
  });

  describe('upstream failures', () => {
    // Four failed calls in a row open TAC's circuit breaker (as they should); later tests need it closed.
    afterAll(() => new Promise((resolve) => setTimeout(resolve, 5_100)));

    it('429 after the retries: RateLimitedError with Retry-After, on a list and on a mutation', async () => {
      emu.faults.retryAfterSeconds = 0;
      emu.faults.pathPattern = /^\/v1\//;
      emu.faults.failNext = { count: 3, status: 429 };
      const list = await gw.execute({ document: TacBaseImagesPageDocument, variables: { first: 5 } });
      expect(list.data).toEqual({ baseImages: null }); // nullable root field: only it is lost
      expect(list.expectError().extensions).toMatchObject({ code: 'RATE_LIMITED', provider: 'TAC', retryAfterSeconds: 0 });

      // PATCH is not retried (not idempotent): the first 429 is the answer.
      emu.faults.failNext = { count: 1, status: 429 };
      const { baseImages } = await data({ document: TacBaseImageIdsDocument, variables: { first: 1 } });
      emu.faults.failNext = { count: 1, status: 429 };
      const res = await gw.execute({ document: TacUpdateBaseImageRateLimitedDocument, variables: { input: { id: baseImages!.edges[0]!.node.id, description: 'x' } } });
      expect(res.expectNoErrors().updateBaseImage).toEqual({ __typename: 'RateLimitedError', retryAfterSeconds: 0, provider: 'TAC' });
    });

    it('5xx after the retries: UpstreamError with the status and TAC’s problem code', async () => {
      emu.faults.pathPattern = /^\/v1\//;
      emu.faults.failNext = { count: 3, status: 503 };
      const list = await gw.execute({ document: TacBaseImagesPageDocument, variables: { first: 5 } });
      expect(list.data).toEqual({ baseImages: null }); // nullable root field: only it is lost
      expect(list.expectError().extensions).toMatchObject({ code: 'UPSTREAM_ERROR', provider: 'TAC', status: 503, upstreamCode: 'service-unavailable' });
      expect(emu.faults.failNext?.count).toBe(0);

      // DELETE is idempotent, so it is retried like a GET: every attempt fails here.
      emu.faults.failNext = { count: 3, status: 500 };
      const res = await gw.execute({ document: TacDeleteBaseImageUpstreamDocument, variables: { id: encodeId('BaseImage', 'TAC', randomUUID()) } });
      expect(res.expectNoErrors().deleteBaseImage).toEqual({ __typename: 'UpstreamError', status: 500, upstreamCode: 'internal-server-error', provider: 'TAC' });
    });
  });

  describe('CSP authentication', () => {
    it('re-exchanges an expired access token transparently', async () => {
      await page({ first: 1 });
      const exchanges = emu.tokenExchanges;
      emu.revokeAccessTokens();
      const baseImages = await page({ first: 1 });
      expect(baseImages.edges).toHaveLength(1);
      expect(emu.tokenExchanges).toBe(exchanges + 1);
    });

    it('an access token TAC keeps refusing surfaces as ForbiddenError (401), never an empty success', async () => {
      emu.faults.pathPattern = /^\/v1\//;
      emu.faults.failNext = { count: 2, status: 401 };
      const list = await gw.execute({ document: TacBaseImagesPageDocument, variables: { first: 5 } });
      expect(list.data).toEqual({ baseImages: null }); // nullable root field: only it is lost
      expect(list.expectError().extensions).toMatchObject({ code: 'FORBIDDEN', provider: 'TAC' });
    });

    describe('with an invalid CSP API token', () => {
      let bad: TestGateway;
      beforeAll(async () => {
        bad = await startTestGateway({ ...emu.env, CSP_API_TOKEN: 'revoked-or-expired-api-token' });
        extra.push(bad);
      });

      it('answers a list with ForbiddenError carrying CSP’s code, and no data', async () => {
        const res = await bad.execute({ document: TacBaseImagesPageDocument, variables: { first: 5 } });
        expect(res.data).toEqual({ baseImages: null });
        const error = res.expectError();
        expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', provider: 'TAC' });
        expect(error.message).toContain('invalid_grant');
        expect(JSON.stringify(res)).not.toContain('revoked-or-expired-api-token');
      });

      it('answers a mutation with ForbiddenError { upstreamCode } and sends nothing to TAC', async () => {
        const from = emu.requests.length;
        const res = await bad.execute({
          document: TacCreateBaseImageDocument,
          variables: {
            input: {
              name: 'x',
              description: '',
              containerImage: 'docker.io/library/debian:12',
              registryId: encodeId('Registry', 'TAC', randomUUID()),
              operatingSystemId: encodeId('OperatingSystem', 'TAC', randomUUID()),
            },
          },
        });
        expect(res.expectNoErrors().createBaseImage).toMatchObject({ __typename: 'ForbiddenError', upstreamCode: 'invalid_grant', provider: 'TAC' });
        expect(apiCalls(from)).toHaveLength(0);
      });

      it('reports the provider unhealthy', async () => {
        const res = await data({ document: TacProviderHealthDocument }, bad);
        expect(res.providers.find((p) => p.provider === 'TAC')).toMatchObject({ mode: 'LIVE', healthy: false, error: expect.stringContaining('invalid_grant') });
      });
    });
  });
});
