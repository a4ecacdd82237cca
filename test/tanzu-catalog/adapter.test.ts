import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TAC_EMULATOR_API_TOKEN, startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import { ForbiddenError, NotFoundError, RateLimitedError, UpstreamError, ValidationError } from '../../src/core/errors.js';
import { baseImageIdFromLocation, createTacAdapter, type TacAdapterConfig } from '../../src/providers/tanzu-catalog/adapter.js';
import { TAC_MAX_PAGE_SIZE, validateBaseImageInput } from '../../src/providers/tanzu-catalog/validate.js';
import { parseTacError, violationFieldToInputPath } from '../../src/providers/tanzu-catalog/client.js';
import type { BaseImageRecord, CreateBaseImageInput } from '../../src/providers/tanzu-catalog/port.js';

type Adapter = ReturnType<typeof createTacAdapter>;
const FAST_RETRY: TacAdapterConfig['transport'] = { retry: { maxRetries: 2, minDelayMs: 10, maxDelayMs: 50 } };
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

function adapterFor(emu: TacEmulator, overrides: Partial<TacAdapterConfig> = {}): Adapter {
  return createTacAdapter({ apiUrl: emu.url, cspUrl: emu.url, apiToken: TAC_EMULATOR_API_TOKEN, transport: FAST_RETRY, ...overrides });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

const apiRequests = (emu: TacEmulator) => emu.requests.filter((r) => r.path.startsWith('/v1/'));

describe('createTacAdapter', () => {
  let emu: TacEmulator;
  let tac: Adapter;
  let registryId: string;
  let osId: string;
  const validInput = (): CreateBaseImageInput => ({
    name: 'acme-node',
    description: 'ACME Node.js runtime',
    registryId,
    containerImage: 'harbor.acme.example/base/node:20.11',
    operatingSystemId: osId,
  });

  beforeAll(async () => {
    emu = await startTacEmulator();
    tac = adapterFor(emu);
    const registry = [...emu.store.registries.values()].find((r) => r.name === 'acme-harbor');
    const os = [...emu.store.operatingSystems.values()].find((o) => o.name === 'Debian 12');
    registryId = registry?.id ?? '';
    osId = os?.id ?? '';
  });
  afterAll(async () => {
    await tac.close();
    await emu.close();
  });
  afterEach(() => {
    emu.faults.failNext = undefined;
    emu.faults.pathPattern = undefined;
  });

  describe('listBaseImages', () => {
    it('maps a page of wire items to records, with the embedded operating system and registry', async () => {
      const page = await tac.listBaseImages({ page: 1, pageSize: 100 });
      expect(page.items).toHaveLength(100);
      expect(page.hasNextPage).toBe(true);
      expect(page.total).toBe(120);
      const first = page.items[0] as BaseImageRecord;
      const wire = emu.store.baseImages.get(first.id);
      expect(first).toMatchObject({
        provider: 'TAC',
        name: wire?.name,
        description: wire?.description,
        containerImage: wire?.container_image,
        status: wire?.status,
        packagingType: 'CONTAINER_IMAGE',
        operatingSystemId: wire?.operating_system_id,
        registryId: wire?.registry_id,
        operatingSystem: { id: wire?.operating_system_id, distro: 'debian', version: '12' },
        removedAt: null,
      });
      expect(first.createdAt).toEqual(new Date(wire?.created_at ?? ''));
      expect(first.platforms[0]).toEqual({ osFamily: 'linux', architecture: 'amd64' });
      expect(first.pullRegistry?.lastCheckedAt).toBeInstanceOf(Date);
      expect(new Set(page.items.map((i) => i.operatingSystemId)).size).toBeLessThanOrEqual(3);
    });

    it('sends statuses comma-separated (style form, explode false) and the name filter', async () => {
      const page = await tac.listBaseImages({ statuses: ['DEPRECATED', 'DELETED'], name: 'debian', pageSize: 50 });
      expect(page.items.every((i) => i.status === 'DEPRECATED' || i.status === 'DELETED')).toBe(true);
      expect(page.items.some((i) => i.status === 'DELETED')).toBe(true);
      expect(page.hasNextPage).toBe(false);
      expect(emu.requests.at(-1)?.rawUrl).toBe('/v1/base-images?page=1&page_size=50&statuses=DEPRECATED%2CDELETED&name=debian');
    });

    it('rejects a page size above the TAC limit before any call', async () => {
      const before = emu.requests.length;
      const err = await rejection(tac.listBaseImages({ pageSize: TAC_MAX_PAGE_SIZE + 1 }));
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fieldErrors.map((e) => e.path)).toEqual(['pageSize']);
      expect(emu.requests.length).toBe(before);
    });
  });

  describe('getBaseImages', () => {
    it('answers in key order, one GET per distinct id, errors per key', async () => {
      const [a, b] = (await tac.listBaseImages({ pageSize: 2 })).items;
      const before = apiRequests(emu).length;
      const result = await tac.getBaseImages([b?.id ?? '', MISSING_ID, a?.id ?? '', b?.id ?? '', 'not-a-uuid']);
      expect((result[0] as BaseImageRecord).id).toBe(b?.id);
      expect(result[1]).toBeInstanceOf(NotFoundError);
      expect((result[2] as BaseImageRecord).id).toBe(a?.id);
      expect((result[3] as BaseImageRecord).id).toBe(b?.id);
      expect(result[4]).toBeInstanceOf(NotFoundError);
      // a, b and the missing id; the malformed one costs no call.
      expect(apiRequests(emu).length - before).toBe(3);
    });
  });

  describe('createBaseImage', () => {
    it('POSTs, follows the Location of the 201 and returns the created record', async () => {
      const created = await tac.createBaseImage(validInput());
      expect(created).toMatchObject({ name: 'acme-node', containerImage: 'harbor.acme.example/base/node:20.11', status: 'ACTIVE', registryId, operatingSystemId: osId });
      const last = emu.requests.slice(-2).map((r) => `${r.method} ${r.path} ${r.status}`);
      expect(last).toEqual(['POST /v1/base-images 201', `GET /v1/base-images/${created.id} 200`]);
    });

    it('validates before any upstream call, including the token exchange', async () => {
      const fresh = await startTacEmulator({ seed: false });
      const onCall = vi.fn();
      const adapter = adapterFor(fresh, { onCall });
      try {
        const err = await rejection(adapter.createBaseImage({ ...validInput(), name: '', containerImage: 'debian:12', registryId: 'harbor' }));
        expect(err).toBeInstanceOf(ValidationError);
        expect((err as ValidationError).fieldErrors.map((e) => e.path).sort()).toEqual(['input.containerImage', 'input.name', 'input.registryId']);
        expect(fresh.requests).toHaveLength(0);
        expect(fresh.tokenExchanges).toBe(0);
        expect(onCall).not.toHaveBeenCalled();
      } finally {
        await adapter.close();
        await fresh.close();
      }
    });

    it('maps TAC 400 violations to a ValidationError with our input paths', async () => {
      const err = await rejection(tac.createBaseImage({ ...validInput(), registryId: MISSING_ID }));
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fieldErrors).toEqual([{ path: 'input.registryId', message: 'registry not found' }]);
      expect((err as ValidationError).provider).toBe('TAC');
    });
  });

  describe('updateBaseImage', () => {
    it('PATCHes (204) then GETs the updated record', async () => {
      const target = (await tac.listBaseImages({ name: 'photon-5-go' })).items[0];
      const updated = await tac.updateBaseImage(target?.id ?? '', { name: 'photon-5-go-renamed', description: null });
      expect(updated).toMatchObject({ id: target?.id, name: 'photon-5-go-renamed', description: target?.description });
      expect(emu.receivedBodies.at(-1)).toEqual({ method: 'PATCH', path: `/v1/base-images/${target?.id ?? ''}`, body: { name: 'photon-5-go-renamed' } });
    });

    it('answers NotFoundError for an unknown id and ValidationError for an empty update', async () => {
      expect(await rejection(tac.updateBaseImage(MISSING_ID, { description: 'x' }))).toBeInstanceOf(NotFoundError);
      const err = await rejection(tac.updateBaseImage(MISSING_ID, {}));
      expect((err as ValidationError).fieldErrors).toEqual([{ path: 'input', message: 'name or description is required' }]);
    });
  });

  describe('deleteBaseImage', () => {
    it('deletes (204); the image then reads as DELETED and a second delete is NotFound', async () => {
      const target = (await tac.listBaseImages({ name: 'ubuntu-22.04-php' })).items[0];
      await tac.deleteBaseImage(target?.id ?? '');
      const [after] = await tac.getBaseImages([target?.id ?? '']);
      expect((after as BaseImageRecord).status).toBe('DELETED');
      expect((after as BaseImageRecord).removedAt).toBeInstanceOf(Date);
      expect(await rejection(tac.deleteBaseImage(target?.id ?? ''))).toBeInstanceOf(NotFoundError);
    });
  });

  describe('listRegistries and getRegistries', () => {
    it('maps registries and loads them by id in key order', async () => {
      const page = await tac.listRegistries({});
      expect(page.items).toHaveLength(4);
      expect(page.hasNextPage).toBe(false);
      const gar = page.items.find((r) => r.registryProvider === 'GOOGLE_ARTIFACT_REGISTRY');
      expect(gar).toMatchObject({ healthy: false, unhealthyCause: expect.stringContaining('401'), owned: true, flavor: 'STANDALONE' });
      const loaded = await tac.getRegistries([registryId, MISSING_ID]);
      expect(loaded[0]).toMatchObject({ id: registryId, name: 'acme-harbor', registryProvider: 'HARBOR' });
      expect(loaded[1]).toBeInstanceOf(NotFoundError);
    });
  });

  describe('getOperatingSystems', () => {
    it('makes one call per distinct id and maps every field', async () => {
      const ids = [...emu.store.operatingSystems.keys()];
      const debian11 = ids[0] ?? '';
      const before = apiRequests(emu).length;
      const result = await tac.getOperatingSystems([debian11, osId, debian11, osId]);
      expect(apiRequests(emu).length - before).toBe(2);
      expect(result[0]).toMatchObject({ id: debian11, name: 'Debian 11', status: 'DEPRECATED', replacedById: osId, distroless: false });
      expect(result[2]).toBe(result[0]);
      expect(result[1]).toMatchObject({ id: osId, name: 'Debian 12', version: '12' });
    });
  });

  describe('CSP authentication', () => {
    let own: TacEmulator | undefined;
    let adapter: Adapter | undefined;
    afterEach(async () => {
      vi.useRealTimers();
      await adapter?.close();
      await own?.close();
      adapter = undefined;
      own = undefined;
    });

    it('caches the access token across calls', async () => {
      own = await startTacEmulator({ seed: false });
      adapter = adapterFor(own);
      await adapter.listRegistries({});
      await adapter.listRegistries({});
      await adapter.getOperatingSystems([osId]);
      expect(own.tokenExchanges).toBe(1);
    });

    it('single-flights the exchange: 20 concurrent calls trigger exactly one', async () => {
      own = await startTacEmulator({ seed: false });
      adapter = adapterFor(own);
      const current = adapter;
      const results = await Promise.all(Array.from({ length: 20 }, () => current.listRegistries({})));
      expect(results.every((p) => p.items.length === 4)).toBe(true);
      expect(own.tokenExchanges).toBe(1);
    });

    it('refreshes a short-lived token before it expires (no 401 on the way)', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      own = await startTacEmulator({ seed: false, accessTokenTtlSeconds: 10 });
      adapter = adapterFor(own);
      const start = Date.now();
      await adapter.listRegistries({});
      vi.setSystemTime(start + 8_500);
      await adapter.listRegistries({});
      expect(own.tokenExchanges).toBe(1);
      // 10 % of 10 s early: at 9.5 s the cached token (valid until 10 s) is replaced.
      vi.setSystemTime(start + 9_500);
      await adapter.listRegistries({});
      expect(own.tokenExchanges).toBe(2);
      expect(own.unauthorizedRequests).toBe(0);
    });

    it('refreshes a 30-minute token 60 s early', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      own = await startTacEmulator({ seed: false });
      adapter = adapterFor(own);
      const start = Date.now();
      await adapter.listRegistries({});
      vi.setSystemTime(start + 1_799_000 - 61_000);
      await adapter.listRegistries({});
      expect(own.tokenExchanges).toBe(1);
      vi.setSystemTime(start + 1_799_000 - 59_000);
      await adapter.listRegistries({});
      expect(own.tokenExchanges).toBe(2);
      expect(own.unauthorizedRequests).toBe(0);
    });

    it('on 401 invalidates the token and retries the call once with a fresh one', async () => {
      own = await startTacEmulator({ seed: false });
      adapter = adapterFor(own);
      await adapter.listRegistries({});
      own.revokeAccessTokens();
      const current = adapter;
      // Concurrent 401s still cost one re-exchange.
      const pages = await Promise.all(Array.from({ length: 5 }, () => current.listRegistries({})));
      expect(pages.every((p) => p.items.length === 4)).toBe(true);
      expect(own.unauthorizedRequests).toBe(5);
      expect(own.tokenExchanges).toBe(2);
    });

    it('gives up after one retry: a second 401 is a ForbiddenError', async () => {
      own = await startTacEmulator({ seed: false, faults: { pathPattern: /^\/v1\//, failNext: { count: 2, status: 401 } } });
      adapter = adapterFor(own);
      const err = await rejection(adapter.listRegistries({}));
      expect(err).toBeInstanceOf(ForbiddenError);
      expect((err as ForbiddenError).status).toBe(401);
      expect(apiRequests(own).map((r) => r.status)).toEqual([401, 401]);
      expect(own.tokenExchanges).toBe(2);
    });

    it('maps a refused API token to ForbiddenError without leaking the token', async () => {
      own = await startTacEmulator({ seed: false });
      const secret = 'wrong-api-token-0123456789';
      adapter = adapterFor(own, { apiToken: secret });
      const err = await rejection(adapter.listRegistries({}));
      expect(err).toBeInstanceOf(ForbiddenError);
      expect((err as ForbiddenError).upstreamCode).toBe('invalid_grant');
      expect((err as ForbiddenError).provider).toBe('TAC');
      expect(String((err as Error).message)).not.toContain(secret);
      expect(JSON.stringify(err)).not.toContain(secret);
      expect(apiRequests(own)).toHaveLength(0);
      expect(own.refusedExchanges).toBe(1);
    });
  });

  describe('upstream failures', () => {
    it('maps 404 to NotFoundError with the problem type as code', async () => {
      const [result] = await tac.getBaseImages([MISSING_ID]);
      expect(result).toBeInstanceOf(NotFoundError);
      expect((result as NotFoundError).upstreamCode).toBe('not-found');
      expect((result as NotFoundError).message).toContain(MISSING_ID);
    });

    it('maps 429 to RateLimitedError after the retries, with Retry-After', async () => {
      await tac.listRegistries({});
      emu.faults.pathPattern = /^\/v1\//;
      emu.faults.retryAfterSeconds = 0;
      emu.faults.failNext = { count: 3, status: 429 };
      const err = await rejection(tac.listRegistries({}));
      expect(err).toBeInstanceOf(RateLimitedError);
      expect((err as RateLimitedError).retryAfterSeconds).toBe(0);
      emu.faults.retryAfterSeconds = 1;
    });

    it('retries a 5xx on GET and succeeds', async () => {
      await tac.listRegistries({});
      emu.faults.pathPattern = /^\/v1\//;
      emu.faults.failNext = { count: 2, status: 503 };
      const before = apiRequests(emu).length;
      const page = await tac.listRegistries({});
      expect(page.items).toHaveLength(4);
      expect(apiRequests(emu).slice(before).map((r) => r.status)).toEqual([503, 503, 200]);
    });

    it('maps a persistent 5xx to UpstreamError with status and code', async () => {
      emu.faults.pathPattern = /^\/v1\//;
      emu.faults.failNext = { count: 3, status: 500 };
      const err = await rejection(tac.listRegistries({}));
      expect(err).toBeInstanceOf(UpstreamError);
      expect(err).toMatchObject({ status: 500, upstreamCode: 'internal-server-error', upstreamProvider: 'TAC' });
    });

    it('does not retry a non-idempotent POST on 5xx', async () => {
      emu.faults.pathPattern = /^\/v1\/base-images$/;
      emu.faults.failNext = { count: 1, status: 503 };
      const before = apiRequests(emu).length;
      const err = await rejection(tac.createBaseImage(validInput()));
      expect(err).toMatchObject({ status: 503 });
      expect(apiRequests(emu).length - before).toBe(1);
    });
  });
});

