/**
 * imagegraph benchmark suite (`npm run bench`): figures, not pass/fail tests.
 *
 * Three processes on 127.0.0.1: the five emulators (upstreams.ts), the real gateway with every provider
 * LIVE against them (gateway-worker.ts, run with --expose-gc), and this one, the load generator and
 * direct-upstream baseline. Measures, in order:
 *   memory at idle → after warm-up → after 1000 queries; upstream calls per query (counted by the
 *   emulators themselves); gateway overhead against calling the upstream directly (sequential,
 *   concurrent, and again with 5 ms of upstream latency); throughput at concurrency 1/8/32 with the
 *   CPU each process used; buildLog fan-out to 1/10/100 SSE subscribers; memory after it all (after GC).
 * Usage: `npm run bench` (about 70 s on 2 cores).
 * Prints tables and writes test/bench/results.json. Every loop is bounded by a count and a time.
 */
import { setMaxListeners } from 'node:events';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DirectDocker, DirectSwr, DirectTac } from './direct.js';
import type { GatewayApi } from './gateway-worker.js';
import { GraphqlClient } from './graphql-client.js';
import { startWorker, type WorkerHandle } from './rpc.js';
import { load, mib, ms, sleep, summarize, table, until, type LoadResult, type Summary } from './stats.js';
import type { BenchProvider, UpstreamsApi } from './upstreams.js';
import { sseSubscribe } from '../support/sse.js';

const here = dirname(fileURLToPath(import.meta.url));
const started = performance.now();

// ── knobs (small on purpose: the whole run stays under ~3 minutes on 2 cores) ──────────────────
const WARMUP = 20;
const SEQUENTIAL = 200;
const CONCURRENT = { concurrency: 8, total: 400, durationMs: 10_000 };
/** The overhead scenarios again with this much latency added by every emulator. */
const LATENT = { latencyMs: 5, sequential: 50 };
const THROUGHPUT = { concurrencies: [1, 8, 32], durationMs: 4_000 };
const MEMORY_QUERIES = 1000;
const FANOUT = { subscribers: [1, 10, 100], lines: 10 };
/** The poller interval used here (the gateway's default is 1000 ms; upstream→client latency is bounded by it). */
const BUILD_LOG_POLL_MS = 250;

