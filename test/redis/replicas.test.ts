import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { missingBinaries, startRedis, startTogether, type RealRedis } from '../support/components.js';
import { sseSubscribe } from '../support/sse.js';

const skipReason = missingBinaries('redis-server');

interface Replica {
  url: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A real gateway process (`src/server.ts`), as a load balancer would see it. */
async function startReplica(env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', GATEWAY_SANDBOX: 'off', DOCKER_HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // not left running when it never listened
      reject(new Error(`replica did not start: ${stderr}`));
    }, 30_000);
    child.once('exit', (code) => reject(new Error(`replica exited ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /listening on (http:\/\/\S+\/graphql)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return {
    url,
    child,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

async function gql<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Chunk {
  lines: { number: number; text: string }[];
  status: string;
  done: boolean;
}

const BUILD_LOG = 'subscription($id: ID!, $from: Int) { buildLog(buildId: $id, fromLine: $from) { lines { number text } status done } }';

describe.skipIf(!!skipReason)('two gateway replicas sharing Redis', () => {
  let redis: RealRedis;
  let cycle: RunningCycleEmulator;
  let docker: RunningDockerEmulator;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    redis = await startRedis();
    // Slow builds: a build spans several lease periods, so a replica can die in the middle of one.
    cycle = await startCycleEmulator({ tickMs: 1200 });
    docker = await startDockerEmulator({ tickMs: 60 });
    const env = { ...cycle.env, ...docker.env, REDIS_URL: redis.url, BUILD_LOG_POLL_MS: '200' };
    [a, b] = await startTogether([startReplica(env), startReplica(env)] as const);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop('SIGKILL'), b?.stop('SIGKILL')]);
    await cycle?.close();
    await docker?.close();
    await redis?.stop();
  });

  describe('jobUpdated', () => {
    it('follows from B a Docker pull started through A, to SUCCEEDED', async () => {
      const started = await gql<{ pullImage: { job: { id: string } } }>(a.url, 'mutation { pullImage(input: { image: "busybox", tag: "1.36" }) { ... on PullImageSuccess { job { id } } ... on Error { message } } }');
      const states: { state: string; progress: number | null }[] = [];
      for await (const e of sseSubscribe<{ jobUpdated: { state: string; progress: number | null } }>(b.url, 'subscription($id: ID!) { jobUpdated(jobId: $id) { state progress } }', { id: started.pullImage.job.id })) {
        if (e.data) states.push(e.data.jobUpdated);
      }
      expect(states.at(-1)).toEqual({ state: 'SUCCEEDED', progress: 1 });
      // B reads the job from the shared store too.
      const job = await gql<{ node: { state: string } }>(b.url, 'query($id: ID!) { node(id: $id) { ... on Job { state } } }', { id: started.pullImage.job.id });
      expect(job.node.state).toBe('SUCCEEDED');
    }, 30_000);
  });

  describe('jobUpdated for an upstream job', () => {
    it('follows a Cycle job from both replicas with one poller between them', async () => {
      const images = await gql<unknown>(a.url, '{ images(first: 50, filter: { providers: [CYCLE] }) { edges { node { id ... on CycleImage { state } } } } }');
      const live = (images as { images: { edges: { node: { id: string; state: string } }[] } }).images.edges.find((e) => e.node.state === 'live')!.node;
      const deleted = await gql<{ deleteImage: { job: { id: string } } }>(a.url, 'mutation($id: ID!) { deleteImage(input: { id: $id }) { ... on DeleteImageSuccess { job { id } } ... on Error { message } } }', { id: live.id });
      const jobId = deleted.deleteImage.job.id;
      const local = Buffer.from(jobId, 'base64url').toString().split(':').slice(2).join(':');
      const watcher = new Redis(redis.url);
      const holders = new Set<string>();
      const sampler = setInterval(() => void watcher.get(`imagegraph:lease:job:CYCLE:${local}`).then((h) => h && holders.add(h)), 50);
      const follow = async (url: string) => {
        const states: string[] = [];
        for await (const e of sseSubscribe<{ jobUpdated: { state: string } }>(url, 'subscription($id: ID!) { jobUpdated(jobId: $id) { state } }', { id: jobId })) if (e.data) states.push(e.data.jobUpdated.state);
        return states;
      };
      const [onA, onB] = await Promise.all([follow(a.url), follow(b.url)]);
      clearInterval(sampler);
      watcher.disconnect();
      expect(onA.at(-1)).toBe('SUCCEEDED');
      expect(onB.at(-1)).toBe('SUCCEEDED');
      expect(holders.size).toBe(1);
    }, 60_000);
  });

  describe('buildLog', () => {
    it('streams every line of a build started on A to a subscriber on B, in order, even after the poller replica is killed', async () => {
      const sources = await gql<{ cycleImageSources: { edges: { node: { id: string; identifier: string } }[] } }>(a.url, '{ cycleImageSources(first: 50) { edges { node { id identifier } } } }');
      const sourceId = sources.cycleImageSources.edges.find((e) => e.node.identifier === 'billing-api')!.node.id;
      const created = await gql<{ createImageBuild: { imageBuild: { id: string } } }>(
        a.url,
        'mutation($input: CreateImageBuildInput!) { createImageBuild(input: $input) { ... on CreateImageBuildSuccess { imageBuild { id } } ... on Error { message } } }',
        { input: { cycle: { sourceId } } },
      );
      const buildId = created.createImageBuild.imageBuild.id;

      // Watch who holds the poller lease in Redis while the build runs.
      const watcher = new Redis(redis.url);
      const holders: string[] = [];
      const leaseKey = `imagegraph:lease:CYCLE:${Buffer.from(buildId, 'base64url').toString().split(':').slice(2).join(':')}`;
      const sampler = setInterval(() => {
        void watcher.get(leaseKey).then((h) => {
          if (h && holders.at(-1) !== h) holders.push(h);
        });
      }, 50);

      // A subscribes first, so A takes the poller lease; then B subscribes.
      const onA: Chunk[] = [];
      const aDone = (async () => {
        for await (const e of sseSubscribe<{ buildLog: Chunk }>(a.url, BUILD_LOG, { id: buildId, from: 0 })) if (e.data) onA.push(e.data.buildLog);
      })().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 800));
      const onB: Chunk[] = [];
      const bDone = (async () => {
        for await (const e of sseSubscribe<{ buildLog: Chunk }>(b.url, BUILD_LOG, { id: buildId, from: 0 })) if (e.data) onB.push(e.data.buildLog);
      })();

      // Kill A once it has streamed something: B must take the poller over.
      const deadline = Date.now() + 20_000;
      while (!onA.some((c) => c.lines.length) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await a.stop('SIGKILL');
      await aDone;
      const seenOnA = onA.flatMap((c) => c.lines);

      await bDone;
      clearInterval(sampler);
      watcher.disconnect();
      // One poller at a time, and a different replica after A died.
      expect(holders.length).toBeGreaterThanOrEqual(2);
      const linesB = onB.flatMap((c) => c.lines);
      expect(onB.at(-1)).toMatchObject({ done: true, status: 'SUCCEEDED' });
      expect(linesB.map((l) => l.number)).toEqual(linesB.map((_, i) => i));

      // The client that was on A resumes on B from where it stopped and loses nothing.
      const resumed: Chunk[] = [];
      for await (const e of sseSubscribe<{ buildLog: Chunk }>(b.url, BUILD_LOG, { id: buildId, from: (seenOnA.at(-1)?.number ?? -1) + 1 })) if (e.data) resumed.push(e.data.buildLog);
      const all = [...seenOnA, ...resumed.flatMap((c) => c.lines)];
      expect(all.map((l) => l.text)).toEqual(linesB.map((l) => l.text));

      // The emulator's whole log, exactly.
      const imageId = Buffer.from(buildId, 'base64url').toString().split(':').slice(2).join(':');
      const upstream = cycle.state.store.buildLogs.get(imageId)?.log ?? '';
      expect(linesB.map((l) => l.text)).toEqual(upstream.replace(/\n$/, '').split('\n'));
    }, 90_000);
  });
});
