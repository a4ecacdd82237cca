/**
 * PAI through the whole gateway: HTTP (yoga.fetch and a real listener for SSE) to the real app, whose PAI
 * provider is LIVE against an emulator started here, every request ACS3-signed and verified.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { NotFoundError } from '../../src/core/errors.js';
import { createGatewayPubSub } from '../../src/events/pubsub.js';
import { UpstreamJobTracker } from '../../src/events/job-tracker.js';
import type { JobRecord, JobState } from '../../src/core/records.js';
import {
  PaiBuildLogDocument,
  PaiBuildNodeDocument,
  PaiCreateBuildDocument,
  PaiDeleteImageDocument,
  PaiDeleteImageFieldErrorsDocument,
  PaiImageBuildsDocument,
  PaiImageFeedDocument,
  PaiImageNodeDocument,
  PaiImagesDocument,
  PaiJobUpdatedDocument,
  PaiProvidersDocument,
  PaiStopBuildDocument,
  PaiStopBuildFieldErrorsDocument,
  type CreateImageBuildInput,
  type ImageFilter,
  type PaiBuildLogSubscription,
} from '../generated/graphql.js';
import { expectTypename, startTestGateway, type TestGateway } from '../support/gateway.js';
import { paiBuildInput } from '../support/pai.js';

let emu: RunningPaiEmulator;
let gw: TestGateway;
const extra: TestGateway[] = [];

beforeAll(async () => {
  // Each tick moves a job one state or writes three log lines: a build takes ~1-2 s.
  emu = await startPaiEmulator({ tickMs: 100 });
  gw = await startTestGateway(emu.env);
});
afterAll(async () => {
  await Promise.all(extra.map((g) => g.close()));
  await gw?.close();
  await emu?.close();
});

async function gateway(env: Record<string, string>): Promise<TestGateway> {
  const g = await startTestGateway(env);
  extra.push(g);
  return g;
}

const decode = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8');
const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
};

/** A build input whose image is unique to the test (name and URI). */
function paiInput(over: { name?: string; dockerfile?: string; clientToken?: string; uri?: string } = {}) {
  return paiBuildInput({
    name: over.name ?? `env-${randomUUID().slice(0, 8)}`,
    dockerfile: over.dockerfile ?? ['FROM python:3.11-slim', 'RUN pip install numpy', 'RUN pip install pandas', 'COPY . /app', 'RUN python -c "import numpy"', 'CMD ["python"]'].join('\n'),
    clientToken: over.clientToken,
    uri: over.uri,
    labels: [{ key: 'team', value: 'ml' }],
  });
}

async function create(g: TestGateway, input: CreateImageBuildInput) {
  return (await g.execute({ document: PaiCreateBuildDocument, variables: { input } })).expectNoErrors().createImageBuild;
}

async function createBuild(g: TestGateway, input: ReturnType<typeof paiInput>) {
  return expectTypename(await create(g, input), 'CreateImageBuildSuccess').imageBuild;
}

const emuBuildOf = (token: string) => emu.state.builds.get(emu.state.buildsByToken.get(token) ?? '');

async function readLog(buildId: string, fromLine = 0) {
  const chunks: PaiBuildLogSubscription['buildLog'][] = [];
  for await (const event of gw.subscribe({ document: PaiBuildLogDocument, variables: { buildId, fromLine } }, AbortSignal.timeout(20_000))) {
    expect(event.errors).toBeUndefined();
    chunks.push(event.data!.buildLog);
  }
  return chunks;
}

