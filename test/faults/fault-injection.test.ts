import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import type { FaultKnobs, RunningEmulator } from '../../src/emulators/kit.js';
import { print } from 'graphql';
import { FaultEveryProviderDocument } from '../generated/graphql.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.js';

const DEADLINE_MS = 1500;
const SLACK_MS = 1000;
const PROVIDERS = ['DOCKER', 'CYCLE', 'SWR', 'PAI', 'TAC'] as const;
type Provider = (typeof PROVIDERS)[number];

/** One request that needs every provider: the merged images (DOCKER, CYCLE, PAI), SWR repositories, TAC base images. */
const EVERY_PROVIDER = print(FaultEveryProviderDocument);

/** The faults, as the emulator kit's knobs set them (each applied to one provider at a time). */
const FAULTS: [string, FaultKnobs][] = [
  ['latency spike beyond the deadline', { latencyMs: DEADLINE_MS + 1000 }],
  ['5xx burst', { errorRate: 1 }],
  ['429 storm with Retry-After: 1', { rateLimitRate: 1, retryAfterSeconds: 1 }],
  ['connection resets', { resetRate: 1 }],
  ['slow body (a chunk, then 2 s)', { slowBodyMs: 2000 }],
  ['truncated body', { truncateRate: 1 }],
  ['malformed JSON', { malformedRate: 1 }],
  ['silence (accepted, never answered)', { silenceRate: 1 }],
];

interface Answer {
  ms: number;
  status: number;
  data: { images: { edges: { node: { provider: Provider } }[] } | null; repositories: { edges: unknown[] } | null; baseImages: { edges: unknown[] } | null } | null;
  errors: { message: string; path?: string[]; extensions?: { code?: string; provider?: string; upstreamCode?: string } }[];
}

async function ask(url: string): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: EVERY_PROVIDER }) });
  const body = (await res.json()) as Omit<Answer, 'ms' | 'status'>;
  return { ms: performance.now() - started, status: res.status, data: body.data ?? null, errors: body.errors ?? [] };
}

