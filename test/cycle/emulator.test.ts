import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { cycleCall, list, rec } from './helpers.js';

const RESTRICTED_KEY = 'secret_view-only';
const OTHER_HUB_KEY = 'secret_other-hub';

describe('cycle emulator', () => {
  let emu: RunningCycleEmulator;

  beforeAll(async () => {
    // tickMs 0: the clock stands still and tests advance jobs with state.tick().
    emu = await startCycleEmulator({
      tickMs: 0,
      keys: [
        { key: RESTRICTED_KEY, hubId: '651586fca6078e98982dbd90', capabilities: ['images-view'] },
        { key: OTHER_HUB_KEY, hubId: '5f0c1d2e3a4b5c6d7e8f9a0b' },
      ],
    });
  });
  afterAll(() => emu.close());

  async function someSourceId(identifier: string): Promise<string> {
    const res = await cycleCall(emu, 'GET', `/v1/images/sources?filter[identifier]=${identifier}`);
    const first = list(res.body.data)[0];
    if (!first) throw new Error(`no source ${identifier}`);
    return String(first.id);
  }

  describe('auth', () => {
    it('answers 401.auth-invalid without a key', async () => {
      const res = await cycleCall(emu, 'GET', '/v1/images', { auth: false, headers: { 'x-hub-id': emu.state.hubId } });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ data: null, error: { status: 401, code: '401.auth-invalid' } });
    });

    it('answers 401.auth-invalid for an unknown key', async () => {
      const res = await cycleCall(emu, 'GET', '/v1/images', { headers: { authorization: 'Bearer secret_nope' } });
      expect(res.status).toBe(401);
      expect(res.body.error?.code).toBe('401.auth-invalid');
    });

    it('answers 403.wrong-hub when X-Hub-Id is missing or not the key’s hub', async () => {
      const missing = await cycleCall(emu, 'GET', '/v1/images', { auth: false, headers: { authorization: `Bearer ${emu.state.apiKey}` } });
      expect(missing.status).toBe(403);
      expect(missing.body.error?.code).toBe('403.wrong-hub');
      const other = await cycleCall(emu, 'GET', '/v1/images', { headers: { authorization: `Bearer ${OTHER_HUB_KEY}` } });
      expect(other.status).toBe(403);
      expect(other.body.error?.code).toBe('403.wrong-hub');
    });

    it('answers 403.permissions with extra.capability for a key without the capability', async () => {
      const headers = { authorization: `Bearer ${RESTRICTED_KEY}` };
      const allowed = await cycleCall(emu, 'GET', '/v1/images', { headers });
      expect(allowed.status).toBe(200);
      const denied = await cycleCall(emu, 'GET', '/v1/jobs', { headers });
      expect(denied.status).toBe(403);
      expect(denied.body.error).toMatchObject({ code: '403.permissions', extra: { capability: 'apionly-jobs-view' } });
      const source = await someSourceId('web-frontend');
      const create = await cycleCall(emu, 'POST', '/v1/images', { headers, body: { source_id: source } });
      expect(create.body.error?.extra?.capability).toBe('images-manage');
    });

    it('reads the hub header case-insensitively (the prose spells it X-Hub-ID)', async () => {
      const res = await cycleCall(emu, 'GET', '/v1/images', { auth: false, headers: { authorization: `Bearer ${emu.state.apiKey}`, 'X-Hub-ID': emu.state.hubId } });
      expect(res.status).toBe(200);
    });
  });

  describe('envelopes', () => {
    it('wraps a collection in {data: [...]} and a resource in {data: {...}}', async () => {
      const all = await cycleCall(emu, 'GET', '/v1/images');
      const images = list(all.body.data);
      expect(images.length).toBeGreaterThan(0);
      const one = await cycleCall(emu, 'GET', `/v1/images/${String(images[0]?.id)}`);
      expect(rec(one.body.data).id).toBe(images[0]?.id);
    });

    it.each([
      ['/v1/images/0123456789abcdef01234567', '404.image'],
      ['/v1/images/sources/0123456789abcdef01234567', '404.image.source'],
      ['/v1/jobs/0123456789abcdef01234567', '404.job'],
      ['/v1/images/0123456789abcdef01234567/build-log', '404.image'],
      ['/v1/nothing-here', '404.uri'],
    ])('answers GET %s with %s in the error envelope', async (path, code) => {
      const res = await cycleCall(emu, 'GET', path);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ data: null, error: expect.objectContaining({ status: 404, code, title: expect.any(String) }) });
    });

    it('answers 404.image.build-log for an image that was never imported', async () => {
      const fresh = list((await cycleCall(emu, 'GET', '/v1/images?filter[search]=1.10.0-rc1')).body.data)[0];
      const res = await cycleCall(emu, 'GET', `/v1/images/${String(fresh?.id)}/build-log`);
      expect(res.body.error?.code).toBe('404.image.build-log');
    });

    it('uses the Cycle envelope for injected faults', async () => {
      emu.faults.failNext = { count: 1, status: 503 };
      const res = await cycleCall(emu, 'GET', '/v1/images');
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ status: 503, code: '503.not-ready' });
    });
  });

  describe('GET /v1/images', () => {
    it('pages with page[number]/page[size] without overlap and in -id order by default', async () => {
      const all = list((await cycleCall(emu, 'GET', '/v1/images?page[size]=100')).body.data).map((i) => String(i.id));
      expect(all.length).toBeGreaterThanOrEqual(12);
      expect([...all].sort().reverse()).toEqual(all);
      const seen: string[] = [];
      for (let n = 1; ; n++) {
        const page = list((await cycleCall(emu, 'GET', `/v1/images?page[number]=${n}&page[size]=5`)).body.data);
        seen.push(...page.map((i) => String(i.id)));
        if (page.length < 5) break;
      }
      expect(seen).toEqual(all);
    });

    it('defaults to 20 per page and rejects a bad page number with 422.invalid-argument', async () => {
      const res = await cycleCall(emu, 'GET', '/v1/images?page[number]=0');
      expect(res.status).toBe(422);
      expect(res.body.error?.code).toBe('422.invalid-argument');
    });

    it('filters by state, source and search, and sorts by name', async () => {
      const live = list((await cycleCall(emu, 'GET', '/v1/images?filter[state]=live&page[size]=100')).body.data);
      expect(live.every((i) => rec(i.state).current === 'live')).toBe(true);
      const web = await someSourceId('web-frontend');
      const bySource = list((await cycleCall(emu, 'GET', `/v1/images?filter[source_id]=${web}&sort=name`)).body.data);
      expect(bySource.length).toBeGreaterThanOrEqual(3);
      expect(bySource.every((i) => rec(rec(i.source).details).id === web)).toBe(true);
      const names = bySource.map((i) => String(i.name));
      expect(names).toEqual([...names].sort());
      const search = list((await cycleCall(emu, 'GET', '/v1/images?filter[search]=billing')).body.data);
      expect(search.length).toBeGreaterThan(0);
      expect(search.every((i) => String(i.name).includes('billing'))).toBe(true);
    });

    it('adds includes (creators, sources) and meta (containers_count)', async () => {
      const res = await cycleCall(emu, 'GET', '/v1/images?include=creators,sources&meta=containers_count&filter[state]=live');
      const first = list(res.body.data)[0]!;
      expect(rec(first.meta).containers_count).toMatchObject({ total: expect.any(Number), available: expect.any(Number) });
      const sourceId = String(rec(rec(first.source).details).id);
      expect(rec(res.body.includes?.sources)[sourceId]).toMatchObject({ id: sourceId });
      expect(Object.keys(rec(res.body.includes?.creators).accounts ?? {})).toContain(rec(first.creator).id);
    });
  });

  describe('import (POST /v1/images/{id}/tasks)', () => {
    it('moves the job new → queued → running → completed and the image to live while the log grows', async () => {
      const source = await someSourceId('web-frontend');
      const created = await cycleCall(emu, 'POST', '/v1/images', { body: { source_id: source, name: 'web test build' } });
      expect(created.status).toBe(201);
      const imageId = String(rec(created.body.data).id);
      expect(rec(rec(created.body.data).state).current).toBe('new');

      const task = await cycleCall(emu, 'POST', `/v1/images/${imageId}/tasks`, { body: { action: 'import' } });
      expect(task.status).toBe(200);
      const descriptor = rec(task.body.data);
      expect(descriptor.action).toBe('import');
      const jobId = String(rec(descriptor.job).id);

      const jobStates: string[] = [];
      const imageStates: string[] = [];
      const logLengths: number[] = [];
      for (let i = 0; i < 40; i++) {
        const job = rec((await cycleCall(emu, 'GET', `/v1/jobs/${jobId}`)).body.data);
        const image = rec((await cycleCall(emu, 'GET', `/v1/images/${imageId}`)).body.data);
        const log = rec((await cycleCall(emu, 'GET', `/v1/images/${imageId}/build-log`)).body.data);
        const js = String(rec(job.state).current);
        if (jobStates.at(-1) !== js) jobStates.push(js);
        const is = String(rec(image.state).current);
        if (imageStates.at(-1) !== is) imageStates.push(is);
        logLengths.push(String(log.log).length);
        if (js === 'completed') break;
        emu.state.tick();
      }
      expect(jobStates).toEqual(['new', 'queued', 'running', 'completed']);
      expect(imageStates).toEqual(['new', 'downloading', 'building', 'verifying', 'saving', 'live']);
      expect(logLengths.filter((n, i) => i > 0 && n > (logLengths[i - 1] ?? 0)).length).toBeGreaterThan(5);
      const log = String(rec((await cycleCall(emu, 'GET', `/v1/images/${imageId}/build-log`)).body.data).log);
      expect(log.endsWith('\n')).toBe(true);
      expect(log.split('\n').length - 1).toBeGreaterThanOrEqual(10);
      const job = rec((await cycleCall(emu, 'GET', `/v1/jobs/${jobId}`)).body.data);
      const steps = list(rec(list(job.tasks)[0]).steps);
      expect(steps.every((s) => s.completed !== '0001-01-01T00:00:00Z')).toBe(true);
    });

    it('refuses a second import while one runs with 409.duplicate-found', async () => {
      const source = await someSourceId('queue-worker');
      const imageId = String(rec((await cycleCall(emu, 'POST', '/v1/images', { body: { source_id: source } })).body.data).id);
      expect((await cycleCall(emu, 'POST', `/v1/images/${imageId}/tasks`, { body: { action: 'import' } })).status).toBe(200);
      const again = await cycleCall(emu, 'POST', `/v1/images/${imageId}/tasks`, { body: { action: 'import' } });
      expect(again.status).toBe(409);
      expect(again.body.error?.code).toBe('409.duplicate-found');
    });

    it('ends in error with the error in the log and on the image when the source fails', async () => {
      const source = await someSourceId('legacy-admin');
      const imageId = String(rec((await cycleCall(emu, 'POST', '/v1/images', { body: { source_id: source } })).body.data).id);
      const jobId = String(rec(rec((await cycleCall(emu, 'POST', `/v1/images/${imageId}/tasks`, { body: { action: 'import' } })).body.data).job).id);
      emu.state.tick(40);
      const job = rec((await cycleCall(emu, 'GET', `/v1/jobs/${jobId}`)).body.data);
      expect(rec(job.state)).toMatchObject({ current: 'error', error: { message: expect.stringContaining('npm ci') } });
      const image = rec((await cycleCall(emu, 'GET', `/v1/images/${imageId}`)).body.data);
      expect(rec(rec(image.state).error).message).toContain('npm ci');
      const log = String(rec((await cycleCall(emu, 'GET', `/v1/images/${imageId}/build-log`)).body.data).log);
      expect(log).toMatch(/ERROR: failed to solve/);
    });

    it('validates bodies with 422 codes and a JSON pointer in source', async () => {
      const missing = await cycleCall(emu, 'POST', '/v1/images', { body: { name: 'x' } });
      expect(missing.status).toBe(422);
      expect(missing.body.error).toMatchObject({ code: '422.missing-argument', source: '/source_id' });
      const images = list((await cycleCall(emu, 'GET', '/v1/images')).body.data);
      const bad = await cycleCall(emu, 'PATCH', `/v1/images/${String(images[0]?.id)}`, { body: { name: '' } });
      expect(bad.status).toBe(422);
      expect(bad.body.error).toMatchObject({ code: '422.invalid-argument', source: '/name' });
    });
  });

  describe('job-returning endpoints', () => {
    it('answers image DELETE 200, source DELETE 202 and prune 202 with job descriptors', async () => {
      const nginx = await someSourceId('nginx');
      const img = list((await cycleCall(emu, 'GET', `/v1/images?filter[source_id]=${nginx}&filter[state]=live`)).body.data)[0];
      const del = await cycleCall(emu, 'DELETE', `/v1/images/${String(img?.id)}`);
      expect(del.status).toBe(200);
      expect(rec(del.body.data)).toMatchObject({ action: 'delete', job: { id: expect.any(String), accepted: true } });
      const again = await cycleCall(emu, 'DELETE', `/v1/images/${String(img?.id)}`);
      expect(again.body.error?.code).toBe('409.duplicate-found');
      const prune = await cycleCall(emu, 'POST', '/v1/images/tasks', { body: { action: 'prune', contents: { source_ids: [nginx] } } });
      expect(prune.status).toBe(202);
      const created = await cycleCall(emu, 'POST', '/v1/images/sources', {
        body: { type: 'direct', name: 'Redis', origin: { type: 'docker-hub', details: { target: 'redis:7' } } },
      });
      expect(created.status).toBe(201);
      const sourceDel = await cycleCall(emu, 'DELETE', `/v1/images/sources/${String(rec(created.body.data).id)}`);
      expect(sourceDel.status).toBe(202);
      emu.state.tick(10);
      expect((await cycleCall(emu, 'GET', `/v1/images/${String(img?.id)}`)).status).toBe(404);
      expect((await cycleCall(emu, 'GET', `/v1/images/sources/${String(rec(created.body.data).id)}`)).status).toBe(404);
    });

    it('lists jobs with filter[state] and /v1/jobs/latest', async () => {
      const completed = list((await cycleCall(emu, 'GET', '/v1/jobs?filter[state]=completed&page[size]=100')).body.data);
      expect(completed.length).toBeGreaterThan(0);
      expect(completed.every((j) => rec(j.state).current === 'completed')).toBe(true);
      const latest = list((await cycleCall(emu, 'GET', '/v1/jobs/latest')).body.data);
      expect(latest.length).toBeLessThanOrEqual(10);
    });
  });

  describe('env', () => {
    it('exposes exactly what the gateway needs', () => {
      expect(emu.env).toEqual({ CYCLE_API_URL: emu.url, CYCLE_API_KEY: emu.state.apiKey, CYCLE_HUB_ID: emu.state.hubId });
    });
  });
});