describe('validateBaseImageInput', () => {
  const ok = { name: 'n', description: '', registryId: MISSING_ID, operatingSystemId: MISSING_ID };
  it.each(['docker.io/library/debian:11', 'harbor.acme.example:8443/base/node:20.11', 'acme/debian:12-slim', 'europe-docker.pkg.dev/acme-prod/base/ubi9:9.4'])(
    'accepts %s',
    (containerImage) => {
      expect(validateBaseImageInput({ ...ok, containerImage })).toEqual([]);
    },
  );
  it.each(['debian:11', 'docker.io/library/debian', 'Acme/Debian:11', 'acme/debian@sha256:abc', 'acme/debian:', 'acme//debian:1'])('rejects %s', (containerImage) => {
    expect(validateBaseImageInput({ ...ok, containerImage }).map((e) => e.path)).toEqual(['input.containerImage']);
  });
  it('names every missing field', () => {
    expect(validateBaseImageInput({}).map((e) => e.path)).toEqual(['input.name', 'input.description', 'input.registryId', 'input.operatingSystemId', 'input.containerImage']);
  });
});

describe('parseTacError', () => {
  it('reads problem+json violations into input paths', () => {
    const parsed = parseTacError(
      400,
      JSON.stringify({ type: 'https://example.com/probs/validation-error', title: 'Validation error', status: 400, detail: 'bad', violations: [{ field: 'container_image', message: 'bad format' }, { field: 'createBaseImage.request.operatingSystemId', message: 'x' }] }),
    );
    expect(parsed).toEqual({
      code: 'validation-error',
      message: 'Validation error: bad',
      fieldErrors: [
        { path: 'input.containerImage', message: 'bad format' },
        { path: 'input.operatingSystemId', message: 'x' },
      ],
    });
  });
  it('survives a body that is not JSON', () => {
    expect(parseTacError(502, '<html>bad gateway</html>')).toEqual({ code: 'HTTP_502', message: 'HTTP 502' });
  });
  it('maps special violation fields', () => {
    expect(violationFieldToInputPath('base_image_id')).toBe('input.id');
    expect(violationFieldToInputPath('')).toBe('input');
  });
});

describe('baseImageIdFromLocation', () => {
  it('takes the id from absolute and relative Locations only', () => {
    expect(baseImageIdFromLocation('https://elsewhere.example/v1/base-images/abc', 'https://api.example')).toBe('abc');
    expect(baseImageIdFromLocation('/v1/base-images/abc/', 'https://api.example')).toBe('abc');
    expect(baseImageIdFromLocation('/v1/registries/abc', 'https://api.example')).toBeUndefined();
    expect(baseImageIdFromLocation(undefined, 'https://api.example')).toBeUndefined();
  });
});
