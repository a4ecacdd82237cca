/**
 * Cycle through the whole gateway: HTTP (yoga.fetch, and a real listener for SSE and graphql-ws) to
 * the real app, whose Cycle provider is LIVE against an emulator started here (bearer key + X-Hub-Id
 * checked on every request), or SANDBOX against the one the gateway starts itself.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { BuildLogPollers } from '../../src/events/build-log-poller.js';
import { createGateway } from '../../src/gateway.js';
import type { CycleJobSource } from '../../src/providers/cycle/sources.js';
import { encodeId } from '../../src/schema/global-id.js';
import { print } from 'graphql';
import {
  CycleBuildLogDocument,
  CycleBuildNodeDocument,
  CycleCreateBuildDocument,
  CycleDeleteImageDocument,
  CycleFeedIdsDocument,
  CycleImagesFilteredDocument,
  CycleImagesPageDocument,
  CycleImageStatesDocument,
  CycleJobDocument,
  CycleJobsDocument,
  CycleJobUpdatedDocument,
  CycleNodeIdDocument,
  CycleProvidersDocument,
  CyclePruneImagesDocument,
  CycleSandboxCheckDocument,
  CycleSourceByIdentifierDocument,
  CycleSourceNodesDocument,
  CycleSourcesDocument,
  CycleStopBuildDocument,
  type CycleBuildLogSubscription,
  type CycleJobUpdatedSubscription,
  type CycleSandboxCheckQuery,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, typedResult, type GraphQLBody, type TestGateway, type TypedRequest } from '../support/gateway.js';
import { attachGraphqlWs, wsClient, wsSubscribe } from '../support/ws.js';
import { until } from './helpers.js';

const VIEW_ONLY_KEY = 'secret_graph-view-only';
/** Poll interval of the build-log poller in these tests (the gateway's default is 1 s). */
const POLL_MS = 100;

let emu: RunningCycleEmulator;
let gw: TestGateway;
let closeWs: () => Promise<void>;
const extra: TestGateway[] = [];

beforeAll(async () => {
  // A tick moves a job one state or writes three log chunks: an import takes ~1–2 s.
  emu = await startCycleEmulator({ tickMs: 100, keys: [{ key: VIEW_ONLY_KEY, hubId: '651586fca6078e98982dbd90', capabilities: ['images-view', 'images-sources-view', 'apionly-jobs-view'] }] });
  gw = await startTestGateway(emu.env);
  // The same poller class the gateway builds, polling faster so a test build spans several polls.
  gw.services.buildLogs = new BuildLogPollers(gw.services.pubsub, { intervalMs: POLL_MS });
  closeWs = attachGraphqlWs(gw.yoga, gw.server);
});
afterAll(async () => {
  await closeWs?.();
  await Promise.all(extra.map((g) => g.close()));
  await gw?.close();
  await emu?.close();
});
afterEach(() => {
  emu.faults.failNext = undefined;
  emu.faults.pathPattern = undefined;
  emu.faults.retryAfterSeconds = undefined;
});

async function gateway(env: Record<string, string>): Promise<TestGateway> {
  const g = await startTestGateway(env);
  extra.push(g);
  return g;
}

/** The data of a typed operation, after asserting it had no errors. */
async function data<R, V>(request: TypedRequest<R, V>, g: TestGateway = gw): Promise<R> {
  return (await g.execute(request)).expectNoErrors();
}

const decode = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8');

async function sourceIdOf(identifier: string): Promise<string> {
  const d = await data({ document: CycleSourceByIdentifierDocument, variables: { f: { identifier } } });
  const id = d.cycleImageSources?.edges[0]?.node.id;
  if (!id) throw new Error(`no source ${identifier}`);
  return id;
}

/** graphql-ws takes the printed document (SSE subscriptions go through `gw.subscribe`). */
const BUILD_LOG = print(CycleBuildLogDocument);

type Chunk = CycleBuildLogSubscription['buildLog'];

/** Reads a buildLog stream to its end (the server completes it), keeping every chunk. */
async function collect(stream: AsyncIterable<{ data?: CycleBuildLogSubscription | null; errors?: readonly unknown[] }>, onChunk?: (c: Chunk) => void): Promise<Chunk[]> {
  const chunks: Chunk[] = [];
  for await (const result of stream) {
    if (result.errors?.length) throw new Error(`subscription error: ${JSON.stringify(result.errors)}`);
    const chunk = result.data!.buildLog;
    chunks.push(chunk);
    onChunk?.(chunk);
  }
  return chunks;
}

