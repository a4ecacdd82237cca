import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { missingBinaries, startRedis, startTogether, type RealRedis } from '../support/components.js';
import {
  RedisBuildLogDocument,
  RedisCreateImageBuildDocument,
  RedisCycleImageSourcesDocument,
  RedisCycleImagesDocument,
  RedisDeleteImageDocument,
  RedisJobDocument,
  RedisJobProgressDocument,
  RedisJobStateDocument,
  RedisPullBusyboxDocument,
  type RedisBuildLogSubscription,
} from '../generated/graphql.js';
import { executeAt, expectTypename, subscribeTyped, type TypedRequest } from '../support/gateway.js';

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

/** The data of a typed operation sent to a replica, which must succeed. */
async function gql<R, V>(url: string, request: TypedRequest<R, V>): Promise<R> {
  return (await executeAt(url, request)).expectNoErrors();
}

type Chunk = RedisBuildLogSubscription['buildLog'];

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
      const jobId = expectTypename((await gql(a.url, { document: RedisPullBusyboxDocument })).pullImage, 'PullImageSuccess').job.id;
      const states: { state: string; progress?: number | null }[] = [];
      for await (const e of subscribeTyped(b.url, { document: RedisJobProgressDocument, variables: { id: jobId } })) {
        if (e.data) states.push(e.data.jobUpdated);
      }
      expect(states.at(-1)).toEqual({ state: 'SUCCEEDED', progress: 1 });
      // B reads the job from the shared store too.
      const job = await gql(b.url, { document: RedisJobDocument, variables: { id: jobId } });
      expect(expectTypename(job.node, 'Job').state).toBe('SUCCEEDED');
    }, 30_000);
  });

  describe('jobUpdated for an upstream job', () => {
    it('follows a Cycle job from both replicas with one poller between them', async () => {
      const images = await gql(a.url, { document: RedisCycleImagesDocument });
      const live = images.images.edges.find((e) => e.node.__typename === 'CycleImage' && e.node.state === 'live')!.node;
      const deleted = await gql(a.url, { document: RedisDeleteImageDocument, variables: { id: live.id } });
      const jobId = expectTypename(deleted.deleteImage, 'DeleteImageSuccess').job!.id;
      const local = Buffer.from(jobId, 'base64url').toString().split(':').slice(2).join(':');
      const watcher = new Redis(redis.url);
      const holders = new Set<string>();
      const sampler = setInterval(() => void watcher.get(`imagegraph:lease:job:CYCLE:${local}`).then((h) => h && holders.add(h)), 50);
      const follow = async (url: string) => {
        const states: string[] = [];
        for await (const e of subscribeTyped(url, { document: RedisJobStateDocument, variables: { id: jobId } })) if (e.data) states.push(e.data.jobUpdated.state);
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
      const sources = await gql(a.url, { document: RedisCycleImageSourcesDocument });
      const sourceId = sources.cycleImageSources!.edges.find((e) => e.node.identifier === 'billing-api')!.node.id;
      const created = await gql(a.url, { document: RedisCreateImageBuildDocument, variables: { input: { cycle: { sourceId } } } });
      const buildId = expectTypename(created.createImageBuild, 'CreateImageBuildSuccess').imageBuild.id;

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
        for await (const e of subscribeTyped(a.url, { document: RedisBuildLogDocument, variables: { id: buildId, from: 0 } })) if (e.data) onA.push(e.data.buildLog);
      })().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 800));
      const onB: Chunk[] = [];
      const bDone = (async () => {
        for await (const e of subscribeTyped(b.url, { document: RedisBuildLogDocument, variables: { id: buildId, from: 0 } })) if (e.data) onB.push(e.data.buildLog);
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
      for await (const e of subscribeTyped(b.url, { document: RedisBuildLogDocument, variables: { id: buildId, from: (seenOnA.at(-1)?.number ?? -1) + 1 } })) if (e.data) resumed.push(e.data.buildLog);
      const all = [...seenOnA, ...resumed.flatMap((c) => c.lines)];
      expect(all.map((l) => l.text)).toEqual(linesB.map((l) => l.text));

      // The emulator's whole log, exactly.
      const imageId = Buffer.from(buildId, 'base64url').toString().split(':').slice(2).join(':');
      const upstream = cycle.state.store.buildLogs.get(imageId)?.log ?? '';
      expect(linesB.map((l) => l.text)).toEqual(upstream.replace(/\n$/, '').split('\n'));
    }, 90_000);
  });
});
