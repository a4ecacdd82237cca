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
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { sseSubscribe } from '../support/sse.js';
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

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateImageBuildInput!) {
    createImageBuild(input: $input) {
      __typename
      ... on CreateImageBuildSuccess {
        imageBuild { id provider status targetImage createdAt job { id provider action state } }
      }
      ... on ValidationError { fieldErrors { path message } }
      ... on ForbiddenError { upstreamCode status }
      ... on Error { message code }
    }
  }
`;

type Build = { id: string; provider: string; status: string; targetImage: string; job: { id: string; state: string } | null };

async function createBuild(g: TestGateway, input: ReturnType<typeof paiInput>): Promise<Build> {
  const res = await g.raw<{ createImageBuild: { __typename: string; imageBuild?: Build; message?: string } }>(CREATE, { input });
  expect(res.errors).toBeUndefined();
  expect(res.data?.createImageBuild.__typename, res.data?.createImageBuild.message).toBe('CreateImageBuildSuccess');
  return res.data!.createImageBuild.imageBuild!;
}

const emuBuildOf = (token: string) => emu.state.builds.get(emu.state.buildsByToken.get(token) ?? '');

type LogChunk = { buildLog: { buildId: string; status: string; done: boolean; lines: { number: number; text: string }[] } };
const BUILD_LOG = /* GraphQL */ `
  subscription Log($buildId: ID!, $fromLine: Int) {
    buildLog(buildId: $buildId, fromLine: $fromLine) { buildId status done lines { number text } }
  }
