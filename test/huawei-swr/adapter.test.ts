import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UpstreamError, ValidationError } from '../../src/core/errors.js';
import { createSwrAdapter, SWR_REPOSITORIES_PER_BATCH_CALL } from '../../src/providers/huawei-swr/adapter.js';
import { parseContentRangeTotal, parseSwrError } from '../../src/providers/huawei-swr/client.js';
import { validateNamespaceName, validateRepositoryName } from '../../src/providers/huawei-swr/validate.js';
import type { RepositoryRecord } from '../../src/providers/huawei-swr/port.js';

const CREDS = { ak: 'ADAPTERTESTAK0000001', sk: 'adapter-test-secret-0001' };
const TOKEN = 'adapter-iam-token';

let emu: RunningSwrEmulator;
let calls: { method: string; path: string; status: number | null }[] = [];
let swr: ReturnType<typeof createSwrAdapter>;

beforeAll(async () => {
  emu = await startSwrEmulator({ credentials: [CREDS], authToken: TOKEN });
  swr = createSwrAdapter({
    endpoint: emu.url,
    ak: CREDS.ak,
    sk: CREDS.sk,
    onCall: (c) => calls.push(c),
    retry: { maxRetries: 2, minDelayMs: 10, maxDelayMs: 50 },
  });
});
afterAll(async () => {
  await swr.close();
  await emu.close();
});
beforeEach(() => {
  calls = [];
  emu.faults.failNext = undefined;
});