const lineNumbers = (chunks: Chunk[]) => chunks.flatMap((c) => c.lines.map((l) => l.number));

describe('cycle graph', () => {
  describe('providers', () => {
    it('is LIVE with CYCLE_API_URL/KEY/HUB_ID, and the probe is an authenticated call', async () => {
      const before = emu.requests.length;
      const res = await gw.execute({ document: CycleProvidersDocument });
      const cycle = res.expectNoErrors().providers.find((p) => p.provider === 'CYCLE');
      expect(cycle).toMatchObject({ mode: 'LIVE', healthy: true, endpoint: emu.url, apiVersion: 'v1', error: null });
      expect(JSON.stringify(res)).not.toContain(emu.state.apiKey);
      expect(emu.requests.slice(before).some((r) => r.path === '/v1/images' && r.status === 200)).toBe(true);
    });

    it('is SANDBOX through createServices with GATEWAY_SANDBOX=auto and no credentials', async () => {
      const services = await createServices(loadConfig({ GATEWAY_SANDBOX: 'auto' }, () => false));
      try {
        expect(services.providers.find((p) => p.provider === 'CYCLE')).toMatchObject({ mode: 'SANDBOX' });
        const yoga = createGateway(services);
        const res = await yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: print(CycleSandboxCheckDocument) }),
        });
        const body = typedResult(print(CycleSandboxCheckDocument), (await res.json()) as GraphQLBody<CycleSandboxCheckQuery>).expectNoErrors();
        expect(body.providers.find((p) => p.provider === 'CYCLE')).toMatchObject({ mode: 'SANDBOX', healthy: true });
        expect(body.providers.find((p) => p.provider === 'CYCLE')?.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(body.cycleImageSources?.edges).toHaveLength(2);
      } finally {
        await services.close();
      }
    });

    it('is DISABLED with GATEWAY_SANDBOX=off and no credentials; Cycle fields say so', async () => {
      const g = await gateway({});
      const providers = await data({ document: CycleProvidersDocument }, g);
      expect(providers.providers.find((p) => p.provider === 'CYCLE')).toMatchObject({ mode: 'DISABLED' });
      const res = await g.execute({ document: CycleSourcesDocument });
      expect(res.expectError().extensions).toMatchObject({ code: 'UNSUPPORTED_OPERATION', provider: 'CYCLE' });
    });
  });

  describe('wrong credentials', () => {
    it('a wrong key is a ForbiddenError with 401.auth-invalid: in a mutation union, on a query, and in providers', async () => {
      const sourceId = await sourceIdOf('billing-api');
      const g = await gateway({ ...emu.env, CYCLE_API_KEY: 'secret_not-a-key' });
      const mutation = await data({ document: CycleCreateBuildDocument, variables: { input: { cycle: { sourceId } } } }, g);
      expect(mutation.createImageBuild).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', upstreamCode: '401.auth-invalid', status: 401 });

      const query = await g.execute({ document: CycleSourcesDocument, variables: { first: 1 } });
      expect(query.data).toEqual({ cycleImageSources: null }); // nullable root field: only it is lost
      expect(query.expectError().extensions).toMatchObject({ code: 'FORBIDDEN', provider: 'CYCLE', upstreamCode: '401.auth-invalid', status: 401 });

      // The merged feed still answers (other providers), with one error naming Cycle: never an empty success.
      const feed = await g.execute({ document: CycleFeedIdsDocument });
      expect(feed.data?.images.edges).toEqual([]);
      expect(feed.expectError().extensions).toMatchObject({ code: 'FORBIDDEN', provider: 'CYCLE' });

      const providers = await g.execute({ document: CycleProvidersDocument });
      expect(providers.expectNoErrors().providers.find((p) => p.provider === 'CYCLE')).toMatchObject({ healthy: false });
      expect(JSON.stringify(providers)).not.toContain('secret_not-a-key');
    });

    it('a wrong hub id is a ForbiddenError with 403.wrong-hub', async () => {
      const sourceId = await sourceIdOf('billing-api');
      const g = await gateway({ ...emu.env, CYCLE_HUB_ID: '000000000000000000000001' });
      const mutation = await data({ document: CycleCreateBuildDocument, variables: { input: { cycle: { sourceId } } } }, g);
      expect(mutation.createImageBuild).toMatchObject({ __typename: 'ForbiddenError', upstreamCode: '403.wrong-hub', status: 403 });
      const query = await g.execute({ document: CycleNodeIdDocument, variables: { id: sourceId } });
      expect(query.data?.node).toBeNull();
      expect(query.expectError().extensions).toMatchObject({ code: 'FORBIDDEN', upstreamCode: '403.wrong-hub' });
    });

    it('a key without a capability is a ForbiddenError with 403.permissions naming it', async () => {
      const sourceId = await sourceIdOf('billing-api');
      const g = await gateway({ ...emu.env, CYCLE_API_KEY: VIEW_ONLY_KEY });
      const before = emu.state.store.images.size;
      const mutation = await data({ document: CycleCreateBuildDocument, variables: { input: { cycle: { sourceId } } } }, g);
      expect(mutation.createImageBuild).toMatchObject({ __typename: 'ForbiddenError', upstreamCode: '403.permissions', status: 403 });
      expect(expectTypename(mutation.createImageBuild, 'ForbiddenError').message).toContain("missing capability 'images-manage'");
      expect(emu.state.store.images.size).toBe(before);
      // Reading still works with that key.
      const read = await data({ document: CycleSourcesDocument, variables: { first: 1 } }, g);
      expect(read.cycleImageSources?.edges).toHaveLength(1);
    });
  });

  describe('images, sources, jobs', () => {
    it('CycleImage in the merged feed: source, build, config summary, creator; paged by Cycle page numbers', async () => {
      const first = await data({ document: CycleImagesPageDocument, variables: { f: { providers: ['CYCLE'] } } });
      const nodes = first.images.edges.map((e) => e.node);
      expect(nodes).toHaveLength(3);
      expect(first.images.pageInfo.hasNextPage).toBe(true);
      for (const n of nodes) {
        expect(n.provider).toBe('CYCLE');
        const image = expectTypename(n, 'CycleImage');
        expect(decode(n.id)).toMatch(/^CycleImage:CYCLE:[0-9a-f]{24}$/);
        // The build of a Cycle image is the image seen as a build: same local id.
        expect(decode(image.build!.id)).toBe(decode(n.id).replace('CycleImage', 'ImageBuild'));
        expect(decode(image.source!.id)).toMatch(/^CycleImageSource:CYCLE:/);
        expect(image.creatorId).toMatch(/^[0-9a-f]{24}$/);
      }
      const times = nodes.map((n) => Date.parse(n.createdAt!));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      const live = nodes.map((n) => expectTypename(n, 'CycleImage')).find((n) => n.state === 'live');
      if (live) expect(live.build?.status).toBe('SUCCEEDED');
      expect(JSON.stringify(first)).not.toContain('registry-token-not-a-secret');

      const second = await data({ document: CycleImagesPageDocument, variables: { f: { providers: ['CYCLE'] }, after: first.images.pageInfo.endCursor } });
      const secondIds = second.images.edges.map((e) => e.node.id);
      expect(secondIds.length).toBeGreaterThan(0);
      expect(secondIds.some((id) => nodes.some((n) => n.id === id))).toBe(false);
      expect(Date.parse(second.images.edges[0]!.node.createdAt!)).toBeLessThanOrEqual(times.at(-1)!);
    });

    it('applies search (filter[search]) and the date filters', async () => {
      const before = emu.requests.length;
      const searched = await data({ document: CycleImagesFilteredDocument, variables: { first: 20, filter: { providers: ['CYCLE'], search: 'billing' } } });
      expect(searched.images.edges.length).toBeGreaterThan(0);
      for (const e of searched.images.edges) expect(e.node.name.toLowerCase()).toContain('billing');
      expect(emu.requests.slice(before).some((r) => r.path === '/v1/images' && r.rawUrl.includes('filter%5Bsearch%5D=billing'))).toBe(true);

      const cutoff = new Date(Date.now() - 10 * 86_400_000).toISOString();
      const recent = await data({ document: CycleImagesFilteredDocument, variables: { first: 50, filter: { providers: ['CYCLE'], createdAfter: cutoff } } });
      expect(recent.images.edges.length).toBeGreaterThan(0);
      for (const e of recent.images.edges) expect(Date.parse(e.node.createdAt!)).toBeGreaterThanOrEqual(Date.parse(cutoff));
      const older = await data({ document: CycleImagesFilteredDocument, variables: { first: 50, filter: { providers: ['CYCLE'], createdBefore: cutoff } } });
      expect(older.images.edges.length).toBeGreaterThan(0);
      for (const e of older.images.edges) expect(Date.parse(e.node.createdAt!)).toBeLessThanOrEqual(Date.parse(cutoff));
    });

    it('cycleImageSources pages by cursor and every source refetches through node(id)', async () => {
      const page1 = (await data({ document: CycleSourcesDocument, variables: { first: 2 } })).cycleImageSources!;
      expect(page1.edges).toHaveLength(2);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await data({ document: CycleSourcesDocument, variables: { first: 2, after: page1.pageInfo.endCursor } })).cycleImageSources!;
      const ids1 = page1.edges.map((e) => e.node.id);
      expect(page2.edges.map((e) => e.node.id).some((id) => ids1.includes(id))).toBe(false);
      const node = await data({ document: CycleSourceNodesDocument, variables: { ids: ids1 } });
      expect(node.nodes.map((n) => expectTypename(n, 'CycleImageSource').name)).toEqual(page1.edges.map((e) => e.node.name));
    });

    it('Cycle jobs are Jobs with tasks, steps and captions', async () => {
      const d = await data({ document: CycleJobsDocument });
      expect(d.jobs.edges.length).toBeGreaterThan(0);
      const job = d.jobs.edges[0]!.node;
      expect(job).toMatchObject({ provider: 'CYCLE' });
      expect(job.tasks[0]!.caption).toBeTruthy();
      const refetched = await data({ document: CycleJobDocument, variables: { id: job.id } });
      expect(refetched.node).toMatchObject({ id: job.id, caption: job.caption });
    });
  });

  describe('createImageBuild(cycle) and buildLog', () => {
    it('streams every line in order, exactly once, over SSE and graphql-ws, to a late joiner too, from one poller', async () => {
      const sourceId = await sourceIdOf('billing-api');
      const created = await data({ document: CycleCreateBuildDocument, variables: { input: { cycle: { sourceId, name: 'billing-api graph-test' } } } });
      const build = expectTypename(created.createImageBuild, 'CreateImageBuildSuccess').imageBuild;
      expect(build).toMatchObject({ provider: 'CYCLE', status: 'QUEUED' });
      expect(build.job).toMatchObject({ provider: 'CYCLE', action: 'image.import' });
      expect(build.job!.tasks[0]!.steps.length).toBeGreaterThan(0);
      expect(build.image).toMatchObject({ source: { id: sourceId } });
      const imageId = decode(build.id).split(':')[2]!;
      const logPath = `/v1/images/${imageId}/build-log`;
      const pollsBefore = gw.services.buildLogs.polls;
      const started = Date.now();

      const ws = wsClient(gw.url);
      let seenBySse = 0;
      let maxPollers = 0;
      const sampler = setInterval(() => (maxPollers = Math.max(maxPollers, gw.services.buildLogs.activeCount())), 10);
      try {
        const sse = collect(gw.subscribe({ document: CycleBuildLogDocument, variables: { buildId: build.id, fromLine: 0 } }), (c) => (seenBySse += c.lines.length));
        const overWs = collect(wsSubscribe(ws, BUILD_LOG, { buildId: build.id, fromLine: 0 }));
        // A third subscriber joins once some of the log exists, asking for all of it.
        await until(() => seenBySse >= 3, 15_000);
        const lateJoinedWhileRunning = emu.state.store.images.get(imageId)!.dto.state.current !== 'live';
        const late = collect(gw.subscribe({ document: CycleBuildLogDocument, variables: { buildId: build.id, fromLine: 0 } }));
        const [a, b, c] = await Promise.all([sse, overWs, late]);
        const elapsed = Date.now() - started;

        const full = emu.state.store.buildLogs.get(imageId)!.log.split('\n');
        if (full.at(-1) === '') full.pop();
        const expected = full.map((_, i) => i);
        expect(expected.length).toBeGreaterThan(8);
        for (const chunks of [a, b, c]) {
          expect(lineNumbers(chunks)).toEqual(expected);
          expect(chunks.flatMap((ch) => ch.lines.map((l) => l.text))).toEqual(full);
          expect(chunks.at(-1)).toMatchObject({ done: true, status: 'SUCCEEDED', buildId: build.id });
          expect(chunks.slice(0, -1).every((ch) => !ch.done)).toBe(true);
        }
        expect(lateJoinedWhileRunning).toBe(true);

        // One poller for the build, however many subscribers: at most one was ever running, the poll
        // ticks fit one poller's schedule, and the emulator saw the poller's reads plus each
        // subscriber's catch-up (at most two reads each), not a poller per subscriber.
        expect(maxPollers).toBe(1);
        const polls = gw.services.buildLogs.polls - pollsBefore;
        expect(polls).toBeGreaterThan(2);
        expect(polls).toBeLessThanOrEqual(Math.ceil(elapsed / POLL_MS) + 1);
        const logReads = emu.requests.filter((r) => r.path === logPath).length;
        expect(logReads).toBeLessThanOrEqual(polls + 2 * 3);
        expect(logReads).toBeLessThan(2 * polls);
        await until(() => gw.services.buildLogs.activeCount() === 0);
      } finally {
        clearInterval(sampler);
        await ws.dispose();
      }

      // Resuming: a client that saw lines up to 5 asks from 6, after the build ended.
      const resumed = await collect(gw.subscribe({ document: CycleBuildLogDocument, variables: { buildId: build.id, fromLine: 6 } }));
      expect(lineNumbers(resumed)[0]).toBe(6);
      expect(resumed.at(-1)).toMatchObject({ done: true, status: 'SUCCEEDED' });

      // The build as a node: status from the image state, the log with fromLine/limit, the import job.
      const node = expectTypename((await data({ document: CycleBuildNodeDocument, variables: { id: build.id } })).node, 'ImageBuild');
      expect(node).toMatchObject({ status: 'SUCCEEDED', job: { state: 'SUCCEEDED' }, image: { state: 'live' } });
      expect(node.log.map((l) => l.number)).toEqual([2, 3, 4]);
    });

    it('validates the input before any upstream call, naming the field', async () => {
      const before = emu.requests.length;
      const tooLong = 'x'.repeat(300);
      const res = await data({
        document: CycleCreateBuildDocument,
        variables: { input: { cycle: { sourceId: encodeId('BaseImage', 'TAC', 'abc'), name: tooLong, buildArgs: [{ key: '1bad', value: 'v' }] } } },
      });
      expect(res.createImageBuild.__typename).toBe('ValidationError');
      expect(expectTypename(res.createImageBuild, 'ValidationError').fieldErrors.map((f) => f.path)).toEqual(['input.cycle.sourceId', 'input.cycle.name', 'input.cycle.buildArgs.0.key']);
      expect(emu.requests.length).toBe(before);
    });

    it('stopImageBuild of a Cycle build is an UnsupportedOperationError (Cycle jobs cannot be cancelled)', async () => {
      const res = await data({ document: CycleStopBuildDocument, variables: { id: encodeId('ImageBuild', 'CYCLE', '0123456789abcdef01234567') } });
      expect(res.stopImageBuild).toMatchObject({ __typename: 'UnsupportedOperationError' });
    });
  });

  describe('error paths', () => {
    it('404: node of a missing image is null with NOT_FOUND and 404.image', async () => {
      const res = await gw.execute({ document: CycleNodeIdDocument, variables: { id: encodeId('CycleImage', 'CYCLE', '0123456789abcdef01234567') } });
      expect(res.data?.node).toBeNull();
      expect(res.expectError().extensions).toMatchObject({ code: 'NOT_FOUND', provider: 'CYCLE', upstreamCode: '404.image' });
    });

    it('404: a missing source in createImageBuild is a NotFoundError, and nothing is created', async () => {
      const before = emu.state.store.images.size;
      const res = await data({ document: CycleCreateBuildDocument, variables: { input: { cycle: { sourceId: encodeId('CycleImageSource', 'CYCLE', '0123456789abcdef01234567') } } } });
      expect(res.createImageBuild).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
      expect(emu.state.store.images.size).toBe(before);
    });

    it('422 from Cycle is an UpstreamError with its code in the union (and nothing half-created)', async () => {
      const sourceId = await sourceIdOf('billing-api');
      const before = emu.state.store.images.size;
      emu.faults.pathPattern = /^\/v1\/images$/;
      emu.faults.failNext = { count: 1, status: 422 };
      const res = await data({ document: CycleCreateBuildDocument, variables: { input: { cycle: { sourceId } } } });
      expect(res.createImageBuild).toMatchObject({ __typename: 'UpstreamError', status: 422, providerCode: '422.invalid-argument' });
      expect(emu.state.store.images.size).toBe(before);
    });

    it('429 is a RateLimitedError with retryAfterSeconds (POST is not retried without an idempotency token)', async () => {
      const sourceId = await sourceIdOf('billing-api');
      emu.faults.pathPattern = /^\/v1\/images$/;
      emu.faults.retryAfterSeconds = 7;
      emu.faults.failNext = { count: 1, status: 429 };
      const res = await data({ document: CycleCreateBuildDocument, variables: { input: { cycle: { sourceId } } } });
      expect(res.createImageBuild).toMatchObject({ __typename: 'RateLimitedError', code: 'RATE_LIMITED', retryAfterSeconds: 7 });
    });

    it('5xx after the retries is an UpstreamError: null node with UPSTREAM_ERROR, status and code', async () => {
      const sourceId = await sourceIdOf('billing-api');
      emu.faults.pathPattern = /^\/v1\/images\/sources\//;
      emu.faults.failNext = { count: 3, status: 503 };
      const res = await gw.execute({ document: CycleNodeIdDocument, variables: { id: sourceId } });
      expect(res.data?.node).toBeNull();
      expect(res.expectError().extensions).toMatchObject({ code: 'UPSTREAM_ERROR', provider: 'CYCLE', status: 503, upstreamCode: '503.not-ready' });
      // A GET is retried: two failures then success answer normally.
      emu.faults.failNext = { count: 2, status: 500 };
      const ok = await data({ document: CycleNodeIdDocument, variables: { id: sourceId } });
      expect(ok.node?.id).toBe(sourceId);
    });
  });

  describe('deleteImage, pruneImages and jobUpdated', () => {
    const JOB_UPDATED = print(CycleJobUpdatedDocument); // for graphql-ws

    it('deleteImage returns a job; a second delete meanwhile is a ConflictError; jobUpdated streams to SUCCEEDED from one tracker', async () => {
      const list = await data({ document: CycleImageStatesDocument });
      const victim = list.images.edges.map((e) => e.node).find((n) => n.__typename === 'CycleImage' && n.state === 'live' && n.name === 'billing-api 2.4.0')!;
      expect(victim).toBeDefined();
      const remove = () => data({ document: CycleDeleteImageDocument, variables: { id: victim.id } });
      const res = await remove();
      expect(res.deleteImage).toMatchObject({ __typename: 'DeleteImageSuccess', deletedId: victim.id, job: { provider: 'CYCLE', action: 'image.delete', state: 'QUEUED' } });
      const deleteJob = expectTypename(res.deleteImage, 'DeleteImageSuccess').job!;
      const again = await remove();
      expect(again.deleteImage).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', upstreamCode: '409.duplicate-found' });

      const jobs = gw.services.jobSources.CYCLE as CycleJobSource;
      const trackersBefore = jobs.trackersStarted();
      const ws = wsClient(gw.url);
      try {
        const read = async (stream: AsyncIterable<{ data?: CycleJobUpdatedSubscription | null; errors?: readonly unknown[] }>) => {
          const states: string[] = [];
          for await (const r of stream) {
            if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
            states.push(r.data!.jobUpdated.state);
          }
          return states;
        };
        const [overSse, overWs] = await Promise.all([read(gw.subscribe({ document: CycleJobUpdatedDocument, variables: { id: deleteJob.id } })), read(wsSubscribe(ws, JOB_UPDATED, { id: deleteJob.id }))]);
        for (const states of [overSse, overWs]) {
          expect(states.at(-1)).toBe('SUCCEEDED');
          expect(states.filter((s) => s === 'SUCCEEDED')).toHaveLength(1);
        }
        expect(jobs.trackersStarted() - trackersBefore).toBe(1);
        await until(() => jobs.activeTrackers() === 0);
      } finally {
        await ws.dispose();
      }

      // Gone: node is null with NOT_FOUND, and deleting again is a NotFoundError with Cycle's code.
      const node = await gw.execute({ document: CycleNodeIdDocument, variables: { id: victim.id } });
      expect(node.data?.node).toBeNull();
      expect(node.expectError().extensions).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '404.image' });
      const third = await remove();
      expect(third.deleteImage).toMatchObject({ __typename: 'NotFoundError', upstreamCode: '404.image' });
    });

    it('pruneImages(cycle) starts the prune task; an empty list is a ValidationError before any call', async () => {
      const sourceId = await sourceIdOf('queue-worker');
      const res = await data({ document: CyclePruneImagesDocument, variables: { input: { cycle: { sourceIds: [sourceId] } } } });
      expect(res.pruneImages).toMatchObject({ __typename: 'PruneImagesSuccess', job: { provider: 'CYCLE', action: 'images.prune' } });
      const before = emu.requests.length;
      const empty = await data({ document: CyclePruneImagesDocument, variables: { input: { cycle: { sourceIds: [] } } } });
      expect(empty.pruneImages).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.cycle.sourceIds' }] });
      expect(emu.requests.length).toBe(before);
    });
  });
});