`;

async function readLog(buildId: string, fromLine = 0) {
  const chunks: LogChunk['buildLog'][] = [];
  for await (const event of sseSubscribe<LogChunk>(gw.url, BUILD_LOG, { buildId, fromLine }, AbortSignal.timeout(20_000))) {
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
      const res = await gw.raw<{ createImageBuild: { __typename: string; fieldErrors: { path: string }[] } }>(CREATE, {
        input: { pai: { ...bad.pai, userVpc: undefined, resource: { ecsSpec: 'ecs.c6.large', cpu: '4' } } },
      });
      expect(res.data?.createImageBuild.__typename).toBe('ValidationError');
      const paths = res.data!.createImageBuild.fieldErrors.map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['input.pai.image.uri', 'input.pai.image.name', 'input.pai.userVpc', 'input.pai.resource']));

      const token = await gw.raw<{ createImageBuild: { __typename: string; fieldErrors: { path: string }[] } }>(CREATE, {
        input: paiInput({ clientToken: 'x'.repeat(65) }),
      });
      expect(token.data?.createImageBuild.fieldErrors.map((e) => e.path)).toEqual(['input.pai.clientToken']);

      const badBuildId = Buffer.from('ImageBuild:PAI:not-a-build-id', 'utf8').toString('base64url');
      const stop = await gw.raw<{ stopImageBuild: { __typename: string; fieldErrors: { path: string }[] } }>(
        `mutation($id: ID!) { stopImageBuild(input: {id: $id}) { __typename ... on ValidationError { fieldErrors { path } } } }`,
        { id: badBuildId },
      );
      expect(stop.data?.stopImageBuild).toEqual({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.id' }] });

      const badImageId = Buffer.from('PaiImage:PAI:../../etc', 'utf8').toString('base64url');
      const del = await gw.raw<{ deleteImage: { __typename: string; fieldErrors: { path: string }[] } }>(
        `mutation($id: ID!) { deleteImage(input: {id: $id}) { __typename ... on ValidationError { fieldErrors { path } } } }`,
        { id: badImageId },
      );
      expect(del.data?.deleteImage).toEqual({ __typename: 'ValidationError', fieldErrors: [{ path: 'input.id' }] });

      expect(emu.requests.length).toBe(before);
    });
  });

  describe('providers', () => {
    it('is LIVE with the emulator env, and answers signed probes', async () => {
      const res = await gw.raw<{ providers: { provider: string; mode: string; healthy: boolean; endpoint: string; apiVersion: string }[] }>(
        '{ providers { provider mode healthy endpoint apiVersion } }',
      );
      expect(res.data?.providers.find((p) => p.provider === 'PAI')).toEqual({ provider: 'PAI', mode: 'LIVE', healthy: true, endpoint: emu.url, apiVersion: '2021-02-04' });
    });

    it('is SANDBOX (its own emulator) without credentials when GATEWAY_SANDBOX=auto, DISABLED when off', async () => {
      // DOCKER_HOST keeps Docker out of the way: only the sandboxed providers matter here.
      const sandbox = await gateway({ GATEWAY_SANDBOX: 'auto', DOCKER_HOST: 'tcp://127.0.0.1:9' });
      const res = await sandbox.raw<{ providers: { provider: string; mode: string; healthy: boolean; endpoint: string }[] }>('{ providers { provider mode healthy endpoint } }');
      const pai = res.data?.providers.find((p) => p.provider === 'PAI');
      expect(pai).toMatchObject({ mode: 'SANDBOX', healthy: true });
      expect(pai?.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(pai?.endpoint).not.toBe(emu.url);
      const images = await sandbox.raw<{ images: { edges: { node: { __typename: string } }[] } }>('{ images(filter: {providers: [PAI]}) { edges { node { __typename } } } }');
      expect(images.errors).toBeUndefined();
      expect(images.data?.images.edges.length).toBeGreaterThan(0);

      const off = await gateway({ GATEWAY_SANDBOX: 'off' });
      const offRes = await off.raw<{ providers: { provider: string; mode: string }[] }>('{ providers { provider mode } }');
      expect(offRes.data?.providers.find((p) => p.provider === 'PAI')?.mode).toBe('DISABLED');
    });
  });

  describe('signing', () => {
    it('sends ACS3-signed requests the emulator accepts', async () => {
      const before = emu.requests.length;
      const res = await gw.raw<{ images: { edges: { node: { __typename: string; provider: string } }[] } }>(
        '{ images(filter: {providers: [PAI]}) { edges { node { __typename provider } } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.images.edges.length).toBeGreaterThan(0);
      expect(res.data?.images.edges.every((e) => e.node.__typename === 'PaiImage')).toBe(true);
      const mine = emu.requests.slice(before).filter((r) => r.path === '/api/v1/images');
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((r) => r.status === 200)).toBe(true);
    });

    it('a gateway with a wrong secret gets ForbiddenError with the provider code, and nothing is created', async () => {
      const wrong = await gateway({ ...emu.env, ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'not-the-secret' });
      const builds = emu.state.builds.size;
      const res = await wrong.raw<{ createImageBuild: { __typename: string; upstreamCode: string; code: string; message: string } }>(CREATE, { input: paiInput() });
      expect(res.data?.createImageBuild).toMatchObject({ __typename: 'ForbiddenError', upstreamCode: 'SignatureDoesNotMatch', code: 'FORBIDDEN' });
      expect(res.data?.createImageBuild.message).not.toContain('not-the-secret');
      expect(emu.state.builds.size).toBe(builds);

      const list = await wrong.raw('{ images(filter: {providers: [PAI]}) { edges { node { id } } } }');
      expect(list.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', provider: 'PAI' });
    });
  });

  describe('stopImageBuild', () => {
    it('stops the DLC job: the build is CANCELLED, upstream and in the graph', async () => {
      const b = await createBuild(gw, paiInput());
      const res = await gw.raw<{ stopImageBuild: { __typename: string; imageBuild: { id: string; status: string; finishedAt: string | null; job: { state: string } } } }>(
        `mutation($id: ID!) { stopImageBuild(input: {id: $id}) { __typename ... on StopImageBuildSuccess { imageBuild { id status finishedAt job { state } } } ... on Error { message } } }`,
        { id: b.id },
      );
      expect(res.data?.stopImageBuild).toMatchObject({ __typename: 'StopImageBuildSuccess', imageBuild: { id: b.id, status: 'CANCELLED', job: { state: 'CANCELLED' } } });
      expect(res.data?.stopImageBuild.imageBuild.finishedAt).toEqual(expect.any(String));
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
      const q = `mutation($id: ID!) { deleteImage(input: {id: $id}) { __typename ... on DeleteImageSuccess { deletedId job { id } } ... on Error { code } } }`;
      const res = await gw.raw<{ deleteImage: unknown }>(q, { id });
      expect(res.data?.deleteImage).toEqual({ __typename: 'DeleteImageSuccess', deletedId: id, job: null });
      expect(emu.state.images.has('image-tfserving290000001')).toBe(false);
      const again = await gw.raw<{ deleteImage: unknown }>(q, { id });
      expect(again.data?.deleteImage).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    });
  });

  describe('createImageBuild + buildLog', () => {
    let built: Build;
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
      const res = await gw.raw<{ createImageBuild: { __typename: string; message: string; code: string } }>(CREATE, { input: paiInput({ clientToken: token, dockerfile: 'FROM alpine:3.20' }) });
      expect(res.errors).toBeUndefined();
      expect(res.data?.createImageBuild).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', message: expect.stringContaining('input.pai.clientToken') });
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
      const res = await fresh.raw<{
        node: { __typename: string; id: string; status: string; finishedAt: string; targetImage: string; job: { state: string }; log: { number: number; text: string }[]; image: { __typename: string; id: string; imageUri: string } };
      }>(
        `query($id: ID!) { node(id: $id) { __typename id ... on ImageBuild { status finishedAt targetImage job { state } log(fromLine: 1, limit: 2) { number text }
            image { __typename id ... on PaiImage { imageUri } } } } }`,
        { id: built.id },
      );
      expect(res.errors).toBeUndefined();
      const node = res.data!.node;
      expect(node).toMatchObject({ __typename: 'ImageBuild', id: built.id, status: 'SUCCEEDED', targetImage: built.targetImage, job: { state: 'SUCCEEDED' } });
      expect(node.finishedAt).toEqual(expect.any(String));
      expect(node.log.map((l) => l.number)).toEqual([1, 2]);
      expect(node.image).toMatchObject({ __typename: 'PaiImage', imageUri: built.targetImage });

      const image = await fresh.raw<{ node: { __typename: string; id: string; imageUri: string; accessibility: string; labels: { key: string; value: string }[] } }>(
        `query($id: ID!) { node(id: $id) { __typename id ... on PaiImage { imageUri accessibility labels { key value } } } }`,
        { id: node.image.id },
      );
      expect(image.errors).toBeUndefined();
      expect(image.data?.node).toMatchObject({ __typename: 'PaiImage', id: node.image.id, imageUri: built.targetImage, accessibility: 'PRIVATE', labels: [{ key: 'team', value: 'ml' }] });
    });

    it('lists the built image in images(filter: {providers: [PAI]}), newest first, and honours search and dates', async () => {
      const q = `query($f: ImageFilter) { images(first: 50, filter: $f) { edges { node { __typename id createdAt ... on PaiImage { imageUri } } } } }`;
      type Images = { images: { edges: { node: { __typename: string; createdAt: string; imageUri: string } }[] } };
      const all = await gw.raw<Images>(q, { f: { providers: ['PAI'] } });
      expect(all.errors).toBeUndefined();
      const nodes = all.data!.images.edges.map((e) => e.node);
      expect(nodes.map((n) => n.imageUri)).toContain(built.targetImage);
      const times = nodes.map((n) => Date.parse(n.createdAt));
      expect([...times].sort((x, y) => y - x)).toEqual(times);

      const name = built.targetImage.split('/').at(-1)!.split(':')[0]!;
      const search = await gw.raw<Images>(q, { f: { providers: ['PAI'], search: name.toUpperCase() } });
      expect(search.data?.images.edges.map((e) => e.node.imageUri)).toEqual([built.targetImage]);

      const recent = await gw.raw<Images>(q, { f: { providers: ['PAI'], createdAfter: new Date(Date.now() - 60_000).toISOString() } });
      expect(recent.data?.images.edges.map((e) => e.node.imageUri)).toContain(built.targetImage);
      expect(recent.data?.images.edges.every((e) => Date.parse(e.node.createdAt) > Date.now() - 60_000)).toBe(true);
      const old = await gw.raw<Images>(q, { f: { providers: ['PAI'], createdBefore: new Date(Date.now() - 2 * 86_400_000).toISOString() } });
      expect(old.data?.images.edges.map((e) => e.node.imageUri)).not.toContain(built.targetImage);
      expect(old.data?.images.edges.length).toBeGreaterThan(0);
    });

    it('lists PAI builds in imageBuilds by status', async () => {
      const res = await gw.raw<{ imageBuilds: { edges: { node: { id: string; status: string } }[] } }>(
        '{ imageBuilds(first: 100, filter: {providers: [PAI], statuses: [SUCCEEDED]}) { edges { node { id status } } } }',
      );
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.imageBuilds.edges.map((e) => e.node);
      expect(nodes.map((n) => n.id)).toContain(built.id);
      expect(nodes.every((n) => n.status === 'SUCCEEDED')).toBe(true);
    });

    it('jobUpdated follows the DLC job of a build to its end (two subscribers)', async () => {
      // The job stays Running long enough for the tracker (1 s, then backing off) to see it.
      const b = await createBuild(gw, paiInput({ dockerfile: longDockerfile }));
      type JobEvent = { jobUpdated: { id: string; state: string; caption: string } };
      const q = 'subscription($id: ID!) { jobUpdated(jobId: $id) { id state caption } }';
      const read = async () => {
        const states: string[] = [];
        for await (const e of sseSubscribe<JobEvent>(gw.url, q, { id: b.job!.id }, AbortSignal.timeout(20_000))) {
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