// ── queries ─────────────────────────────────────────────────────────────────────────────────────
const Q = {
  images50: `{ images(first: 50, filter: {providers: [DOCKER]}) { edges { node { id ... on DockerImage { repoTags architecture } } } } }`,
  images50ListOnly: `{ images(first: 50, filter: {providers: [DOCKER]}) { edges { node { id name reference sizeBytes createdAt ... on DockerImage { repoTags } } } } }`,
  baseImages100: `{ baseImages(first: 100) { edges { node { id name containerImage status operatingSystem { name } } } } }`,
  baseImages100OsDetail: `{ baseImages(first: 100) { edges { node { id name operatingSystem { name distroless fipsCompliant } } } } }`,
  repositories100: `{ repositories(first: 100) { edges { node { id namespace name tagCount tags(first: 5) { edges { node { name } } } } } } }`,
  repositories100TagDetail: `{ repositories(first: 100) { edges { node { id name tags(first: 5) { edges { node { name digest sizeBytes } } } } } } }`,
  merged20: `query($after: String) { images(first: 20, after: $after, filter: {providers: [DOCKER, CYCLE, PAI]}) { edges { node { id provider name createdAt } } pageInfo { hasNextPage endCursor } } }`,
  nodes20: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Image { name digest } } }`,
  imageBuilds20Plain: `{ imageBuilds(first: 20) { edges { node { id provider status } } } }`,
  imageBuilds20Image: `{ imageBuilds(first: 20) { edges { node { id image { id name } } } } }`,
  imageBuilds20Job: `{ imageBuilds(first: 20) { edges { node { id provider job { id state } } } } }`,
  cheap: `{ images(first: 10, filter: {providers: [DOCKER]}) { edges { node { id } } } }`,
  typename: `{ __typename }`,
};

type Json = Record<string, any>;

function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** Requests counted by shape, ids collapsed: `DOCKER GET /v1.44/images/{id}/json` → 50. */
function callShapes(provider: string, requests: { method: string; path: string }[], into: Record<string, number> = {}): Record<string, number> {
  for (const r of requests) {
    const path = r.path
      .replace(/sha256(?::|%3A)[0-9a-f]{64}|\b[0-9a-f]{24}\b|\b[0-9a-f]{8}-[0-9a-f-]{27}\b|image-[A-Za-z0-9]{18}/g, '{id}')
      .replace(/\/namespaces\/[^/]+\/repos\/[^/]+/, '/namespaces/{ns}/repos/{repo}');
    const shape = `${provider} ${r.method} ${path}`;
    into[shape] = (into[shape] ?? 0) + 1;
  }
  return into;
}

const shapesText = (shapes: Record<string, number>) =>
  Object.entries(shapes)
    .map(([s, n]) => `${s.replace(/^\S+ /, '')} ×${n}`)
    .join('; ');

type Memory = Awaited<ReturnType<GatewayApi['memory']>>;

async function main() {
  const results: Json = { machine: machine(), date: new Date().toISOString(), settings: { WARMUP, SEQUENTIAL, CONCURRENT, LATENT, THROUGHPUT, MEMORY_QUERIES, FANOUT, BUILD_LOG_POLL_MS } };
  const m = results.machine;
  console.log(`imagegraph bench — ${m.cpu}, ${m.cores} cores, ${m.memory}, Node ${m.node}, ${m.os}\n`);

  const upstreams = await startWorker<UpstreamsApi>(join(here, 'upstreams.ts'));
  let gateway: WorkerHandle<GatewayApi> | undefined;
  const clients: { close(): Promise<void> }[] = [];
  try {
    const info = await upstreams.call('info');
    gateway = await startWorker<GatewayApi>(join(here, 'gateway-worker.ts'), {
      execArgv: ['--expose-gc', '--no-warnings'],
      env: { BENCH_GATEWAY_ENV: JSON.stringify({ ...info.env, BUILD_LOG_POLL_MS: String(BUILD_LOG_POLL_MS) }) },
    });
    const gw = gateway;
    const url = await gw.call('url');
    const modes = await gw.call('providers');
    if (modes.some((p) => p.mode !== 'LIVE')) throw new Error(`every provider should be LIVE: ${JSON.stringify(modes)}`);

    // ── memory at idle ────────────────────────────────────────────────────────────────────────
    const memory: Record<string, Memory & { gc?: boolean }> = {};
    memory.idle = await gw.call('gc');
    const client = new GraphqlClient(url, 8);
    clients.push(client);

    // ── warm-up: every query once (TAC token exchange, Docker version negotiation, JIT) ─────────
    for (let i = 0; i < 3; i++) {
      for (const [name, q] of Object.entries(Q)) if (!['merged20', 'nodes20'].includes(name)) await client.run(q);
      await client.run(Q.merged20);
    }
    memory.afterWarmup = await gw.call('gc');

    // ── memory after 1000 queries (a mix, 8 in flight) ──────────────────────────────────────────
    const mix = [Q.images50, Q.baseImages100, Q.repositories100, Q.cheap];
    let k = 0;
    const mixRun = await load(() => client.run(mix[k++ % mix.length]!), { concurrency: 8, total: MEMORY_QUERIES, durationMs: 60_000 });
    memory.after1000 = await gw.call('memory');
    memory.after1000gc = await gw.call('gc');
    results.memoryMix = { completed: mixRun.completed, errors: mixRun.errors, rps: mixRun.rps };

    // ── 2. upstream calls per query ─────────────────────────────────────────────────────────────
    console.log('Upstream calls per query (one request, fresh per-request DataLoaders)');
    const calls: Json[] = [];
    const countCalls = async (name: string, run: () => Promise<Json>) => {
      const before = await upstreams.call('counts');
      const gwBefore = await gw.call('upstream');
      const data = await run();
      const after = await upstreams.call('counts');
      const gwAfter = await gw.call('upstream');
      const byProvider: Partial<Record<BenchProvider, number>> = {};
      const paths: Record<string, number> = {};
      for (const p of Object.keys(after) as BenchProvider[]) {
        const n = after[p] - before[p];
        if (!n) continue;
        byProvider[p] = n;
        callShapes(p, await upstreams.call('requests', { provider: p, from: before[p] }), paths);
      }
      const gatewayCount = Object.values(gwAfter).reduce((s, v) => s + v, 0) - Object.values(gwBefore).reduce((s, v) => s + v, 0);
      const total = Object.values(byProvider).reduce((s, v) => s + (v ?? 0), 0);
      calls.push({ query: name, total, gatewayCount, byProvider, paths });
      return data;
    };
    await countCalls('images(first: 50) DOCKER, list fields only', () => client.run(Q.images50ListOnly));
    await countCalls('images(first: 50) DOCKER, + architecture (inspect-only)', () => client.run(Q.images50));
    await countCalls('baseImages(first: 100) { operatingSystem { name } }', () => client.run(Q.baseImages100));
    await countCalls('baseImages(first: 100) { operatingSystem { name distroless fipsCompliant } }', () => client.run(Q.baseImages100OsDetail));
    await countCalls('repositories(first: 100) { tags(first: 5) { name } }', () => client.run(Q.repositories100));
    await countCalls('repositories(first: 100) { tags(first: 5) { name digest sizeBytes } }', () => client.run(Q.repositories100TagDetail));
    const page1 = await countCalls('images(first: 20) DOCKER+CYCLE+PAI, page 1', () => client.run(Q.merged20));
    await countCalls('images(first: 20) DOCKER+CYCLE+PAI, page 2', () => client.run(Q.merged20, { after: page1.images.pageInfo.endCursor }));
    const ids = (page1.images.edges as Json[]).map((e) => e.node.id as string);
    const perProvider = (page1.images.edges as Json[]).reduce<Record<string, number>>((acc, e) => ((acc[e.node.provider] = (acc[e.node.provider] ?? 0) + 1), acc), {});
    await countCalls(`nodes(ids: 20 images of page 1: ${Object.entries(perProvider).map(([p, n]) => `${n} ${p}`).join(', ')}) { name digest }`, () => client.run(Q.nodes20, { ids }));
    await countCalls('imageBuilds(first: 20) { id status }', () => client.run(Q.imageBuilds20Plain));
    await countCalls('imageBuilds(first: 20) { image { name } }', () => client.run(Q.imageBuilds20Image));
    const builds = await countCalls('imageBuilds(first: 20) { job { state } }', () => client.run(Q.imageBuilds20Job));
    // What the list answers for `job`, by provider (a listed build whose job is null, while node(id) has one, is worth knowing).
    results.imageBuildJobs = (builds.imageBuilds.edges as Json[]).reduce<Record<string, { builds: number; jobNull: number }>>((acc, e) => {
      const entry = (acc[e.node.provider] ??= { builds: 0, jobNull: 0 });
      entry.builds += 1;
      if (!e.node.job) entry.jobNull += 1;
      return acc;
    }, {});
    results.upstreamCalls = calls;
    const disagree = calls.filter((c) => c.total !== c.gatewayCount);
    console.log(disagree.length ? `the gateway's upstream metrics disagree with the emulators' logs for: ${disagree.map((c) => c.query).join('; ')}` : "(the gateway's own upstream metrics agree with the emulators' request logs)");
    console.log(
      table(
        ['query', 'upstream calls', 'by provider', 'calls'],
        calls.map((c) => [c.query, c.total, Object.entries(c.byProvider).map(([p, n]) => `${p} ${n}`).join(', '), shapesText(c.paths)]),
      ),
    );
    console.log();

    // ── 1. gateway overhead against calling the upstream directly ────────────────────────────────
    console.log(`Gateway overhead (latency ms; ${SEQUENTIAL} sequential after ${WARMUP} warm-up, then ${CONCURRENT.total} at concurrency ${CONCURRENT.concurrency})`);
    const docker = new DirectDocker(info.urls.DOCKER);
    await docker.init();
    const tac = new DirectTac(info.urls.TAC);
    await tac.init(info.tacApiToken);
    const swr = new DirectSwr(info.urls.SWR, info.swrCredentials);
    clients.push(docker, tac, swr);
    // The TAC and SWR list calls the gateway makes for these queries, replayed verbatim by the direct client.
    const lastCall = async (provider: BenchProvider, query: string, pathPrefix: string) => {
      const before = (await upstreams.call('counts'))[provider];
      await client.run(query);
      const reqs = (await upstreams.call('requests', { provider, from: before })).filter((r) => r.path.startsWith(pathPrefix));
      if (reqs.length !== 1) throw new Error(`expected one ${provider} ${pathPrefix} call, saw ${reqs.length}`);
      return reqs[0]!.rawUrl;
    };
    const tacUrl = await lastCall('TAC', Q.baseImages100, '/v1/base-images');
    const swrUrl = await lastCall('SWR', Q.repositories100, '/v2/manage/repos');
    const scenarios = [
      { name: 'images(first: 50) + architecture', upstream: 'Docker: list + 50 inspects', gateway: () => client.run(Q.images50), direct: () => docker.imagesPage(50) },
      { name: 'baseImages(first: 100) + OS name', upstream: `TAC: ${tacUrl}`, gateway: () => client.run(Q.baseImages100), direct: () => tac.get(tacUrl) },
      { name: 'repositories(first: 100) + tag names', upstream: `SWR (signed): ${swrUrl}`, gateway: () => client.run(Q.repositories100), direct: () => swr.get(swrUrl) },
    ];
    const overhead: Json[] = [];
    for (const s of scenarios) {
      const row: Json = { scenario: s.name, upstream: s.upstream };
      for (const [side, op] of [['gateway', s.gateway], ['direct', s.direct]] as const) {
        await load(op, { concurrency: 1, total: WARMUP, durationMs: 10_000 });
        const cpu0 = await gw.call('cpu');
        const seq = await load(op, { concurrency: 1, total: SEQUENTIAL, durationMs: 20_000 });
        const cpu1 = await gw.call('cpu');
        const conc = await load(op, CONCURRENT);
        // The gateway's own CPU per query (user + system), from the sequential run; ~0 on the direct side.
        const gatewayCpuMsPerQuery = (cpu1.user - cpu0.user + cpu1.system - cpu0.system) / 1000 / seq.completed;
        row[side] = { sequential: seq, concurrent: conc, gatewayCpuMsPerQuery };
      }
      overhead.push(row);
    }
    results.overhead = overhead;
    const latRow = (label: string, r: LoadResult) => [label, r.completed, ms(r.latency.p50), ms(r.latency.p95), ms(r.latency.p99), r.rps.toFixed(0), r.errors];
    console.log(
      table(
        ['scenario', 'n', 'p50', 'p95', 'p99', 'req/s', 'errors'],
        overhead.flatMap((o) => [
          latRow(`${o.scenario} — gateway, sequential`, o.gateway.sequential),
          latRow(`${o.scenario} — direct, sequential`, o.direct.sequential),
          latRow(`${o.scenario} — gateway, c=${CONCURRENT.concurrency}`, o.gateway.concurrent),
          latRow(`${o.scenario} — direct, c=${CONCURRENT.concurrency}`, o.direct.concurrent),
        ]),
      ),
    );
    console.log(
      table(
        ['scenario', 'added p50 (seq)', 'added p95 (seq)', 'ratio p50 (seq)', 'added p50 (c=8)', 'gateway CPU ms/query'],
        overhead.map((o) => [
          o.scenario,
          ms(o.gateway.sequential.latency.p50 - o.direct.sequential.latency.p50),
          ms(o.gateway.sequential.latency.p95 - o.direct.sequential.latency.p95),
          `${(o.gateway.sequential.latency.p50 / o.direct.sequential.latency.p50).toFixed(2)}×`,
          ms(o.gateway.concurrent.latency.p50 - o.direct.concurrent.latency.p50),
          o.gateway.gatewayCpuMsPerQuery.toFixed(2),
        ]),
      ),
    );

    // The same with every upstream answering 5 ms later (a nearby remote API): the gateway's own cost
    // is the same few ms, now next to the upstream's round trips.
    await upstreams.call('setLatency', LATENT.latencyMs);
    const latent: Json[] = [];
    for (const s of scenarios) {
      const row: Json = { scenario: s.name, upstreamLatencyMs: LATENT.latencyMs };
      for (const [side, op] of [['gateway', s.gateway], ['direct', s.direct]] as const) {
        await load(op, { concurrency: 1, total: 5, durationMs: 5_000 });
        row[side] = await load(op, { concurrency: 1, total: LATENT.sequential, durationMs: 15_000 });
      }
      latent.push(row);
    }
    await upstreams.call('setLatency', 0);
    results.overheadWithUpstreamLatency = latent;
    console.log(`With ${LATENT.latencyMs} ms added to every upstream answer (${LATENT.sequential} sequential)`);
    console.log(
      table(
        ['scenario', 'gateway p50', 'direct p50', 'added p50', 'gateway p95', 'direct p95'],
        latent.map((o) => [o.scenario, ms(o.gateway.latency.p50), ms(o.direct.latency.p50), ms(o.gateway.latency.p50 - o.direct.latency.p50), ms(o.gateway.latency.p95), ms(o.direct.latency.p95)]),
      ),
    );
    console.log();

    // ── 3. throughput ───────────────────────────────────────────────────────────────────────────
    console.log(`Throughput (${THROUGHPUT.durationMs / 1000} s each, keep-alive Pool with one connection per client; CPU as % of one core)`);
    await upstreams.call('clearRequests');
    const throughput: Json[] = [];
    for (const [label, query] of [
      ['{ __typename } (no upstream call: HTTP + GraphQL floor)', Q.typename],
      ['images(first: 10) DOCKER { id } (one upstream list call)', Q.cheap],
    ] as const) {
      for (const c of THROUGHPUT.concurrencies) {
        const pool = new GraphqlClient(url, c);
        clients.push(pool);
        await load(() => pool.run(query), { concurrency: c, total: 50, durationMs: 5_000 });
        const cpu0 = { gateway: await gw.call('cpu'), upstreams: await upstreams.call('cpu'), client: process.cpuUsage() };
        const up0 = await gw.call('upstream');
        const r = await load(() => pool.run(query), { concurrency: c, durationMs: THROUGHPUT.durationMs });
        const cpu1 = { gateway: await gw.call('cpu'), upstreams: await upstreams.call('cpu'), client: process.cpuUsage() };
        const up1 = await gw.call('upstream');
        const cpuMs = (k: keyof typeof cpu0) => (cpu1[k].user - cpu0[k].user + cpu1[k].system - cpu0[k].system) / 1000;
        const upstreamCalls = Object.keys(up1).reduce((n, p) => n + up1[p as BenchProvider] - up0[p as BenchProvider], 0);
        throughput.push({
          query: label,
          concurrency: c,
          ...r,
          gatewayCpuMsPerRequest: cpuMs('gateway') / r.completed,
          /** Share of one core used by each process during the run (the machine has os.cpus().length). */
          cpuShare: { gateway: cpuMs('gateway') / r.elapsedMs, upstreams: cpuMs('upstreams') / r.elapsedMs, client: cpuMs('client') / r.elapsedMs },
          upstreamCallsPerRequest: upstreamCalls / r.completed,
        });
        await pool.close();
      }
    }
    await upstreams.call('clearRequests');
    results.throughput = throughput;
    console.log(
      table(
        ['query', 'concurrency', 'req/s', 'p50', 'p95', 'p99', 'errors', 'gateway CPU ms/req', 'CPU gateway / emulators / client', 'upstream calls/req'],
        throughput.map((t) => [
          t.query,
          t.concurrency,
          t.rps.toFixed(0),
          ms(t.latency.p50),
          ms(t.latency.p95),
          ms(t.latency.p99),
          t.errors,
          t.gatewayCpuMsPerRequest.toFixed(2),
          (['gateway', 'upstreams', 'client'] as const).map((k) => `${(t.cpuShare[k] * 100).toFixed(0)}%`).join(' / '),
          t.upstreamCallsPerRequest.toFixed(2),
        ]),
      ),
    );
    console.log();

    // ── 4. buildLog fan-out ─────────────────────────────────────────────────────────────────────
    console.log(`buildLog fan-out over SSE (poll interval ${BUILD_LOG_POLL_MS} ms; ${FANOUT.lines} lines each, written upstream at random points of the interval)`);
    const sources = await client.run<Json>(`{ cycleImageSources(first: 1) { edges { node { id } } } }`);
    const sourceId = sources.cycleImageSources.edges[0].node.id as string;
    const fanout: Json[] = [];
    for (const n of FANOUT.subscribers) fanout.push(await fanOut(n, { client, gw, upstreams, url, sourceId }));
    results.fanout = fanout;
    console.log(
      table(
        ['subscribers', 'upstream→client p50', 'p95', 'max', 'first→last subscriber p50', 'p95', 'poll ticks', 'upstream calls while streaming', 'per tick', 'upstream calls to subscribe all', 'heap growth (after GC)', 'per subscriber', 'RSS growth'],
        fanout.map((f) => [
          f.subscribers,
          ms(f.latency.p50),
          ms(f.latency.p95),
          ms(f.latency.max),
          ms(f.spread.p50),
          ms(f.spread.p95),
          f.polls,
          f.streamingCalls,
          (f.streamingCalls / f.polls).toFixed(2),
          `${f.subscribeCalls} (${f.pollsDuringSubscribe} ticks meanwhile)`,
          `${(f.heapGrowth / 1024).toFixed(0)} KiB`,
          f.subscribers >= 10 ? `${(f.heapGrowth / f.subscribers / 1024).toFixed(1)} KiB` : '–',
          mib(f.rssGrowth),
        ]),
      ),
    );
    const last = fanout.at(-1)!;
    console.log(`calls while streaming to ${last.subscribers} (${last.polls} ticks): ${shapesText(last.streamingShapes)}`);
    console.log(`calls while ${last.subscribers} subscribers joined: ${shapesText(last.subscribeShapes)}`);
    console.log(`pollers running while streaming: ${fanout.map((f) => f.pollersWhileStreaming).join('/')}; after the builds ended: ${fanout.map((f) => f.pollersAfterEnd).join('/')}; stream errors: ${fanout.reduce((s, f) => s + f.errors, 0)}`);
    console.log();

    // ── 5. memory ───────────────────────────────────────────────────────────────────────────────
    memory.afterFanout = await gw.call('memory');
    memory.final = await gw.call('gc');
    results.memory = memory;
    const heapBackWithin = memory.final.heapUsed - memory.afterWarmup.heapUsed;
    results.memoryCheck = { gcAvailable: memory.final.gc === true, heapDeltaFromWarmBaseline: heapBackWithin, nearBaseline: Math.abs(heapBackWithin) < 8 * 1024 * 1024 };
    console.log('Gateway memory (its own process)');
    console.log(
      table(
        ['point', 'RSS', 'heapUsed', 'heapTotal', 'external'],
        Object.entries(memory).map(([k, v]) => [`${k}${v.gc ? ' (after GC)' : ''}`, mib(v.rss), mib(v.heapUsed), mib(v.heapTotal), mib(v.external)]),
      ),
    );
    console.log(
      `heap after GC at the end vs after warm-up: ${heapBackWithin >= 0 ? '+' : ''}${mib(heapBackWithin)} → ${results.memoryCheck.nearBaseline ? 'back near baseline (< 8 MiB)' : 'NOT back near baseline'}${results.memoryCheck.gcAvailable ? '' : ' (no --expose-gc: figures without forced GC)'}`,
    );
    results.gatewayWarnings = await gw.call('warnings');
    for (const w of results.gatewayWarnings as { name: string; message: string; count: number }[]) console.log(`gateway warning ×${w.count}: ${w.name}: ${w.message}`);
    results.elapsedSeconds = (performance.now() - started) / 1000;
    writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwrote test/bench/results.json in ${results.elapsedSeconds.toFixed(0)} s`);
  } finally {
    await Promise.allSettled(clients.map((c) => c.close()));
    await gateway?.stop();
    await upstreams.stop();
  }
}