/** What a healthy provider contributes to the answer, to check that it is still there. */
function served(answer: Answer, provider: Provider): boolean {
  if (provider === 'SWR') return (answer.data?.repositories?.edges.length ?? 0) > 0;
  if (provider === 'TAC') return (answer.data?.baseImages?.edges.length ?? 0) > 0;
  return answer.data?.images?.edges.some((e) => e.node.provider === provider) ?? false;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Issue 13, the fault-injection suite: each fault of the emulator kit, on each of the five providers
 * in turn, against a real gateway process (GATEWAY_REQUEST_DEADLINE_MS=1500). Every answer: within the
 * deadline + 1 s, the healthy providers' data, typed errors naming only the faulty provider. Then the
 * breakers open and recover, a raw TCP server that never answers stands in for all five providers,
 * and the process's RSS is back near its baseline.
 */
describe('fault injection over the five providers', () => {
  let emulators: Record<Provider, RunningEmulator>;
  let docker: RunningDockerEmulator;
  let cycle: RunningCycleEmulator;
  let swr: RunningSwrEmulator;
  let pai: RunningPaiEmulator;
  let tac: TacEmulator;
  let silent: SilentServer;
  let gw: GatewayProcess;
  let baselineKiB = 0;
  const table: string[] = [];

  beforeAll(async () => {
    [docker, cycle, swr, pai, tac, silent] = await Promise.all([
      startDockerEmulator(),
      startCycleEmulator({ tickMs: 0 }),
      startSwrEmulator(),
      startPaiEmulator({ tickMs: 0 }),
      startTacEmulator(),
      startSilentServer(),
    ]);
    emulators = { DOCKER: docker, CYCLE: cycle, SWR: swr, PAI: pai, TAC: tac };
    gw = await startGatewayProcess({ ...docker.env, ...cycle.env, ...swr.env, ...pai.env, ...tac.env, GATEWAY_REQUEST_DEADLINE_MS: String(DEADLINE_MS) });
    // Warm up (modules, pools, the TAC token), then take the baseline.
    for (let i = 0; i < 20; i++) expect((await ask(gw.url)).errors).toEqual([]);
    baselineKiB = gw.rssKiB();
  }, 90_000);

  afterAll(async () => {
    if (table.length) console.log(`fault injection (deadline ${DEADLINE_MS} ms):\n${table.join('\n')}`);
    await gw?.stop();
    await Promise.all([...Object.values(emulators ?? {}).map((e) => e.close()), silent?.close()]);
  });

  it('answers every fault on every provider in time, with the others’ data and typed errors naming only that provider', async () => {
    for (const [name, knobs] of FAULTS) {
      const times: number[] = [];
      const codes = new Set<string>();
      for (const provider of PROVIDERS) {
        const emulator = emulators[provider];
        Object.assign(emulator.faults, knobs);
        let answer: Answer;
        try {
          answer = await ask(gw.url);
        } finally {
          for (const key of Object.keys(knobs)) delete (emulator.faults as Record<string, unknown>)[key];
        }
        const what = `${name} on ${provider}: ${JSON.stringify(answer.errors)}`;
        times.push(answer.ms);
        expect(answer.status, what).toBe(200);
        expect(answer.ms, what).toBeLessThan(DEADLINE_MS + SLACK_MS);
        expect(answer.errors.length, what).toBeGreaterThanOrEqual(1);
        for (const error of answer.errors) {
          expect(error.extensions?.provider, what).toBe(provider);
          expect(error.message, what).toContain(provider);
          expect(['UPSTREAM_ERROR', 'RATE_LIMITED'], what).toContain(error.extensions?.code);
          codes.add(error.extensions?.upstreamCode ?? error.extensions?.code ?? '?');
        }
        for (const other of PROVIDERS) if (other !== provider) expect(served(answer, other), `${what}: ${other} missing`).toBe(true);
      }
      table.push(`| ${name} | ${Math.round(Math.max(...times))} ms | ${[...codes].sort().join(', ')} |`);
    }
  }, 180_000);

  it('opens every breaker after a short burst (then fails fast) and closes them once the providers heal', async () => {
    for (const e of Object.values(emulators)) e.faults.errorRate = 1;
    try {
      for (let i = 0; i < 3; i++) await ask(gw.url);
      const open = await ask(gw.url);
      expect(open.ms, JSON.stringify(open.errors)).toBeLessThanOrEqual(500);
      expect(new Set(open.errors.map((e) => e.extensions?.upstreamCode))).toEqual(new Set(['CIRCUIT_OPEN']));
      expect(new Set(open.errors.map((e) => e.extensions?.provider))).toEqual(new Set(PROVIDERS));
      table.push(`| breakers open (all five failing) | ${Math.round(open.ms)} ms | CIRCUIT_OPEN |`);
    } finally {
      for (const e of Object.values(emulators)) delete e.faults.errorRate;
    }
    await sleep(5300); // the breakers' cooldown: then one half-open trial each
    const healed = await ask(gw.url);
    expect(healed.errors).toEqual([]);
    for (const provider of PROVIDERS) expect(served(healed, provider)).toBe(true);
    table.push(`| recovered after the cooldown | ${Math.round(healed.ms)} ms | none |`);
  }, 60_000);

  it('keeps RSS near its baseline after the faults', async () => {
    for (let i = 0; i < 20; i++) await ask(gw.url);
    await sleep(500);
    const after = gw.rssKiB();
    table.push(`| RSS | baseline ${(baselineKiB / 1024).toFixed(0)} MiB, after ${(after / 1024).toFixed(0)} MiB | |`);
    expect(after).toBeLessThan(baselineKiB + 64 * 1024);
  });

  it('with all five providers on a raw TCP server that never answers: answers at the deadline, then fails fast', async () => {
    const hung = await startGatewayProcess({
      DOCKER_HOST: silent.url.replace('http:', 'tcp:'),
      CYCLE_API_URL: silent.url,
      CYCLE_API_KEY: 'silent-cycle-key-0001',
      CYCLE_HUB_ID: 'hub',
      SWR_ENDPOINT: silent.url,
      HUAWEICLOUD_SDK_AK: 'silent-ak',
      HUAWEICLOUD_SDK_SK: 'silent-sk',
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'silent-id',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'silent-secret',
      ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou',
      PAI_WORKSPACE_ID: '1',
      PAI_ENDPOINT: silent.url,
      PAI_DLC_ENDPOINT: silent.url,
      TAC_API_URL: silent.url,
      CSP_URL: silent.url,
      CSP_API_TOKEN: 'silent-token',
      GATEWAY_REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    });
    try {
      const first = await ask(hung.url);
      expect(first.ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
      expect(new Set(first.errors.map((e) => e.extensions?.provider))).toEqual(new Set(PROVIDERS));
      expect(new Set(first.errors.map((e) => e.extensions?.upstreamCode))).toEqual(new Set(['DEADLINE_EXCEEDED']));
      // Two more (one after the other: concurrent calls share Docker's version negotiation and TAC's token exchange).
      await ask(hung.url);
      await ask(hung.url);
      const fast = await ask(hung.url);
      expect(fast.ms).toBeLessThanOrEqual(500);
      expect(new Set(fast.errors.map((e) => e.extensions?.upstreamCode))).toEqual(new Set(['CIRCUIT_OPEN']));
      table.push(`| raw TCP server that never answers, all five | ${Math.round(first.ms)} ms, then ${Math.round(fast.ms)} ms | DEADLINE_EXCEEDED, then CIRCUIT_OPEN |`);
    } finally {
      await hung.stop();
    }
  }, 90_000);
});
