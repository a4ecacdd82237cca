/**
 * The issue-15 figures (`npm run bench` runs this first, then run.ts): the gateway run as production
 * runs it (`npm run build`, then `NODE_ENV=production node dist/server.js`, every provider LIVE against
 * the emulators, API-key auth on) next to a plain graphql-yoga `{ hello }` server, both in processes of
 * their own, started here. Server CPU per request is utime+stime from /proc/<pid>/stat over the requests
 * of one run, reported as a ratio to the `{ hello }` server's in the same run. Load comes from this
 * process (undici keep-alive pools), each run bounded by a count and a time.
 *
 * Sizes (env): BENCH_REQUESTS (per c=50 run, 3000), BENCH_SEQUENTIAL (c=1 runs, 500), BENCH_CONCURRENCY
 * (50), BENCH_MAX_MS (cap per run, 30000), BENCH_SSE / BENCH_WS (subscribers, 2000 / 2000), BENCH_LINES
 * (build-log lines timed, 5), BENCH_POLL_MS (BUILD_LOG_POLL_MS, 1000), BENCH_SUBSCRIPTIONS=0 to skip
 * them, BENCH_NO_BUILD=1 to reuse dist/, BENCH_CPU_PROF=<dir> to run the gateway and the `{ hello }` server
 * under --cpu-prof (a directory each: <dir>/hello, <dir>/gateway…),
 * BENCH_ONLY=hello,node,list50,merged,latency (a subset of the request scenarios), BENCH_NODE_FLAGS (node
 * flags for the gateway only, e.g. `--max-semi-space-size=2`).
 * Writes test/bench/ratios.json.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setMaxListeners } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import { Pool } from 'undici';
import WebSocket from 'ws';
import { startWorker, type WorkerHandle } from './rpc.js';
import { load, ms, sleep, table, until, summarize, type LoadResult } from './stats.js';
import type { BenchProvider, UpstreamsApi } from './upstreams.js';
import { sseEvents } from '../support/sse.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const num = (name: string, dflt: number) => (process.env[name] ? Number(process.env[name]) : dflt);
const SIZES = {
  requests: num('BENCH_REQUESTS', 3000),
  sequential: num('BENCH_SEQUENTIAL', 500),
  concurrency: num('BENCH_CONCURRENCY', 50),
  maxMs: num('BENCH_MAX_MS', 30_000),
  sse: num('BENCH_SSE', 2000),
  ws: num('BENCH_WS', 2000),
  lines: num('BENCH_LINES', 5),
  pollMs: num('BENCH_POLL_MS', 1000),
  subscriptions: process.env.BENCH_SUBSCRIPTIONS !== '0',
};
const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !ONLY || ONLY.includes(name);
const API_KEY = 'bench-key-0123456789abcdef';
const TICK_HZ = 100; // USER_HZ: /proc/<pid>/stat counts CPU in 1/100 s on Linux

type Json = Record<string, any>;

// ── processes ───────────────────────────────────────────────────────────────────────────────────
/** utime+stime of a process, in µs. */
function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / TICK_HZ) * 1e6;
}
/** VmRSS and VmHWM in bytes. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}
const mib = (b: number) => (b / 1024 / 1024).toFixed(1);

interface Server {
  name: string;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/** Spawns `node args` and waits for a stdout line from which `port` extracts the port. */
async function spawnServer(name: string, args: string[], env: Record<string, string>, port: (line: string) => number | undefined): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const found = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      let i: number;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        const p = port(line);
        if (p !== undefined) {
          child.stdout!.off('data', onData);
          child.stdout!.resume(); // keep draining (logs) without holding them
          resolve(p);
          return;
        }
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening`)));
    setTimeout(() => reject(new Error(`${name} did not listen within 30 s`)), 30_000).unref();
  });
  return {
    name,
    pid: child.pid!,
    url: `http://127.0.0.1:${found}/graphql`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });

/** `--cpu-prof` into BENCH_CPU_PROF/<name>/ when profiling (the `{ hello }` baseline too, to compare frame by frame). */
const profileFlags = (name: string) => (process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${join(process.env.BENCH_CPU_PROF, name)}`] : []);

function startGateway(name: string, env: Record<string, string>): Promise<Server> {
  const prof = profileFlags(name);
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  return spawnServer(
    name,
    [...prof, ...flags, 'dist/server.js'],
    {
      ...env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      GATEWAY_API_KEYS: JSON.stringify([{ name: 'bench', key: API_KEY, scopes: ['read', 'write', 'import', 'metrics'] }]),
      SHUTDOWN_DRAIN_DELAY_MS: '0',
      BUILD_LOG_POLL_MS: String(SIZES.pollMs),
    },
    (line) => {
      if (!line.includes('listening on')) return undefined;
      return (JSON.parse(line) as { port: number }).port;
    },
  );
}

// ── clients ─────────────────────────────────────────────────────────────────────────────────────
class Client1 {
  private readonly pool: Pool;
  private readonly path: string;
  constructor(url: string, connections: number, private readonly headers: Record<string, string> = {}) {
    const u = new URL(url);
    this.pool = new Pool(u.origin, { connections, pipelining: 1 });
    this.path = u.pathname;
  }
  async run<T = Json>(query: string, variables?: Json): Promise<T> {
    const res = await this.pool.request({
      method: 'POST',
      path: this.path,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.body.text();
    const body = JSON.parse(text) as { data?: T; errors?: unknown[] };
    if (res.statusCode !== 200 || body.errors?.length || !body.data) throw new Error(`${res.statusCode}: ${text.slice(0, 300)}`);
    return body.data;
  }
  /** A plain GET against an upstream (the direct baseline). */
  async get(path: string, headers: Record<string, string>): Promise<void> {
    const res = await this.pool.request({ method: 'GET', path, headers });
    await res.body.text();
    if (res.statusCode !== 200) throw new Error(`upstream answered ${res.statusCode}`);
  }
  close() {
    return this.pool.close();
  }
}

// ── queries ─────────────────────────────────────────────────────────────────────────────────────
const SIX = 'id name digest sizeBytes createdAt ... on CycleImage { state }';
const Q = {
  hello: '{ hello }',
  node: 'query($id: ID!) { node(id: $id) { id ... on CycleImage { name digest sizeBytes createdAt state } } }',
  list50: `{ images(first: 50, filter: {providers: [CYCLE]}) { edges { node { ${SIX} } } } }`,
  merged50: `{ images(first: 50, filter: {providers: [DOCKER, CYCLE, PAI]}) { edges { node { id provider name digest sizeBytes createdAt } } } }`,
};

interface Row {
  scenario: string;
  server: Server;
  run: LoadResult;
  cpuUsPerRequest: number;
  upstreamPerRequest?: number;
  upstreamMinimum?: number;
  /** The server's VmHWM after this run (which scenario raised the peak). */
  peakRss: number;
}

async function main() {
  const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`, node: process.version, loadavg: os.loadavg().map((l) => l.toFixed(2)).join(' ') };
  console.log(`imagegraph ratio bench — ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}, load average ${machine.loadavg}`);
  console.log(`sizes: ${JSON.stringify(SIZES)}\n`);
  if (process.env.BENCH_NO_BUILD !== '1') execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });

  const stops: (() => Promise<void>)[] = [];
  const results: Json = { machine, sizes: SIZES, date: new Date().toISOString() };
  try {
    const upstreams = await startWorker<UpstreamsApi>(join(here, 'upstreams.ts'), { env: { BENCH_EXTRA_CYCLE_IMAGES: '60' } });
    stops.push(() => upstreams.stop());
    const info = await upstreams.call('info');
    const hello = await spawnServer('yoga-hello', [...profileFlags('hello'), join(here, 'hello-server.mjs')], { NODE_ENV: 'production' }, (l) => (l.startsWith('{"port"') ? (JSON.parse(l) as { port: number }).port : undefined));
    stops.push(() => hello.stop());
    const gateway = await startGateway('gateway', info.env);
    stops.push(() => gateway.stop());
    await sleep(500);
    const idle = memoryOf(gateway.pid);
    const helloIdle = memoryOf(hello.pid);
    const auth = { 'x-api-key': API_KEY };

    const counts = async () => Object.values(await upstreams.call('counts')).reduce((s, n) => s + n, 0);
    const measure = async (scenario: string, server: Server, query: string, variables: Json | undefined, concurrency: number, total: number, minimum?: number): Promise<Row> => {
      const client = new Client1(server.url, concurrency, server === hello ? {} : auth);
      try {
        await load(() => client.run(query, variables), { concurrency, total: Math.min(200, total), durationMs: 10_000 }); // warm-up (JIT, pools, tokens)
        const up0 = await counts();
        const cpu0 = cpuMicros(server.pid);
        const run = await load(() => client.run(query, variables), { concurrency, total, durationMs: SIZES.maxMs });
        const cpu1 = cpuMicros(server.pid);
        const up1 = await counts();
        if (run.errors) console.log(`${scenario}: ${run.errors} errors, first: ${run.firstError}`);
        return { scenario, server, run, cpuUsPerRequest: (cpu1 - cpu0) / run.completed, peakRss: memoryOf(server.pid).hwm, ...(server === hello ? {} : { upstreamPerRequest: (up1 - up0) / run.completed, upstreamMinimum: minimum }) };
      } finally {
        await client.close();
      }
    };

    const setup = new Client1(gateway.url, 1, auth);
    stops.push(() => setup.close());
    const page = await setup.run<Json>(Q.list50);
    const nodeId = page.images.edges[0].node.id as string;
    const merged = await setup.run<Json>(Q.merged50);
    const providers = new Set((merged.images.edges as Json[]).map((e) => e.node.provider));
    if (page.images.edges.length !== 50 || merged.images.edges.length !== 50 || providers.size !== 3) {
      throw new Error(`expected full pages of 50 (CYCLE: ${page.images.edges.length}; merged: ${merged.images.edges.length} from ${[...providers].join(', ')})`);
    }
    const C = SIZES.concurrency;
    const rows: Row[] = [];
    if (wanted('hello')) rows.push(await measure('Yoga `{ hello }` (baseline)', hello, Q.hello, undefined, C, SIZES.requests));
    if (wanted('node')) rows.push(await measure('`node(id:)` of one CycleImage, 6 fields', gateway, Q.node, { id: nodeId }, C, SIZES.requests, 1));
    if (wanted('list50')) rows.push(await measure('`images(first: 50, filter: {providers: [CYCLE]})`, 6 fields', gateway, Q.list50, undefined, C, SIZES.requests, 1));
    if (wanted('merged')) rows.push(await measure('merged page of 50 (DOCKER, CYCLE, PAI), 6 fields', gateway, Q.merged50, undefined, C, SIZES.requests, 3));
    const base = rows.find((r) => r.server === hello)?.cpuUsPerRequest;
    const peakAfterC50 = memoryOf(gateway.pid);
    results.requests = rows.map((r) => ({ scenario: r.scenario, ...r.run, cpuUsPerRequest: r.cpuUsPerRequest, ratio: base ? r.cpuUsPerRequest / base : undefined, peakRss: r.peakRss, upstreamPerRequest: r.upstreamPerRequest, upstreamMinimum: r.upstreamMinimum }));
    console.log(`Server CPU per request at concurrency ${C} (utime+stime of the server process / requests), ${SIZES.requests} requests each`);
    console.log(
      table(
        ['request', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'CPU µs/req', '× Yoga { hello }', 'peak RSS after (MiB)', 'upstream calls/req (API minimum)'],
        rows.map((r) => [r.scenario, r.run.rps.toFixed(0), ms(r.run.latency.p50), ms(r.run.latency.p99), r.run.errors, r.cpuUsPerRequest.toFixed(0), base ? `${(r.cpuUsPerRequest / base).toFixed(2)}×` : '–', mib(r.peakRss), r.upstreamPerRequest === undefined ? '–' : `${r.upstreamPerRequest.toFixed(2)} (${r.upstreamMinimum})`]),
      ),
    );
    console.log();

    // ── added latency over the direct upstream call, concurrency 1 ───────────────────────────────
    if (wanted('latency')) {
      const from = (await upstreams.call('counts')).CYCLE;
      await setup.run(Q.node, { id: nodeId });
      await setup.run(Q.list50);
      const calls = await upstreams.call('requests', { provider: 'CYCLE' as BenchProvider, from });
      const direct = new Client1(info.urls.CYCLE, 1);
      const gw = new Client1(gateway.url, 1, auth);
      const cycleHeaders = { authorization: `Bearer ${info.env.CYCLE_API_KEY}`, 'x-hub-id': info.env.CYCLE_HUB_ID!, accept: 'application/json' };
      const pairs = [
        { name: '`node(id:)` of one CycleImage', gateway: () => gw.run(Q.node, { id: nodeId }), upstream: calls[0]!.rawUrl },
        { name: 'CYCLE page of 50', gateway: () => gw.run(Q.list50), upstream: calls[1]!.rawUrl },
      ];
      const latency: Json[] = [];
      for (const p of pairs) {
        const opts = { concurrency: 1, total: SIZES.sequential, durationMs: SIZES.maxMs };
        const directOp = () => direct.get(new URL(p.upstream, info.urls.CYCLE).pathname + new URL(p.upstream, info.urls.CYCLE).search, cycleHeaders);
        await load(directOp, { ...opts, total: 50 });
        await load(p.gateway, { ...opts, total: 50 });
        // Interleaved halves, so a burst of load from the other helpers hits both sides alike.
        const d1 = await load(directOp, { ...opts, total: opts.total / 2 });
        const g1 = await load(p.gateway, { ...opts, total: opts.total / 2 });
        const d2 = await load(directOp, { ...opts, total: opts.total / 2 });
        const g2 = await load(p.gateway, { ...opts, total: opts.total / 2 });
        const pct = (a: LoadResult, b: LoadResult) => ({ p50: (a.latency.p50 + b.latency.p50) / 2, p99: Math.max(a.latency.p99, b.latency.p99) });
        const d = pct(d1, d2);
        const g = pct(g1, g2);
        latency.push({ scenario: p.name, upstream: p.upstream, direct: d, gateway: g, addedP50: g.p50 - d.p50, addedP99: g.p99 - d.p99 });
      }
      await direct.close();
      await gw.close();
      results.latency = latency;
      console.log(`Added latency over the direct Cycle call, concurrency 1 (${SIZES.sequential} requests per side, two interleaved halves)`);
      console.log(table(['request', 'direct p50', 'gateway p50', 'added p50', 'direct p99', 'gateway p99', 'added p99'], latency.map((l) => [l.scenario, ms(l.direct.p50), ms(l.gateway.p50), ms(l.addedP50), ms(l.direct.p99), ms(l.gateway.p99), ms(l.addedP99)])));
      console.log();
    }

    const memory: Json = { idle, peakAfterC50, yogaHello: { idle: helloIdle, end: memoryOf(hello.pid) } };
    results.memory = memory;
    console.log(`Gateway RSS: idle ${mib(idle.rss)} MiB; peak after the c=${C} runs ${mib(peakAfterC50.hwm)} MiB (VmHWM). Yoga { hello }: idle ${mib(helloIdle.rss)} MiB, peak ${mib(memory.yogaHello.end.hwm)} MiB\n`);
    await hello.stop();

    // ── subscriptions ────────────────────────────────────────────────────────────────────────────
    if (SIZES.subscriptions) {
      // A fresh process, so that its RSS growth is the subscribers' and not filled into a heap the load grew.
      await gateway.stop();
      const single = await startGateway('gateway-subscriptions', info.env);
      stops.push(() => single.stop());
      const setupSingle = new Client1(single.url, 1, auth);
      stops.push(() => setupSingle.close());
      memory.subscriptionsIdle = memoryOf(single.pid);
      results.subscriptions = [await fanOut([single], upstreams, setupSingle, 'one replica')];
      memory.peakWithSubscriptions = memoryOf(single.pid);
      console.log(`Gateway RSS with ${SIZES.sse + SIZES.ws} subscribers (fresh process): idle ${mib(memory.subscriptionsIdle.rss)} MiB, peak ${mib(memory.peakWithSubscriptions.hwm)} MiB`);
      await single.stop();
      const port = await freePort().catch(() => 0);
      let redis: ChildProcess | undefined;
      try {
        redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
        await sleep(300);
      } catch {
        redis = undefined;
      }
      if (redis && redis.exitCode === null && redis.pid) {
        const r = redis;
        stops.push(async () => {
          r.kill('SIGTERM');
          await new Promise((res) => (r.exitCode === null ? r.once('exit', res) : res(null)));
        });
        const env = { ...info.env, REDIS_URL: `redis://127.0.0.1:${port}` };
        const a = await startGateway('replica-a', env);
        stops.push(() => a.stop());
        const b = await startGateway('replica-b', env);
        stops.push(() => b.stop());
        const setupA = new Client1(a.url, 1, auth);
        stops.push(() => setupA.close());
        results.subscriptions.push(await fanOut([a, b], upstreams, setupA, 'two replicas + Redis'));
      } else console.log('redis-server not found: the two-replica scenario is skipped');
      const subs = results.subscriptions as Json[];
      console.log(`buildLog fan-out: ${SIZES.sse} SSE + ${SIZES.ws} graphql-ws subscribers to one build (poll every ${SIZES.pollMs} ms, ${SIZES.lines} lines timed)`);
      console.log(
        table(
          ['setup', 'subscribers', 'poller loops (gauge, all replicas)', 'build-log reads per poll interval', 'delivery after the poll p50 ms', 'p99 ms', 'max ms', 'RSS per subscriber', 'subscribe time', 'CPU while streaming: client / server(s)', 'errors'],
          subs.map((s) => [s.setup, s.subscribers, s.pollers, s.readsPerInterval.toFixed(2), ms(s.delivery.p50), ms(s.delivery.p99), ms(s.delivery.max), `${(s.rssPerSubscriber / 1024).toFixed(1)} KiB`, `${(s.subscribeMs / 1000).toFixed(1)} s`, [s.cpuShare.client, ...s.cpuShare.servers].map((c: number) => `${(c * 100).toFixed(0)}%`).join(' / '), s.errors]),
        ),
      );
    }
    writeFileSync(join(here, 'ratios.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwrote test/bench/ratios.json');
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

/** Sum of `imagegraph_build_log_pollers_running` over the replicas. */
async function pollersRunning(servers: Server[]): Promise<number> {
  let n = 0;
  for (const s of servers) {
    const res = await fetch(new URL('/metrics', s.url), { headers: { 'x-api-key': API_KEY } });
    const text = await res.text();
    n += Number(/^imagegraph_build_log_pollers_running (\S+)/m.exec(text)?.[1] ?? 0);
  }
  return n;
}

/**
 * One Cycle build (the emulator's clock is stopped: lines are appended here), SIZES.sse SSE and
 * SIZES.ws graphql-ws subscribers spread over `servers`. Each timed line is appended upstream; its
 * delivery is measured from the first build-log read that followed (the poll that saw it) to its
 * arrival at each subscriber (wall clocks of the same machine).
 */
async function fanOut(servers: Server[], upstreams: WorkerHandle<UpstreamsApi>, client: Client1, setup: string) {
  const sources = await client.run<Json>(`{ cycleImageSources(first: 1) { edges { node { id } } } }`);
  const created = await client.run<Json>(
    `mutation($input: CreateImageBuildInput!) { createImageBuild(input: $input) { __typename ... on CreateImageBuildSuccess { imageBuild { id } } ... on Error { message } } }`,
    { input: { cycle: { sourceId: sources.cycleImageSources.edges[0].node.id, name: `bench ${setup}` } } },
  );
  if (created.createImageBuild.__typename !== 'CreateImageBuildSuccess') throw new Error(JSON.stringify(created));
  const buildId = created.createImageBuild.imageBuild.id as string;
  const imageId = Buffer.from(buildId, 'base64url').toString('utf8').split(':')[2]!;
  await upstreams.call('cycleTick', 2);
  await sleep(300);
  const rss0 = servers.map((s) => memoryOf(s.pid).rss);
  const n = SIZES.sse + SIZES.ws;
  const arrivals: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const failed: unknown[] = [];
  const abort = new AbortController();
  setMaxListeners(n + 10, abort.signal);
  const query = `subscription($id: ID!) { buildLog(buildId: $id) { done lines { number text } } }`;
  const onEvent = (i: number, data: Json) => {
    const now = Date.now();
    for (const line of data.buildLog.lines as { number: number }[]) arrivals[i]!.set(line.number, now);
  };
  const pools = servers.map((s) => new Pool(new URL(s.url).origin, { connections: Math.ceil(SIZES.sse / servers.length) + 1, pipelining: 0 }));
  const wsClients: Client[] = [];
  const t0 = performance.now();
  const subscribeSse = async (i: number) => {
    const server = servers[i % servers.length]!;
    const res = await pools[i % servers.length]!.request({
      method: 'POST',
      path: new URL(server.url).pathname,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-api-key': API_KEY },
      body: JSON.stringify({ query, variables: { id: buildId } }),
      signal: abort.signal,
    });
    if (res.statusCode !== 200) throw new Error(`SSE ${res.statusCode}: ${await res.body.text()}`);
    for await (const { event, data } of sseEvents(res.body)) {
      if (event === 'next' && data) onEvent(i, (JSON.parse(data) as { data: Json }).data);
      if (event === 'complete') return;
    }
  };
  const subscribeWs = (i: number) => {
    const server = servers[i % servers.length]!;
    const ws = createClient({ url: server.url.replace('http:', 'ws:'), webSocketImpl: WebSocket, connectionParams: { 'x-api-key': API_KEY }, retryAttempts: 0, lazy: false });
    wsClients.push(ws);
    return new Promise<void>((resolve, reject) => {
      ws.subscribe({ query, variables: { id: buildId } }, { next: (v) => (v.errors ? reject(new Error(JSON.stringify(v.errors))) : onEvent(i, v.data as Json)), error: reject, complete: resolve });
    });
  };
  const streams: Promise<void>[] = [];
  // Subscribe in batches of 100, so the servers see a ramp rather than 4,000 connects in one tick.
  for (let i = 0; i < n; i++) {
    const s = i < SIZES.sse ? subscribeSse(i) : subscribeWs(i);
    s.catch((e: unknown) => failed.push(e));
    streams.push(s);
    if (i % 100 === 99) await sleep(20);
  }
  await upstreams.call('appendBuildLog', { imageId, text: '[bench] subscribers ready\n' });
  await until(() => failed.length > 0 || arrivals.every((a) => a.size > 0), 120_000, `${n} subscribers to receive a first line`);
  const subscribeMs = performance.now() - t0;
  if (failed.length) throw failed[0];
  await sleep(SIZES.pollMs * 1.5);
  const rss1 = servers.map((s) => memoryOf(s.pid).rss);
  const pollers = await pollersRunning(servers);
  const from = (await upstreams.call('counts')).CYCLE;
  const tStream = Date.now();
  const cpuClient0 = process.cpuUsage();
  const cpuServers0 = servers.map((s) => cpuMicros(s.pid));
  const delivery: number[] = [];
  for (let k = 1; k <= SIZES.lines; k++) {
    await sleep(Math.random() * SIZES.pollMs);
    const appendedAt = Date.now();
    const number = (await upstreams.call('appendBuildLog', { imageId, text: `[bench] line ${k}\n` })) - 1;
    await until(() => failed.length > 0 || arrivals.every((a) => a.has(number)), 30_000, `line ${number} at ${n} subscribers`);
    const reads = await upstreams.call('requestTimes', { provider: 'CYCLE', from, pathPart: '/build-log' });
    const poll = reads.find((t) => t >= appendedAt) ?? appendedAt;
    for (const a of arrivals) delivery.push(a.get(number)! - poll);
  }
  const streamedMs = Date.now() - tStream;
  const cpuClient1 = process.cpuUsage();
  // Share of one core each side used while the lines streamed: if the client is near 100 %, delivery is client-bound.
  const cpuShare = {
    client: (cpuClient1.user - cpuClient0.user + cpuClient1.system - cpuClient0.system) / 1000 / streamedMs,
    servers: servers.map((s, i) => (cpuMicros(s.pid) - cpuServers0[i]!) / 1000 / streamedMs),
  };
  const reads = (await upstreams.call('requestTimes', { provider: 'CYCLE', from, pathPart: '/build-log' })).length;
  // End the build: every stream completes.
  for (let i = 0; i < 100 && !(await upstreams.call('cycleJobDone', imageId)); i++) {
    await upstreams.call('cycleTick', 1);
    await sleep(20);
  }
  await Promise.race([Promise.allSettled(streams), sleep(SIZES.pollMs * 5 + 10_000)]);
  abort.abort();
  await Promise.allSettled(wsClients.map((c) => c.dispose()));
  await Promise.allSettled(pools.map((p) => p.destroy()));
  const rssGrowth = rss1.reduce((s, v, i) => s + v - rss0[i]!, 0);
  return { setup, subscribers: n, pollers, readsPerInterval: reads / (streamedMs / SIZES.pollMs), delivery: summarize(delivery), rssPerSubscriber: rssGrowth / n, subscribeMs, cpuShare, errors: failed.length };
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