describe('huawei-swr adapter', () => {
  describe('auth', () => {
    it('signed requests are accepted', async () => {
      const namespaces = await swr.listNamespaces();
      expect(namespaces.map((n) => n.name)).toEqual(expect.arrayContaining(['acme', 'platform', 'open.source']));
      expect(namespaces.find((n) => n.name === 'open.source')).toMatchObject({ provider: 'SWR', access: 'EDIT', creatorName: 'oss-bot' });
    });

    it('token mode sends X-Auth-Token', async () => {
      const viaToken = createSwrAdapter({ endpoint: emu.url, authToken: TOKEN });
      try {
        expect((await viaToken.listRepositories({ limit: 1 })).items).toHaveLength(1);
      } finally {
        await viaToken.close();
      }
    });

    it('a wrong secret ends in ForbiddenError without the secret in the message', async () => {
      const wrong = createSwrAdapter({ endpoint: emu.url, ak: CREDS.ak, sk: 'not-the-secret' });
      try {
        const err = await wrong.listNamespaces().catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ForbiddenError);
        expect((err as ForbiddenError).upstreamCode).toBe('APIG.0301');
        expect(String((err as Error).message)).not.toContain('not-the-secret');
      } finally {
        await wrong.close();
      }
    });

    it('a clock more than 15 minutes off is refused', async () => {
      const skewed = createSwrAdapter({ endpoint: emu.url, ...CREDS, now: () => new Date(Date.now() - 20 * 60_000) });
      try {
        await expect(skewed.listNamespaces()).rejects.toBeInstanceOf(ForbiddenError);
      } finally {
        await skewed.close();
      }
    });
  });

  describe('listRepositories', () => {
    it('maps a page and reads the total from Content-Range', async () => {
      const page = await swr.listRepositories({ offset: 0, limit: 100 });
      expect(calls).toHaveLength(1);
      expect(page.items).toHaveLength(100);
      expect(page.total).toBeGreaterThanOrEqual(120);
      expect(page.hasNextPage).toBe(true);
      const r = page.items[0]!;
      expect(r).toMatchObject({ provider: 'SWR', namespace: expect.any(String), name: expect.any(String), isPublic: expect.any(Boolean) });
      expect(r.tagNames.length).toBe(r.tagCount);
      expect(r.pullPath).toBe(`swr.ap-southeast-1.myhuaweicloud.com/${r.namespace}/${r.name}`);
      expect(r.createdAt).toBeInstanceOf(Date);
      expect(r.sizeBytes).toBeGreaterThan(0);
      const rest = await swr.listRepositories({ offset: 100, limit: 100 });
      expect(rest.hasNextPage).toBe(false);
      expect(rest.items.length).toBe(page.total! - 100);
    });

    it('filters by namespace, name and category (category sent as its wire value)', async () => {
      const page = await swr.listRepositories({ namespace: 'platform', name: 'base/', category: 'LINUX', limit: 1000 });
      for (const r of page.items) {
        expect(r.namespace).toBe('platform');
        expect(r.name).toContain('base/');
        expect(r.category).toBe('LINUX');
      }
      expect(emu.requests.at(-1)!.rawUrl).toContain('category=linux');
    });

    it('validates paging and filters with no upstream call', async () => {
      await expect(swr.listRepositories({ limit: 1001 })).rejects.toBeInstanceOf(ValidationError);
      await expect(swr.listRepositories({ offset: -1 })).rejects.toBeInstanceOf(ValidationError);
      await expect(swr.listRepositories({ namespace: 'Bad NS' })).rejects.toMatchObject({ fieldErrors: [{ path: 'filter.namespace' }] });
      expect(calls).toHaveLength(0);
    });
  });

  describe('getRepositories', () => {
    it('answers in key order with NotFoundError in place, one call per distinct namespace', async () => {
      const page = await swr.listRepositories({ limit: 1000 });
      const acme = page.items.filter((r) => r.namespace === 'acme').slice(0, 3);
      const platform = page.items.find((r) => r.namespace === 'platform')!;
      calls = [];
      const keys = [
        { namespace: acme[0]!.namespace, name: acme[0]!.name },
        { namespace: 'platform', name: platform.name },
        { namespace: 'acme', name: 'does-not-exist' },
        { namespace: acme[2]!.namespace, name: acme[2]!.name },
        { namespace: 'BAD', name: 'x' },
        { namespace: acme[1]!.namespace, name: acme[1]!.name },
      ];
      const results = await swr.getRepositories(keys);
      expect(calls).toHaveLength(2);
      expect((results[0] as RepositoryRecord).name).toBe(acme[0]!.name);
      expect((results[1] as RepositoryRecord).name).toBe(platform.name);
      expect(results[2]).toBeInstanceOf(NotFoundError);
      expect((results[3] as RepositoryRecord).name).toBe(acme[2]!.name);
      expect(results[4]).toBeInstanceOf(ValidationError);
      expect((results[5] as RepositoryRecord).name).toBe(acme[1]!.name);
      expect(SWR_REPOSITORIES_PER_BATCH_CALL).toBe(1000);
    });
  });

  describe('repository mutations', () => {
    it('create → update (201 upstream) → 406 while holding images → delete', async () => {
      const created = await swr.createRepository({ namespace: 'acme', name: 'adapter/app', isPublic: false, category: 'ARM', description: 'first' });
      expect(created).toMatchObject({ namespace: 'acme', name: 'adapter/app', isPublic: false, category: 'ARM', description: 'first', tagCount: 0 });
      expect(emu.store.getRepository('acme', 'adapter/app')!.category).toBe('arm');

      const updated = await swr.updateRepository({ namespace: 'acme', name: 'adapter/app' }, { isPublic: true, category: 'DATABASE', description: 'second' });
      expect(updated).toMatchObject({ isPublic: true, category: 'DATABASE', description: 'second' });

      emu.store.addTag('acme', 'adapter/app', 'v1');
      const refused = await swr.deleteRepository({ namespace: 'acme', name: 'adapter/app' }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ConflictError);
      expect((refused as ConflictError).message).toMatch(/still holds images/);
      expect((refused as ConflictError).upstreamCode).toBe('SVCSTG.SWR.4060012');

      emu.store.getRepository('acme', 'adapter/app')!.tags.clear();
      await swr.deleteRepository({ namespace: 'acme', name: 'adapter/app' });
      expect(emu.store.getRepository('acme', 'adapter/app')).toBeUndefined();
      await expect(swr.deleteRepository({ namespace: 'acme', name: 'adapter/app' })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('409 on an existing repository is a ConflictError', async () => {
      const existing = (await swr.listRepositories({ namespace: 'acme', limit: 1 })).items[0]!;
      const err = await swr.createRepository({ namespace: 'acme', name: existing.name, isPublic: true }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConflictError);
      expect((err as Error).message).toMatch(/already exists/);
    });

    it('validates names, category and isPublic before any call; nothing is half-created', async () => {
      const before = emu.store.repositories.size;
      const bad = await swr.createRepository({ namespace: 'Acme', name: 'ok__name/__x', isPublic: true }).catch((e: unknown) => e);
      expect(bad).toBeInstanceOf(ValidationError);
      expect((bad as ValidationError).fieldErrors.map((f) => f.path)).toEqual(['input.namespace', 'input.name']);
      await expect(swr.createRepository({ namespace: 'acme', name: 'a'.repeat(129), isPublic: true })).rejects.toMatchObject({ fieldErrors: [{ path: 'input.name' }] });
      await expect(
        swr.createRepository({ namespace: 'acme', name: 'fine', isPublic: true, category: 'MAINFRAME' as never }),
      ).rejects.toMatchObject({ fieldErrors: [{ path: 'input.category' }] });
      await expect(swr.updateRepository({ namespace: 'acme', name: 'x' }, { isPublic: undefined as never })).rejects.toMatchObject({ fieldErrors: [{ path: 'input.isPublic' }] });
      await expect(swr.createNamespace('9lives')).rejects.toMatchObject({ fieldErrors: [{ path: 'input.name', message: expect.stringMatching(/start with a lowercase letter/) }] });
      expect(calls).toHaveLength(0);
      expect(emu.store.repositories.size).toBe(before);
    });

    it('createNamespace returns the organisation; a duplicate is a ConflictError', async () => {
      const ns = await swr.createNamespace('adapter-ns');
      expect(ns).toMatchObject({ provider: 'SWR', name: 'adapter-ns', access: 'MANAGE' });
      await expect(swr.createNamespace('adapter-ns')).rejects.toBeInstanceOf(ConflictError);
    });
  });

  describe('listTags', () => {
    it('pages tags of a repository whose name contains "/"', async () => {
      const repo = (await swr.listRepositories({ name: 'base/', limit: 1000 })).items.find((r) => r.tagCount >= 2)!;
      calls = [];
      const first = await swr.listTags({ namespace: repo.namespace, name: repo.name }, { limit: 1 });
      expect(calls).toHaveLength(1);
      expect(calls[0]!.path).toContain(repo.name.replace('/', '$'));
      expect(first.total).toBe(repo.tagCount);
      expect(first.hasNextPage).toBe(true);
      expect(first.items[0]).toMatchObject({ provider: 'SWR', namespace: repo.namespace, repository: repo.name, digest: expect.stringMatching(/^sha256:/) });
      expect(first.items[0]!.pullPath).toBe(`swr.ap-southeast-1.myhuaweicloud.com/${repo.namespace}/${repo.name}:${first.items[0]!.name}`);
      await expect(swr.listTags({ namespace: repo.namespace, name: 'missing-repo' })).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('resilience', () => {
    it('retries GETs on 429 and 5xx, each attempt signed anew', async () => {
      emu.faults.retryAfterSeconds = 0;
      emu.faults.failNext = { count: 2, status: 503 };
      const before = emu.requests.length;
      expect((await swr.listRepositories({ limit: 2 })).items).toHaveLength(2);
      expect(emu.requests.slice(before).map((r) => r.status)).toEqual([503, 503, 200]);
      emu.faults.failNext = { count: 1, status: 429 };
      expect((await swr.listNamespaces()).length).toBeGreaterThan(0);
    });

    it('gives up with typed errors: RateLimitedError for 429, UpstreamError for 5xx', async () => {
      emu.faults.retryAfterSeconds = 0;
      emu.faults.failNext = { count: 3, status: 429 };
      await expect(swr.listNamespaces()).rejects.toBeInstanceOf(RateLimitedError);
      emu.faults.failNext = { count: 3, status: 500 };
      const err = await swr.listNamespaces().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UpstreamError);
      expect((err as UpstreamError).upstreamCode).toBe('SVCSTG.SWR.5000001');
    });

    it('does not retry a POST (no idempotency token in SWR)', async () => {
      emu.faults.failNext = { count: 1, status: 503 };
      const before = emu.requests.length;
      await expect(swr.createNamespace('never-retried')).rejects.toBeInstanceOf(UpstreamError);
      expect(emu.requests.length - before).toBe(1);
    });
  });

  describe('helpers', () => {
    it('parseSwrError reads all three envelopes', () => {
      expect(parseSwrError(406, '[{"errorCode":"SVCSTG.SWR.4060012","errorMessage":"not empty","detail":""}]')).toEqual({ code: 'SVCSTG.SWR.4060012', message: 'not empty' });
      expect(parseSwrError(401, '{"error_code":"APIG.0301","error_msg":"bad sig","request_id":"r"}')).toEqual({ code: 'APIG.0301', message: 'bad sig' });
      expect(parseSwrError(400, '{"code":"SWR.0001","message":"m"}')).toEqual({ code: 'SWR.0001', message: 'm' });
      expect(parseSwrError(400, '{"error":{"error_code":"X","error_msg":"nested"}}')).toEqual({ code: 'X', message: 'nested' });
      expect(parseSwrError(502, 'Bad Gateway')).toEqual({ code: '502', message: 'Bad Gateway' });
    });

    it('parseContentRangeTotal tolerates the usual spellings', () => {
      expect(parseContentRangeTotal('0-99/120')).toBe(120);
      expect(parseContentRangeTotal('items 0-9/42')).toBe(42);
      expect(parseContentRangeTotal('*/7')).toBe(7);
      expect(parseContentRangeTotal(undefined)).toBeUndefined();
    });

    it('name validators return field-pathed ValidationErrors', () => {
      expect(validateNamespaceName('data__lake')).toBeUndefined();
      expect(validateNamespaceName('a-b.c_d')).toBeUndefined();
      expect(validateNamespaceName('a--b')?.fieldErrors[0]?.path).toBe('input.namespace');
      expect(validateNamespaceName('a___b')?.message).toMatch(/two consecutive underscores/);
      expect(validateRepositoryName('9base/debian-12')).toBeUndefined();
      expect(validateRepositoryName('base/')?.message).toMatch(/end with/);
      expect(validateRepositoryName('a/-b')?.message).toMatch(/adjacent/);
      expect(validateRepositoryName('A')?.message).toMatch(/lowercase/);
      expect(validateRepositoryName('')?.fieldErrors[0]).toEqual({ path: 'input.name', message: 'Repository name is required' });
    });
  });
});
