/**
 * `/metrics` as Prometheus scrapes it: every family the README lists, histograms with buckets, and
 * outcomes that say what happened (a refused operation is `rejected` with its code, a merged list
 * missing a provider is `partial`, not `ok`).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { GwImageEventActionsDocument, GwMetricsImportDocument, GwMetricsMergedDocument, GwMetricsOkDocument, GwProviderNamesDocument } from '../generated/graphql.js';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { attachGraphqlWs, wsClient } from '../support/ws.js';
import { startTestGateway, type TestGateway, uploadForm } from '../support/gateway.js';

/** Every metric family of README "Metrics"; histograms are checked for buckets below. */
const FAMILIES = [
  'imagegraph_graphql_request_duration_seconds',
  'imagegraph_graphql_operation_duration_seconds',
  'imagegraph_graphql_operations_total',
  'imagegraph_graphql_rejected_operations_total',
  'imagegraph_subscriptions_active',
  'imagegraph_upstream_request_duration_seconds',
  'imagegraph_upstream_requests_total',
  'imagegraph_upstream_circuit_state',
  'imagegraph_upstream_pool_connections',
  'imagegraph_build_log_pollers_running',
  'imagegraph_job_trackers_running',
  'imagegraph_redis_backplane_errors_total',
  'imagegraph_provider_up',
  // prom-client's default process, GC and event-loop metrics
  'process_cpu_user_seconds_total',
  'process_resident_memory_bytes',
  'nodejs_eventloop_lag_p99_seconds',
  'nodejs_gc_duration_seconds',
  'nodejs_heap_size_used_bytes',
];
const HISTOGRAMS = ['imagegraph_graphql_request_duration_seconds', 'imagegraph_graphql_operation_duration_seconds', 'imagegraph_upstream_request_duration_seconds'];

let docker: RunningDockerEmulator;
let cycle: RunningCycleEmulator;
let gw: TestGateway;

const post = (query: string, headers: Record<string, string> = {}) =>
  fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
