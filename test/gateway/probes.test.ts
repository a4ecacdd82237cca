/**
 * Probes as a load balancer and an operator see them: `/readyz` says whether this replica can serve
 * (never whether every upstream is up, and without calling any), provider health comes from
 * background probes, and SIGTERM turns `/readyz` to 503 at once while queries are still served for
 * the drain delay.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { GwProbeHealthDocument, GwProviderModesOnlyDocument } from '../generated/graphql.js';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const KEY = 'probe-test-read-key-0123456789';
const SCRAPER = 'probe-test-metrics-key-012345';
const KEYS = JSON.stringify([{ name: 'app', key: KEY, scopes: ['read'] }, { name: 'ops', key: SCRAPER, scopes: ['metrics'] }]);

describe('one provider down', () => {
  let docker: RunningDockerEmulator;
  let cycle: RunningCycleEmulator;
  let gw: TestGateway;

  beforeAll(async () => {
    [docker, cycle] = await Promise.all([startDockerEmulator(), startCycleEmulator({ tickMs: 0 })]);
    gw = await startTestGateway({ ...docker.env, ...cycle.env, GATEWAY_API_KEYS: KEYS, PROVIDER_PROBE_INTERVAL_MS: '200' });
  }, 60_000);
  afterAll(async () => {
    await gw?.close();
    await Promise.all([docker?.close(), cycle?.close()]);
  });

  const providers = async () => {
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: JSON.stringify({ query: print(GwProbeHealthDocument) }) });
    return ((await res.json()) as { data: { providers: { provider: string; healthy: boolean; checkedAt: string | null }[] } }).data.providers;
  };

  it('keeps /readyz at 200, and providers and /readyz?verbose show it unhealthy (hosts and errors only to the metrics scope)', async () => {
    expect((await providers()).find((p) => p.provider === 'CYCLE')).toMatchObject({ healthy: true });
    await cycle.close();
    let cycleStatus: { healthy: boolean; checkedAt: string | null } | undefined;
    for (let i = 0; i < 100; i++) {
      cycleStatus = (await providers()).find((p) => p.provider === 'CYCLE');
      if (!cycleStatus?.healthy) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(cycleStatus).toMatchObject({ healthy: false });
    expect(cycleStatus?.checkedAt).toBeTruthy();
    expect((await providers()).find((p) => p.provider === 'DOCKER')).toMatchObject({ healthy: true });

    const base = gw.url.replace('/graphql', '');
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    const anonymous = await fetch(`${base}/readyz?verbose`);
    expect(anonymous.status).toBe(200);
    const text = await anonymous.text();
    expect(JSON.parse(text).providers).toEqual(expect.arrayContaining([expect.objectContaining({ provider: 'CYCLE', healthy: false }), expect.objectContaining({ provider: 'DOCKER', healthy: true })]));
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|did not answer|endpoint|error/);

    const operator = (await (await fetch(`${base}/readyz?verbose`, { headers: { authorization: `Bearer ${SCRAPER}` } })).json()) as { providers: { provider: string; endpoint?: string; error?: string }[] };
    const cycleDetails = operator.providers.find((p) => p.provider === 'CYCLE');
    expect(cycleDetails?.endpoint).toContain('127.0.0.1');
    expect(cycleDetails?.error).toBeTruthy();
  });
});

describe('/readyz', () => {
  it('never calls an upstream', async () => {
    const docker = await startDockerEmulator();
    const gw = await startTestGateway(docker.env); // PROVIDER_PROBE_INTERVAL_MS=0: no background probes either
    try {
      const before = docker.requests.length;
      for (let i = 0; i < 10; i++) expect((await fetch(gw.url.replace('/graphql', '/readyz?verbose'))).status).toBe(200);
      expect(docker.requests.length).toBe(before);
    } finally {
      await gw.close();
      await docker.close();
    }
  });

  it('answers 503 when every provider is disabled (the replica can serve nothing)', async () => {
    const gw = await startTestGateway({});
    try {
      const res = await fetch(gw.url.replace('/graphql', '/readyz'));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unready', reasons: ['no-provider-enabled'] });
      expect((await fetch(gw.url.replace('/graphql', '/healthz'))).status).toBe(200);
    } finally {
      await gw.close();
    }
  });
});

describe('SIGTERM (npm start, sandbox)', () => {
  let child: ChildProcess;
  let base: string;
  let metricsUrl: string;
  let exit: Promise<number | null>;
  const DRAIN_MS = 1500;

  beforeAll(async () => {
    const env: Record<string, string | undefined> = { ...process.env, PORT: '0', HOST: '127.0.0.1', METRICS_PORT: '0', SHUTDOWN_DRAIN_DELAY_MS: String(DRAIN_MS), LOG_FORMAT: 'json' };
    for (const name of Object.keys(env)) if (/^(CYCLE_|SWR_|HUAWEICLOUD_|ALIBABA_CLOUD_|PAI_|TAC_|CSP_|REDIS_URL|GATEWAY_|DOCKER_HOST|NODE_ENV|OTEL_)/.test(name)) delete env[name];
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const lines: string[] = [];
    [base, metricsUrl] = await new Promise<[string, string]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listen lines: ${lines.join('\n')}`)), 45_000);
      let listen: string | undefined;
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line);
        listen ??= /listening on (http:\/\/[^/\s]+)\/graphql/.exec(line)?.[1];
        const metrics = /metrics on (http:\/\/\S+\/metrics)/.exec(line)?.[1];
        if (listen && metrics) {
          clearTimeout(timer);
          resolve([listen, metrics]);
        }
      });
    });
  }, 60_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves /metrics on METRICS_PORT only', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    const res = await fetch(metricsUrl);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('imagegraph_graphql_operations_total');
  });

  it('turns /readyz to 503 within 100 ms, keeps answering queries during the drain delay, then exits 0', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const query = () => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(GwProviderModesOnlyDocument) }) });
    const sent = performance.now();
    child.kill('SIGTERM');
    let status = 0;
    let at = 0;
    while (performance.now() - sent < 2000) {
      status = (await fetch(`${base}/readyz`)).status;
      if (status === 503) {
        at = performance.now() - sent;
        break;
      }
    }
    expect(status).toBe(503);
    expect(at).toBeLessThan(100);
    // Still serving: a load balancer that has not noticed yet loses nothing.
    await new Promise((r) => setTimeout(r, 300));
    const res = await query();
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { providers: unknown[] } }).data.providers).toHaveLength(5);
    expect(await exit).toBe(0);
    expect(performance.now() - sent).toBeGreaterThanOrEqual(DRAIN_MS);
  }, 30_000);
});