describe('PAI in the graph', () => {
  describe('validation', () => {
    it('answers bad input with ValidationError naming the field, making zero emulator requests', async () => {
      await until(() => gw.services.buildLogs.activeCount() === 0);
      const before = emu.requests.length;
      const bad = paiInput({ uri: 'not a uri', name: 'Bad_Name' });
      const res = await create(gw, { pai: { ...bad.pai, userVpc: undefined, resource: { ecsSpec: 'ecs.c6.large', cpu: '4' } } });
      expect(res.__typename).toBe('ValidationError');
      const paths = expectTypename(res, 'ValidationError').fieldErrors.map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['input.pai.image.uri', 'input.pai.image.name', 'input.pai.userVpc', 'input.pai.resource']));

      const token = await create(gw, paiInput({ clientToken: 'x'.repeat(65) }));
      expect(expectTypename(token, 'ValidationError').fieldErrors.map((e) => e.path)).toEqual(['input.pai.clientToken']);

      const badBuildId = Buffer.from('ImageBuild:PAI:not-a-build-id', 'utf8').toString('base64url');
      const stop = await gw.execute({ document: PaiStopBuildFieldErrorsDocument, variables: { id: badBuildId } });
      expect(stop.expectNoErrors().stopImageBuild).toEqual({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.id' }] });

      const badImageId = Buffer.from('PaiImage:PAI:../../etc', 'utf8').toString('base64url');
      const del = await gw.execute({ document: PaiDeleteImageFieldErrorsDocument, variables: { id: badImageId } });
      expect(del.expectNoErrors().deleteImage).toEqual({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.id' }] });

      expect(emu.requests.length).toBe(before);
    });
  });

  describe('providers', () => {
    it('is LIVE with the emulator env, and answers signed probes', async () => {
      const res = await gw.execute({ document: PaiProvidersDocument });
      expect(res.expectNoErrors().providers.find((p) => p.provider === 'PAI')).toEqual({ provider: 'PAI', mode: 'LIVE', healthy: true, endpoint: emu.url, apiVersion: '2021-02-04' });
    });

    it('is SANDBOX (its own emulator) without credentials when GATEWAY_SANDBOX=auto, DISABLED when off', async () => {
      // DOCKER_HOST keeps Docker out of the way: only the sandboxed providers matter here.
      const sandbox = await gateway({ GATEWAY_SANDBOX: 'auto', DOCKER_HOST: 'tcp://127.0.0.1:9' });
      const res = await sandbox.execute({ document: PaiProvidersDocument });
      const pai = res.expectNoErrors().providers.find((p) => p.provider === 'PAI');
      expect(pai).toMatchObject({ mode: 'SANDBOX', healthy: true });
      expect(pai?.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(pai?.endpoint).not.toBe(emu.url);
      const images = await sandbox.execute({ document: PaiImageFeedDocument });
      expect(images.expectNoErrors().images.edges.length).toBeGreaterThan(0);

      const off = await gateway({ GATEWAY_SANDBOX: 'off' });
      const offRes = await off.execute({ document: PaiProvidersDocument });
      expect(offRes.expectNoErrors().providers.find((p) => p.provider === 'PAI')?.mode).toBe('DISABLED');
    });
  });

  describe('signing', () => {
    it('sends ACS3-signed requests the emulator accepts', async () => {
      const before = emu.requests.length;
      const { images } = (await gw.execute({ document: PaiImageFeedDocument })).expectNoErrors();
      expect(images.edges.length).toBeGreaterThan(0);
      expect(images.edges.every((e) => e.node.__typename === 'PaiImage')).toBe(true);
      const mine = emu.requests.slice(before).filter((r) => r.path === '/api/v1/images');
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((r) => r.status === 200)).toBe(true);
    });

    it('a gateway with a wrong secret gets ForbiddenError with the provider code, and nothing is created', async () => {
      const wrong = await gateway({ ...emu.env, ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'not-the-secret' });
      const builds = emu.state.builds.size;
      const res = await create(wrong, paiInput());
      expect(res).toMatchObject({ __typename: 'ForbiddenError', upstreamCode: 'SignatureDoesNotMatch', code: 'FORBIDDEN' });
      expect(expectTypename(res, 'ForbiddenError').message).not.toContain('not-the-secret');
      expect(emu.state.builds.size).toBe(builds);

      const list = await wrong.execute({ document: PaiImageFeedDocument });
      expect(list.expectError().extensions).toMatchObject({ code: 'FORBIDDEN', provider: 'PAI' });
    });
  });

  describe('stopImageBuild', () => {
    it('stops the DLC job: the build is CANCELLED, upstream and in the graph', async () => {
      const b = await createBuild(gw, paiInput());
      const res = (await gw.execute({ document: PaiStopBuildDocument, variables: { id: b.id } })).expectNoErrors();
      expect(res.stopImageBuild).toMatchObject({ __typename: 'StopImageBuildSuccess', imageBuild: { id: b.id, status: 'CANCELLED', job: { state: 'CANCELLED' } } });
      expect(expectTypename(res.stopImageBuild, 'StopImageBuildSuccess').imageBuild.finishedAt).toEqual(expect.any(String));
      const jobId = decode(b.job!.id).split(':').at(-1)!;
      expect(emu.state.jobs.get(jobId)?.status).toBe('Stopped');
      // Its log subscription ends at once with the final status.
      const chunks = await readLog(b.id);
      expect(chunks.at(-1)).toMatchObject({ done: true, status: 'CANCELLED' });
    });
  });

  describe('deleteImage', () => {
    it('removes a PAI image (RemoveImage): deletedId, no job; a second delete is NotFoundError', async () => {
      const id = Buffer.from('PaiImage:PAI:image-tfserving290000001', 'utf8').toString('base64url');
      const res = await gw.execute({ document: PaiDeleteImageDocument, variables: { id } });
      expect(res.expectNoErrors().deleteImage).toEqual({ __typename: 'DeleteImageSuccess', deletedId: id, job: null });
      expect(emu.state.images.has('image-tfserving290000001')).toBe(false);
      const again = await gw.execute({ document: PaiDeleteImageDocument, variables: { id } });
      expect(again.expectNoErrors().deleteImage).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    });
  });

  describe('createImageBuild + buildLog', () => {
    let built: Awaited<ReturnType<typeof createBuild>>;
    const token = `it-${randomUUID()}`;
    /** Kept whole: a retry must send the same body under the same token (the emulator refuses a changed one). */
    // ~60 log lines at three a tick (~2.5 s): long enough for the 1 s poller to stream it in several chunks.
    const longDockerfile = ['FROM alpine:3.19', ...Array.from({ length: 20 }, (_, i) => `RUN echo step-${i}`)].join('\n');
    const input = paiInput({ clientToken: token, dockerfile: longDockerfile });

    it('streams the DLC pod log lines in order over SSE (two subscribers, one poller), then completes with SUCCEEDED', async () => {
      built = await createBuild(gw, input);
      expect(built).toMatchObject({ provider: 'PAI', status: 'QUEUED', targetImage: input.pai.image.uri });
      expect(built.job).toMatchObject({ provider: 'PAI', action: 'build' });
      const emuBuild = emuBuildOf(token)!;
      expect(decode(built.id)).toBe(`ImageBuild:PAI:cn-hangzhou/${emuBuild.id}/${emuBuild.jobId}`);
      expect(decode(built.job!.id)).toBe(`Job:PAI:${emuBuild.jobId}`);

      const [a, b] = await Promise.all([
        readLog(built.id),
        (async () => {
          await until(() => gw.services.buildLogs.activeCount() === 1);
          // The second subscriber joins the running poller instead of starting another.
          const chunks = readLog(built.id);
          await new Promise((r) => setTimeout(r, 50));
          expect(gw.services.buildLogs.activeCount()).toBe(1);
          return chunks;
        })(),
      ]);
      const expected = emu.state.jobs.get(emuBuild.jobId)!.logs.map((l) => l.text);
      expect(expected.length).toBeGreaterThan(10);
      for (const chunks of [a, b]) {
        const lines = chunks.flatMap((c) => c.lines);
        expect(lines.map((l) => l.number)).toEqual(expected.map((_, i) => i));
        expect(lines.map((l) => l.text)).toEqual(expected);
        expect(chunks.at(-1)).toMatchObject({ done: true, status: 'SUCCEEDED', buildId: built.id });
        expect(chunks.slice(0, -1).every((c) => !c.done)).toBe(true);
      }
      expect(a.length).toBeGreaterThan(1); // it streamed while the build ran, not all at the end
      await until(() => gw.services.buildLogs.activeCount() === 0);

      // Resuming from a line number gives exactly the rest.
      const resumed = (await readLog(built.id, 5)).flatMap((c) => c.lines);
      expect(resumed.map((l) => l.text)).toEqual(expected.slice(5));
      expect(resumed[0]?.number).toBe(5);
    });

    it('retrying with the same clientToken returns the same build and creates no second one', async () => {
      const builds = emu.state.builds.size;
      const again = await createBuild(gw, input);
      expect(again.id).toBe(built.id);
      expect(emu.state.builds.size).toBe(builds);
      expect([...emu.state.builds.values()].filter((b) => b.clientToken === token)).toHaveLength(1);
    });

    it('the same clientToken with a different request is a ConflictError naming input.pai.clientToken, and makes nothing', async () => {
      const builds = emu.state.builds.size;
      const res = await create(gw, paiInput({ clientToken: token, dockerfile: 'FROM alpine:3.20' }));
      expect(res).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', message: expect.stringContaining('input.pai.clientToken') });
      expect(emu.state.builds.size).toBe(builds);
    });

    it('a response lost after the build was created is retried with the same generated token: one build', async () => {
      const builds = emu.state.builds.size;
      const before = emu.requests.length;
      emu.controls.loseNextCreateResponses = 1;
      const b = await createBuild(gw, paiInput());
      expect(emu.state.builds.size).toBe(builds + 1);
      const creates = emu.requests.slice(before).filter((r) => r.path === '/api/v1/imagebuilds');
      expect(creates.map((r) => r.status)).toEqual([503, 200]);
      const tokens = creates.map((r) => new URL(r.rawUrl, 'http://x').searchParams.get('ClientToken'));
      expect(tokens[0]).toBeTruthy();
      expect(tokens[1]).toBe(tokens[0]);
      expect(emu.state.buildsByToken.get(tokens[0]!)).toBe(decodeURIComponent(decode(b.id).split('/')[1]!));
    });

    it('refetches the ImageBuild and its PaiImage from their global ids alone, on a fresh gateway', async () => {
      const fresh = await gateway(emu.env);
      const res = await fresh.execute({ document: PaiBuildNodeDocument, variables: { id: built.id } });
      const node = expectTypename(res.expectNoErrors().node, 'ImageBuild');
      expect(node).toMatchObject({ __typename: 'ImageBuild', id: built.id, status: 'SUCCEEDED', targetImage: built.targetImage, job: { state: 'SUCCEEDED' } });
      expect(node.finishedAt).toEqual(expect.any(String));
      expect(node.log.map((l) => l.number)).toEqual([1, 2]);
      expect(node.image).toMatchObject({ __typename: 'PaiImage', imageUri: built.targetImage });

      const image = await fresh.execute({ document: PaiImageNodeDocument, variables: { id: node.image!.id } });
      expect(image.expectNoErrors().node).toMatchObject({ __typename: 'PaiImage', id: node.image!.id, imageUri: built.targetImage, accessibility: 'PRIVATE', labels: [{ key: 'team', value: 'ml' }] });
    });

    it('lists the built image in images(filter: {providers: [PAI]}), newest first, and honours search and dates', async () => {
      const list = async (f: ImageFilter) => (await gw.execute({ document: PaiImagesDocument, variables: { f } })).expectNoErrors().images.edges.map((e) => expectTypename(e.node, 'PaiImage'));
      const nodes = await list({ providers: ['PAI'] });
      expect(nodes.map((n) => n.imageUri)).toContain(built.targetImage);
      const times = nodes.map((n) => Date.parse(n.createdAt!));
      expect([...times].sort((x, y) => y - x)).toEqual(times);

      const name = built.targetImage!.split('/').at(-1)!.split(':')[0]!;
      const search = await list({ providers: ['PAI'], search: name.toUpperCase() });
      expect(search.map((n) => n.imageUri)).toEqual([built.targetImage]);

      const recent = await list({ providers: ['PAI'], createdAfter: new Date(Date.now() - 60_000).toISOString() });
      expect(recent.map((n) => n.imageUri)).toContain(built.targetImage);
      expect(recent.every((n) => Date.parse(n.createdAt!) > Date.now() - 60_000)).toBe(true);
      const old = await list({ providers: ['PAI'], createdBefore: new Date(Date.now() - 2 * 86_400_000).toISOString() });
      expect(old.map((n) => n.imageUri)).not.toContain(built.targetImage);
      expect(old.length).toBeGreaterThan(0);
    });

    it('lists PAI builds in imageBuilds by status', async () => {
      const res = await gw.execute({ document: PaiImageBuildsDocument, variables: { first: 100, filter: { providers: ['PAI'], statuses: ['SUCCEEDED'] } } });
      const nodes = res.expectNoErrors().imageBuilds.edges.map((e) => e.node);
      expect(nodes.map((n) => n.id)).toContain(built.id);
      expect(nodes.every((n) => n.status === 'SUCCEEDED')).toBe(true);
    });

    it('jobUpdated follows the DLC job of a build to its end (two subscribers)', async () => {
      // The job stays Running long enough for the tracker (1 s, then backing off) to see it.
      const b = await createBuild(gw, paiInput({ dockerfile: longDockerfile }));
      const read = async () => {
        const states: string[] = [];
        for await (const e of gw.subscribe({ document: PaiJobUpdatedDocument, variables: { id: b.job!.id } }, AbortSignal.timeout(20_000))) {
          expect(e.errors).toBeUndefined();
          expect(e.data?.jobUpdated.id).toBe(b.job!.id);
          states.push(e.data!.jobUpdated.state);
        }
        return states;
      };
      const order = ['QUEUED', 'RUNNING', 'SUCCEEDED'];
      const [x, y] = await Promise.all([read(), read()]);
      for (const states of [x, y]) {
        expect(states.at(-1)).toBe('SUCCEEDED');
        const ranks = states.map((s) => order.indexOf(s));
        expect(ranks.every((r) => r >= 0)).toBe(true);
        expect([...ranks].sort()).toEqual(ranks);
      }
      expect(x).toContain('RUNNING');
    });
  });
});

describe('UpstreamJobTracker', () => {
  const job = (state: JobState): JobRecord => ({
    provider: 'PAI', id: 'dlc-1', action: 'build', state, progress: null, caption: state, tasks: [], layers: [], error: null,
    createdAt: new Date(0), startedAt: null, completedAt: null, imageId: null,
  });

  describe('follow', () => {
    it('runs one poller per job however many followers, publishes changes only, and stops at a terminal state', async () => {
      const pubsub = createGatewayPubSub();
      const states: JobState[] = ['QUEUED', 'QUEUED', 'RUNNING', 'RUNNING', 'SUCCEEDED'];
      let reads = 0;
      const tracker = new UpstreamJobTracker('PAI', async () => job(states[Math.min(reads++, states.length - 1)]!), pubsub, { minIntervalMs: 5, maxIntervalMs: 20 });
      const seen: JobState[] = [];
      const updates = pubsub.subscribe('job:updated', 'PAI:dlc-1');
      const reading = (async () => {
        for await (const j of updates) {
          seen.push(j.state);
          if (j.state === 'SUCCEEDED') break;
        }
      })();
      const releaseA = tracker.follow('dlc-1');
      const releaseB = tracker.follow('dlc-1');
      expect(tracker.activeCount()).toBe(1);
      await reading;
      expect(seen).toEqual(['QUEUED', 'RUNNING', 'SUCCEEDED']);
      expect(reads).toBe(5);
      await until(() => tracker.activeCount() === 0);
      releaseA();
      releaseB();
    });

    it('stops when the last follower leaves, and after repeated NotFound', async () => {
      const pubsub = createGatewayPubSub();
      let reads = 0;
      const running = new UpstreamJobTracker('PAI', async () => (reads++, job('RUNNING')), pubsub, { minIntervalMs: 5, maxIntervalMs: 5 });
      const a = running.follow('dlc-1');
      const b = running.follow('dlc-1');
      a();
      a(); // releasing twice counts once
      expect(running.activeCount()).toBe(1);
      b();
      expect(running.activeCount()).toBe(0);
      const after = reads;
      await new Promise((r) => setTimeout(r, 30));
      expect(reads - after).toBeLessThanOrEqual(1);

      let missing = 0;
      const gone = new UpstreamJobTracker('PAI', async () => { missing++; throw new NotFoundError('no job', 'PAI'); }, pubsub, { minIntervalMs: 1, maxIntervalMs: 1, maxNotFound: 3 });
      gone.follow('dlc-x');
      await until(() => gone.activeCount() === 0);
      expect(missing).toBe(3);
    });
  });
});