const scrape = async () => (await fetch(gw.url.replace('/graphql', '/metrics'))).text();
/** The value of one sample, found by its name and a subset of its labels. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

beforeAll(async () => {
  [docker, cycle] = await Promise.all([startDockerEmulator(), startCycleEmulator({ tickMs: 0 })]);
  gw = await startTestGateway({ ...docker.env, ...cycle.env, PROVIDER_PROBE_INTERVAL_MS: '60000' });
}, 60_000);
afterAll(async () => {
  await gw?.close();
  await Promise.all([docker?.close(), cycle?.close()]);
});

describe('/metrics', () => {
  it('counts a rejected operation with its code, a partial result as partial, and upstream attempts with their status and attempt', async () => {
    expect((await (await post('query Nope { nope }')).json()) as { errors?: unknown[] }).toHaveProperty('errors');

    // Cycle answers 500 to every attempt of its list: the merged list comes back with Docker's images and an error.
    cycle.faults.pathPattern = /^\/v1\/images$/;
    cycle.faults.failNext = { status: 500, count: 3 };
    const partial = (await (await post(print(GwMetricsMergedDocument))).json()) as { data?: unknown; errors?: { extensions?: { provider?: string } }[] };
    cycle.faults.failNext = undefined;
    expect(partial.data).toBeTruthy();
    expect(partial.errors?.some((e) => e.extensions?.provider === 'CYCLE')).toBe(true);
    await post(print(GwMetricsOkDocument));

    const text = await scrape();
    expect(sample(text, 'imagegraph_graphql_operations_total', { operation_name: 'Nope', outcome: 'rejected' })).toBe(1);
    expect(sample(text, 'imagegraph_graphql_rejected_operations_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(text, 'imagegraph_graphql_operations_total', { operation_name: 'GwMetricsMerged', operation_type: 'query', outcome: 'partial' })).toBe(1);
    expect(sample(text, 'imagegraph_graphql_operations_total', { operation_name: 'GwMetricsOk', operation_type: 'query', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'imagegraph_graphql_request_duration_seconds_count', { operation_name: 'GwMetricsMerged', outcome: 'partial' })).toBe(1);
    expect(sample(text, 'imagegraph_graphql_operation_duration_seconds_count', { operation_name: 'GwMetricsMerged', outcome: 'partial' })).toBe(1);
    for (const attempt of ['1', '2', '3']) expect(sample(text, 'imagegraph_upstream_requests_total', { provider: 'CYCLE', method: 'GET', status: '500', attempt })).toBe(1);
    expect(sample(text, 'imagegraph_upstream_request_duration_seconds_count', { provider: 'DOCKER', status: '200', attempt: '1' })).toBeGreaterThan(0);
    expect(sample(text, 'imagegraph_upstream_circuit_state', { provider: 'CYCLE' })).toBe(0);
    expect(sample(text, 'imagegraph_upstream_pool_connections', { provider: 'DOCKER', state: 'connected' })).toBeGreaterThan(0);
  });

  it('counts a streamed upload once, under the id echoed to the client and sent upstream', async () => {
    const form = uploadForm({ document: GwMetricsImportDocument, variables: {} }, new Blob([Buffer.alloc(10_240)]));
    const from = docker.requests.length;
    const res = await fetch(gw.url, { method: 'POST', body: form, headers: { 'graphql-require-preflight': '1' } });
    expect(((await res.json()) as { data?: unknown }).data).toMatchObject({ importImage: { __typename: 'ImportImageSuccess' } });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const upstream = docker.requests.slice(from);
    expect(upstream.length).toBeGreaterThan(0);
    expect(upstream.every((r) => r.requestId === id)).toBe(true);
    const text = await scrape();
    expect(sample(text, 'imagegraph_graphql_operations_total', { operation_name: 'GwMetricsImport', operation_type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(text).not.toContain('code="HTTP_200"');
  });

  it('shows open subscriptions by field and transport, and background probes per provider', async () => {
    const stop = new AbortController();
    const events = gw.subscribe({ document: GwImageEventActionsDocument }, stop.signal);
    const reading = events.next().catch(() => undefined);
    let open: number | undefined;
    for (let i = 0; i < 50 && open !== 1; i++) {
      await new Promise((r) => setTimeout(r, 50));
      open = sample(await scrape(), 'imagegraph_subscriptions_active', { field: 'imageEvents', transport: 'sse' });
    }
    expect(open).toBe(1);
    stop.abort();
    await reading;
    for (let i = 0; i < 50 && open !== 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      open = sample(await scrape(), 'imagegraph_subscriptions_active', { field: 'imageEvents', transport: 'sse' });
    }
    expect(open).toBe(0);

    const disposeWs = attachGraphqlWs(gw.yoga, gw.server);
    const client = wsClient(gw.url);
    const unsubscribe = client.subscribe({ query: print(GwImageEventActionsDocument) }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    for (let i = 0; i < 50 && open !== 1; i++) {
      await new Promise((r) => setTimeout(r, 50));
      open = sample(await scrape(), 'imagegraph_subscriptions_active', { field: 'imageEvents', transport: 'graphql-ws' });
    }
    expect(open).toBe(1);
    unsubscribe();
    for (let i = 0; i < 50 && open !== 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      open = sample(await scrape(), 'imagegraph_subscriptions_active', { field: 'imageEvents', transport: 'graphql-ws' });
    }
    expect(open).toBe(0);
    await client.dispose();
    await disposeWs();

    await gw.services.health.probeAll();
    const text = await scrape();
    expect(sample(text, 'imagegraph_provider_up', { provider: 'DOCKER' })).toBe(1);
    expect(sample(text, 'imagegraph_provider_up', { provider: 'CYCLE' })).toBe(1);
  });

  it('has every listed family, and buckets for each histogram', async () => {
    const text = await scrape();
    for (const family of FAMILIES) expect(text, family).toMatch(new RegExp(`^# TYPE ${family} `, 'm'));
    for (const h of HISTOGRAMS) {
      expect(text).toMatch(new RegExp(`^# TYPE ${h} histogram$`, 'm'));
      expect(text).toMatch(new RegExp(`^${h}_bucket\\{.*le="0.1".*\\} \\d+$`, 'm'));
      expect(text).toMatch(new RegExp(`^${h}_bucket\\{.*le="\\+Inf".*\\} \\d+$`, 'm'));
    }
    expect(sample(text, 'imagegraph_build_log_pollers_running')).toBe(0);
    expect(sample(text, 'imagegraph_job_trackers_running')).toBe(0);
    expect(sample(text, 'imagegraph_redis_backplane_errors_total')).toBe(0);
  });

  it('has every metric the Grafana dashboard (deploy/) queries', async () => {
    const text = await scrape();
    const used = new Set(readFileSync('deploy/grafana-dashboard.json', 'utf8').match(/\b(imagegraph|nodejs|process)_[a-z0-9_]+/g));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(text, name).toMatch(new RegExp(`^# TYPE ${name.replace(/_bucket$/, '')} `, 'm'));
  });
});

describe('/metrics in production', () => {
  const SCRAPER = 'scraper-key-0123456789abcdef';
  const APP = 'app-key-0123456789abcdef0123';
  let prod: TestGateway;
  beforeAll(async () => {
    prod = await startTestGateway({
      ...docker.env,
      NODE_ENV: 'production',
      GATEWAY_API_KEYS: JSON.stringify([{ name: 'prometheus', key: SCRAPER, scopes: ['metrics'] }, { name: 'app', key: APP, scopes: ['read'] }]),
    });
  });
  afterAll(async () => {
    await prod?.close();
  });

  it('needs a credential with the metrics scope', async () => {
    const url = prod.url.replace('/graphql', '/metrics');
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${APP}` } })).status).toBe(403);
    const res = await fetch(url, { headers: { authorization: `Bearer ${SCRAPER}` } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('imagegraph_graphql_operations_total');
  });

  it('counts operations refused before Yoga parses them (no credentials) as rejected with their code', async () => {
    const refused = await fetch(prod.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(GwProviderNamesDocument) }) });
    expect(refused.status).toBe(401);
    const text = await (await fetch(prod.url.replace('/graphql', '/metrics'), { headers: { authorization: `Bearer ${SCRAPER}` } })).text();
    expect(sample(text, 'imagegraph_graphql_rejected_operations_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(sample(text, 'imagegraph_graphql_request_duration_seconds_count', { outcome: 'rejected' })).toBe(1);
  });
});