interface FanOutDeps {
  client: GraphqlClient;
  gw: WorkerHandle<GatewayApi>;
  upstreams: WorkerHandle<UpstreamsApi>;
  url: string;
  sourceId: string;
}

/**
 * One Cycle build followed by `n` SSE subscribers. The build clock is stopped, so the only lines are
 * the ones written here: each is timed from the moment it is appended upstream to its arrival at
 * every subscriber (bounded by the poll interval), and the spread between first and last arrival
 * shows what fanning out to `n` costs.
 */
async function fanOut(n: number, { client, gw, upstreams, url, sourceId }: FanOutDeps) {
  const created = await client.run<Json>(
    `mutation($input: CreateImageBuildInput!) { createImageBuild(input: $input) { __typename ... on CreateImageBuildSuccess { imageBuild { id } } ... on Error { message } } }`,
    { input: { cycle: { sourceId, name: `bench fan-out ${n}` } } },
  );
  if (created.createImageBuild.__typename !== 'CreateImageBuildSuccess') throw new Error(JSON.stringify(created));
  const buildId = created.createImageBuild.imageBuild.id as string;
  const imageId = Buffer.from(buildId, 'base64url').toString('utf8').split(':')[2]!;
  await upstreams.call('cycleTick', 2); // queued → running, no log written yet
  const memBefore = await gw.call('gc');
  const polls0 = (await gw.call('buildLogs')).polls;
  const cycle0 = (await upstreams.call('counts')).CYCLE;

  const arrivals: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const completed: boolean[] = Array(n).fill(false);
  const abort = new AbortController();
  // One signal shared by every subscriber of this run: more than Node's default 10 listeners is intended.
  setMaxListeners(FANOUT.subscribers.at(-1)! + 10, abort.signal);
  const query = `subscription($id: ID!) { buildLog(buildId: $id) { done lines { number text } } }`;
  const streams = arrivals.map(async (seen, i) => {
    for await (const event of sseSubscribe<Json>(url, query, { id: buildId }, abort.signal)) {
      const now = performance.now();
      if (event.errors?.length) throw new Error(JSON.stringify(event.errors));
      for (const line of event.data!.buildLog.lines as { number: number }[]) seen.set(line.number, now);
    }
    completed[i] = true;
  });
  const failed: unknown[] = [];
  streams.forEach((s) => s.catch((e: unknown) => failed.push(e)));
  const append = (text: string) => upstreams.call('appendBuildLog', { imageId, text });

  // Every subscriber is listening once it has seen a first line.
  await append('[bench] subscribers ready\n');
  await until(() => failed.length > 0 || arrivals.every((a) => a.has(0)), 30_000, `${n} subscribers to receive line 0`);
  if (failed.length) throw failed[0];
  const polls1 = (await gw.call('buildLogs')).polls;
  const cycle1 = (await upstreams.call('counts')).CYCLE;
  const subscribeShapes = callShapes('CYCLE', await upstreams.call('requests', { provider: 'CYCLE', from: cycle0 }));

  const latencies: number[] = [];
  const spreads: number[] = [];
  for (let line = 1; line <= FANOUT.lines; line++) {
    await sleep(Math.random() * BUILD_LOG_POLL_MS);
    const t0 = performance.now();
    await append(`[bench] line ${line} of ${FANOUT.lines}\n`);
    await until(() => arrivals.every((a) => a.has(line)), 10_000, `line ${line} at ${n} subscribers`);
    const times = arrivals.map((a) => a.get(line)!);
    latencies.push(...times.map((t) => t - t0));
    spreads.push(Math.max(...times) - Math.min(...times));
  }
  const memWith = await gw.call('gc');
  const active = (await gw.call('buildLogs')).active;
  const polls2 = (await gw.call('buildLogs')).polls;
  const cycle2 = (await upstreams.call('counts')).CYCLE;
  const streamingShapes = callShapes('CYCLE', await upstreams.call('requests', { provider: 'CYCLE', from: cycle1 }));

  // Let the scripted build run to its end: every stream completes, the poller stops.
  for (let i = 0; i < 100 && !(await upstreams.call('cycleJobDone', imageId)); i++) {
    await upstreams.call('cycleTick', 1);
    await sleep(20);
  }
  await until(() => completed.every(Boolean) || failed.length > 0, 15_000, `${n} streams to complete`);
  abort.abort();
  let pollersLeft = 1;
  for (let i = 0; i < 100 && pollersLeft; i++) {
    pollersLeft = (await gw.call('buildLogs')).active;
    if (pollersLeft) await sleep(20);
  }
  const memAfter = await gw.call('gc');

  const lat: Summary = summarize(latencies);
  return {
    subscribers: n,
    latency: lat,
    spread: summarize(spreads),
    pollersWhileStreaming: active,
    pollersAfterEnd: pollersLeft,
    polls: polls2 - polls1,
    streamingCalls: cycle2 - cycle1,
    streamingShapes,
    /** Upstream calls from the first subscribe until every subscriber had line 0: each one's catch-up reads plus the poller's ticks meanwhile. */
    subscribeCalls: cycle1 - cycle0,
    subscribeShapes,
    pollsDuringSubscribe: polls1 - polls0,
    heapGrowth: memWith.heapUsed - memBefore.heapUsed,
    rssGrowth: memWith.rss - memBefore.rss,
    heapAfterEnd: memAfter.heapUsed - memBefore.heapUsed,
    errors: failed.length,
  };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
