import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { missingBinaries, startRedis, type RealRedis } from '../support/components.js';
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
    const timer = setTimeout(() => reject(new Error(`replica did not start: ${stderr}`)), 30_000);
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
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    redis = await startRedis();
    // Slow builds: a build spans several lease periods, so a replica can die in the middle of one.
    cycle = await startCycleEmulator({ tickMs: 700 });
    const env = { ...cycle.env, REDIS_URL: redis.url, BUILD_LOG_POLL_MS: '200' };
    [a, b] = await Promise.all([startReplica(env), startReplica(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop('SIGKILL'), b?.stop('SIGKILL')]);
    await cycle?.close();
    await redis?.stop();
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
