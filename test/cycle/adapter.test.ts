import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UpstreamError, ValidationError } from '../../src/core/errors.js';
import { createCycleAdapter, type CycleAdapterConfig } from '../../src/providers/cycle/adapter.js';
import { splitBuildLog } from '../../src/providers/cycle/dto.js';
import type { CyclePort } from '../../src/providers/cycle/port.js';
import type { JobRecord } from '../../src/core/records.js';

const VIEW_ONLY_KEY = 'secret_view-only';

type Adapter = CyclePort & { close(): Promise<void> };

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof Error) return err;
    throw new Error(`rejected with a non-Error: ${String(err)}`);
  }
  throw new Error('expected the call to fail');
}

describe('cycle adapter', () => {
  let emu: RunningCycleEmulator;
  let cycle: Adapter;
  const adapters: Adapter[] = [];

  function adapterFor(overrides: Partial<CycleAdapterConfig> = {}): Adapter {
    const a = createCycleAdapter({
      apiUrl: emu.url,
      apiKey: emu.state.apiKey,
      hubId: emu.state.hubId,
      retry: { maxRetries: 2, minDelayMs: 5, maxDelayMs: 20 },
      jobPollIntervalMs: 20,
      ...overrides,
    });
    adapters.push(a);
    return a;
  }

  async function sourceId(identifier: string): Promise<string> {
    const page = await cycle.listSources({ filter: { identifier } });
    const s = page.items[0];
    if (!s) throw new Error(`no source ${identifier}`);
    return s.id;
  }

  beforeAll(async () => {
    emu = await startCycleEmulator({ tickMs: 15, keys: [{ key: VIEW_ONLY_KEY, hubId: '651586fca6078e98982dbd90', capabilities: ['images-view', 'images-sources-view'] }] });
    cycle = adapterFor();
  });
  afterAll(async () => {
    await Promise.all(adapters.map((a) => a.close()));
    await emu.close();
  });

  describe('listImages', () => {
    it('maps images to records and pages by number', async () => {
      const first = await cycle.listImages({ pageSize: 5, filter: { states: ['live'] } });
      expect(first.items).toHaveLength(5);
      expect(first.hasNextPage).toBe(true);
      const image = first.items[0]!;
      expect(image).toMatchObject({ provider: 'CYCLE', state: 'live', digest: null, sourceType: 'direct' });
      expect(image.id).toMatch(/^[0-9a-f]{24}$/);
      expect(image.createdAt).toBeInstanceOf(Date);
      expect(image.sizeBytes).toBeGreaterThan(0);
      expect(image.config).not.toHaveProperty('env');
      const second = await cycle.listImages({ pageSize: 5, pageNumber: 2, filter: { states: ['live'] } });
      expect(second.items.map((i) => i.id)).not.toContain(image.id);
    });

    it('builds a pullable reference for registry sources and none for Dockerfile sources', async () => {
      const api = await cycle.listImages({ filter: { sourceId: await sourceId('billing-api'), states: ['live'] } });
      expect(api.items[0]?.reference).toBe('registry.acme.test/acme/billing-api:2.4.1');
      const web = await cycle.listImages({ filter: { sourceId: await sourceId('web-frontend'), states: ['live'] } });
      expect(web.items[0]?.reference).toBeNull();
    });
  });

  describe('getImages', () => {
    it('returns records and errors in key order, one GET per distinct id', async () => {
      const { items } = await cycle.listImages({ pageSize: 2 });
      const [a, b] = items.map((i) => i.id);
      const missing = '0123456789abcdef01234567';
      const before = emu.requests.length;
      const out = await cycle.getImages([b!, missing, a!, b!]);
      expect(emu.requests.length - before).toBe(3);
      expect(out.map((r) => (r instanceof Error ? r.name : r.id))).toEqual([b, 'NotFoundError', a, b]);
      const err = out[1];
      expect(err).toBeInstanceOf(NotFoundError);
      expect(err instanceof NotFoundError && err.upstreamCode).toBe('404.image');
    });
  });

  describe('listSources', () => {
    it('maps sources without their origin credentials', async () => {
      const page = await cycle.listSources({ pageSize: 50 });
      expect(page.items.length).toBeGreaterThanOrEqual(5);
      const api = page.items.find((s) => s.identifier === 'billing-api');
      expect(api).toMatchObject({ originType: 'docker-registry', target: 'registry.acme.test/acme/billing-api:2.4.1', state: 'live' });
      expect(JSON.stringify(page.items)).not.toContain('registry-token');
      const [one, gone] = await cycle.getSources([api!.id, '0123456789abcdef01234567']);
      expect(one).toMatchObject({ id: api!.id });
      expect(gone).toBeInstanceOf(NotFoundError);
    });
  });

  describe('errors', () => {
    it('maps 401 to ForbiddenError without leaking the key', async () => {
      const wrong = adapterFor({ apiKey: 'secret_wrong-key-123' });
      const err = await rejection(wrong.listImages());
      expect(err).toBeInstanceOf(ForbiddenError);
      expect(err instanceof ForbiddenError && [err.status, err.upstreamCode]).toEqual([401, '401.auth-invalid']);
      expect(`${err.message} ${JSON.stringify(err)}`).not.toContain('secret_wrong-key-123');
    });

    it('maps 403.permissions to ForbiddenError naming the missing capability', async () => {
      const viewer = adapterFor({ apiKey: VIEW_ONLY_KEY });
      const images = await viewer.listImages({ pageSize: 1 });
      const err = await rejection(viewer.deleteImage(images.items[0]!.id));
      expect(err).toBeInstanceOf(ForbiddenError);
      expect(err instanceof ForbiddenError && err.upstreamCode).toBe('403.permissions');
      expect(err.message).toContain('images-manage');
    });

    it('maps a wrong hub to ForbiddenError 403.wrong-hub', async () => {
      const err = await rejection(adapterFor({ hubId: '5f0c1d2e3a4b5c6d7e8f9a0b' }).listImages());
      expect(err instanceof ForbiddenError && err.upstreamCode).toBe('403.wrong-hub');
    });

    it('maps 404 to NotFoundError with the Cycle code', async () => {
      const err = await rejection(cycle.getImage('0123456789abcdef01234567'));
      expect(err).toBeInstanceOf(NotFoundError);
      expect(err instanceof NotFoundError && err.upstreamCode).toBe('404.image');
      const noSource = await rejection(cycle.createImageBuild({ sourceId: '0123456789abcdef01234567' }));
      expect(noSource instanceof NotFoundError && noSource.upstreamCode).toBe('404.image.source');
    });

    it('maps 409 to ConflictError', async () => {
      const { items } = await cycle.listImages({ filter: { states: ['live'], search: 'web 2024-05-01' } });
      const id = items[0]!.id;
      await cycle.deleteImage(id);
      const err = await rejection(cycle.deleteImage(id));
      expect(err).toBeInstanceOf(ConflictError);
      expect(err instanceof ConflictError && err.upstreamCode).toBe('409.duplicate-found');
    });

    it('maps 422 with error.source to ValidationError with field errors', async () => {
      const { items } = await cycle.listImages({ pageSize: 1 });
      const err = await rejection(cycle.updateImage(items[0]!.id, { name: 'x'.repeat(300) }));
      expect(err).toBeInstanceOf(ValidationError);
      expect(err instanceof ValidationError && err.fieldErrors).toEqual([{ path: 'name', message: expect.stringContaining('256') }]);
    });

    it('checks input before any upstream call', async () => {
      const before = emu.requests.length;
      expect(await rejection(cycle.pruneImages([]))).toBeInstanceOf(ValidationError);
      expect(await rejection(cycle.updateImage('0123456789abcdef01234567', { name: '  ' }))).toBeInstanceOf(ValidationError);
      expect(emu.requests.length).toBe(before);
    });

    it('maps 429 to RateLimitedError with Retry-After (a PATCH is not retried)', async () => {
      const { items } = await cycle.listImages({ pageSize: 1 });
      emu.faults.retryAfterSeconds = 7;
      emu.faults.failNext = { count: 1, status: 429 };
      const err = await rejection(cycle.updateImage(items[0]!.id, { name: 'renamed' }));
      emu.faults.retryAfterSeconds = 1;
      expect(err).toBeInstanceOf(RateLimitedError);
      expect(err instanceof RateLimitedError && err.retryAfterSeconds).toBe(7);
    });

    it('retries a GET after 429 and 5xx and succeeds', async () => {
      emu.faults.retryAfterSeconds = 0;
      emu.faults.failNext = { count: 2, status: 503 };
      const before = emu.requests.length;
      const page = await cycle.listImages({ pageSize: 1 });
      expect(page.items).toHaveLength(1);
      expect(emu.requests.slice(before).map((r) => r.status)).toEqual([503, 503, 200]);
      emu.faults.failNext = { count: 1, status: 429 };
      expect((await cycle.listImages({ pageSize: 1 })).items).toHaveLength(1);
      emu.faults.retryAfterSeconds = 1;
    });

    it('maps exhausted 5xx retries to UpstreamError with status and code', async () => {
      emu.faults.failNext = { count: 3, status: 500 };
      const err = await rejection(cycle.listSources());
      expect(err).toBeInstanceOf(UpstreamError);
      expect(err instanceof UpstreamError && [err.status, err.upstreamCode]).toEqual([500, '500.unknown']);
    });
  });

  describe('createImageBuild + trackJob', () => {
    it('creates, imports and follows the job to SUCCEEDED with growing progress', async () => {
      const build = await cycle.createImageBuild({ sourceId: await sourceId('queue-worker'), name: 'worker adapter test', buildArgs: { NODE_ENV: 'production' } });
      expect(build).toMatchObject({ provider: 'CYCLE', status: 'QUEUED', imageId: build.id, jobId: expect.stringMatching(/^[0-9a-f]{24}$/) });
      expect(build.targetImage).toBe('ghcr.io/acme/worker:1.9.0');
      const updates: JobRecord[] = [];
      const final = await cycle.trackJob(build.jobId!, (j) => updates.push(j));
      expect(final).toMatchObject({ state: 'SUCCEEDED', progress: 1, action: 'image.import', imageId: build.id });
      expect(final.completedAt).toBeInstanceOf(Date);
      expect(updates.map((u) => u.state)).toContain('RUNNING');
      const progress = updates.map((u) => u.progress ?? 0);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(final.tasks[0]?.steps.every((s) => s.completedAt instanceof Date)).toBe(true);

      const done = await cycle.getBuild(build.id);
      expect(done).toMatchObject({ status: 'SUCCEEDED', jobId: build.jobId, finishedAt: expect.any(Date) });
      const lines = await cycle.getBuildLog(build.id);
      expect(lines.length).toBeGreaterThanOrEqual(10);
      expect(lines.map((l) => l.number)).toEqual(lines.map((_, i) => i));
      expect(lines.at(-1)?.text).toBe('[cycle] image is live');
      expect((await cycle.getBuildLog(build.id, { fromLine: 5 }))[0]).toEqual(lines[5]);
    });

    it('ends FAILED when the source’s build fails, with the reason on the build', async () => {
      const build = await cycle.createImageBuild({ sourceId: await sourceId('legacy-admin') });
      const final = await cycle.waitForJob(build.jobId!);
      expect(final.state).toBe('FAILED');
      expect(final.error).toContain('npm ci');
      const failed = await cycle.getBuild(build.id);
      expect(failed).toMatchObject({ status: 'FAILED', reason: expect.stringContaining('npm ci') });
      const failedBuilds = await cycle.listBuilds({ statuses: ['FAILED'], pageSize: 100 });
      expect(failedBuilds.items.map((b) => b.id)).toContain(build.id);
    });

    it('retries 404.job while a new job is not visible yet', async () => {
      const slow = await startCycleEmulator({ tickMs: 15, jobVisibilityDelayMs: 150 });
      const a = createCycleAdapter({ apiUrl: slow.url, apiKey: slow.state.apiKey, hubId: slow.state.hubId, jobPollIntervalMs: 50 });
      try {
        const src = (await a.listSources({ filter: { identifier: 'nginx' } })).items[0]!;
        const build = await a.createImageBuild({ sourceId: src.id });
        const final = await a.waitForJob(build.jobId!);
        expect(final.state).toBe('SUCCEEDED');
        expect(slow.requests.some((r) => r.path.startsWith('/v1/jobs/') && r.status === 404)).toBe(true);

        const again = await a.createImageBuild({ sourceId: src.id });
        const err = await rejection(a.waitForJob(again.jobId!, { notFoundRetries: 0 }));
        expect(err instanceof NotFoundError && err.upstreamCode).toBe('404.job');
      } finally {
        await a.close();
        await slow.close();
      }
    });

    it('stops when its signal aborts', async () => {
      const build = await cycle.createImageBuild({ sourceId: await sourceId('web-frontend') });
      const controller = new AbortController();
      const tracking = cycle.trackJob(build.jobId!, () => controller.abort(new Error('client went away')), controller.signal, { intervalMs: 50 });
      await expect(tracking).rejects.toThrow('client went away');
    });

    it('deletes the image again when the import is refused (nothing half-created)', async () => {
      const limited = await startCycleEmulator({ tickMs: 0, keys: [{ key: 'secret_no-import', hubId: '651586fca6078e98982dbd90', capabilities: ['images-view', 'images-manage', 'images-sources-view'] }] });
      const a = createCycleAdapter({ apiUrl: limited.url, apiKey: 'secret_no-import', hubId: limited.state.hubId });
      try {
        const src = (await a.listSources({ filter: { identifier: 'nginx' } })).items[0]!;
        const err = await rejection(a.createImageBuild({ sourceId: src.id }));
        expect(err instanceof ForbiddenError && err.message).toContain('images-import');
        expect(limited.requests.map((r) => `${r.method} ${r.status}`).slice(-3)).toEqual(['POST 201', 'POST 403', 'DELETE 200']);
      } finally {
        await a.close();
        await limited.close();
      }
    });
  });

  describe('deleteImage / pruneImages / listJobs', () => {
    it('returns the delete job from the descriptor and the image is gone once it completes', async () => {
      const { items } = await cycle.listImages({ filter: { search: 'billing-api 2.4.0' } });
      const id = items[0]!.id;
      const job = await cycle.deleteImage(id);
      expect(job).toMatchObject({ provider: 'CYCLE', state: 'QUEUED', action: 'image.delete', imageId: id });
      expect((await cycle.waitForJob(job.id)).state).toBe('SUCCEEDED');
      expect(await rejection(cycle.getImage(id))).toBeInstanceOf(NotFoundError);
    });

    it('prunes through a job', async () => {
      const job = await cycle.pruneImages([await sourceId('nginx')]);
      expect(job).toMatchObject({ action: 'images.prune', state: 'QUEUED' });
      expect((await cycle.waitForJob(job.id)).state).toBe('SUCCEEDED');
    });

    it('filters jobs by gateway state and maps expired jobs', async () => {
      const expired = await cycle.listJobs({ filter: { states: ['EXPIRED'] } });
      expect(expired.items.length).toBeGreaterThan(0);
      expect(expired.items.every((j) => j.state === 'EXPIRED' && j.startedAt === null)).toBe(true);
      expect((await cycle.listJobs({ filter: { states: ['CANCELLED'] } })).items).toEqual([]);
      const one = await cycle.getJob(expired.items[0]!.id);
      expect(one.id).toBe(expired.items[0]!.id);
    });
  });

  describe('getBuildLog', () => {
    it('never emits an incomplete last line until asked to', () => {
      const partial = 'one\ntwo\nthr';
      expect(splitBuildLog(partial)).toEqual([
        { number: 0, text: 'one' },
        { number: 1, text: 'two' },
      ]);
      expect(splitBuildLog(`${partial}ee\nfour\n`, 2)).toEqual([
        { number: 2, text: 'three' },
        { number: 3, text: 'four' },
      ]);
      expect(splitBuildLog(partial, 0, true).at(-1)).toEqual({ number: 2, text: 'thr' });
      expect(splitBuildLog('')).toEqual([]);
    });

    it('keeps line numbers and texts stable while a real build log grows', async () => {
      const manual = await startCycleEmulator({ tickMs: 0 });
      const a = createCycleAdapter({ apiUrl: manual.url, apiKey: manual.state.apiKey, hubId: manual.state.hubId });
      try {
        const src = (await a.listSources({ filter: { identifier: 'nginx' } })).items[0]!;
        const build = await a.createImageBuild({ sourceId: src.id });
        expect(await a.getBuildLog(build.id)).toEqual([]);
        const seen = new Map<number, string>();
        let sawPartial = false;
        for (let i = 0; i < 30; i++) {
          manual.state.tick();
          const raw = manual.state.store.buildLogs.get(build.id)?.log ?? '';
          if (raw && !raw.endsWith('\n')) sawPartial = true;
          for (const line of await a.getBuildLog(build.id)) {
            if (seen.has(line.number)) expect(line.text).toBe(seen.get(line.number));
            seen.set(line.number, line.text);
          }
        }
        expect(sawPartial).toBe(true);
        expect(seen.size).toBeGreaterThanOrEqual(10);
      } finally {
        await a.close();
        await manual.close();
      }
    });

    it('answers [] for an image that has not been imported and NotFoundError for no image', async () => {
      const fresh = (await cycle.listImages({ filter: { search: '1.10.0-rc1' } })).items[0]!;
      expect(await cycle.getBuildLog(fresh.id)).toEqual([]);
      expect(await rejection(cycle.getBuildLog('0123456789abcdef01234567'))).toBeInstanceOf(NotFoundError);
    });
  });
});
