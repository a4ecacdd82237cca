import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';
import { startTacEmulator, type TacEmulator } from '../../src/emulators/tanzu-catalog/index.js';
import type { FaultKnobs, RunningEmulator } from '../../src/emulators/kit.js';
import { runGatewayExpectingExit, startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';
import { print } from 'graphql';
import { FaultCanaryCreateRepositoryDocument, FaultCanaryEverythingDocument, FaultCanaryPullDocument } from '../generated/graphql.js';
import type { TypedRequest } from '../support/gateway.js';

/** A unique, greppable value per secret: any hit anywhere is a leak of exactly that secret. */
const canary = (name: string) => `cnry${name}${randomBytes(8).toString('hex')}`;

const SECRETS = {
  cycleKey: canary('cyclekey'),
  swrAk: canary('swrak'),
  swrSk: canary('swrsk'),
  paiKeyId: canary('paikeyid'),
  paiSecret: canary('paisecret'),
  cspToken: canary('csptoken'),
  clientKey: canary('clientkey'),
  swrUrlPassword: canary('swrurlpw'),
  tacUrlPassword: canary('tacurlpw'),
  paiUrlPassword: canary('paiurlpw'),
  cycleUrlPassword: canary('cycleurlpw'),
  registryPassword: canary('registrypw'),
};

/** Where every text the outside world can see is collected, then searched. */
const seen: { where: string; text: string }[] = [];
const withUserinfo = (url: string, password: string) => url.replace('http://', `http://deploy:${password}@`);

function leaks(): string[] {
  const found: string[] = [];
  for (const [name, value] of Object.entries(SECRETS)) {
    for (const { where, text } of seen) if (text.includes(value) || text.includes(encodeURIComponent(value))) found.push(`${name} in ${where}`);
  }
  return found;
}

/**
 * Issue 13, the canary suite: every secret the gateway holds is a unique canary; errors are driven at
 * every provider (including an upstream that echoes our request headers) and at start-up; every
 * response, every line the process writes (raw stdout/stderr, whatever the log format), `/metrics`,
 * `/readyz` and `providers` are searched for them: zero hits.
 */
describe('canaries: secrets never leave the gateway', () => {
  let docker: RunningDockerEmulator;
  let cycle: RunningCycleEmulator;
  let swr: RunningSwrEmulator;
  let pai: RunningPaiEmulator;
  let tac: TacEmulator;
  let gw: GatewayProcess;
  let emulators: RunningEmulator[];
  const figures = { requests: 0, texts: 0, bytes: 0 };

  beforeAll(async () => {
    [docker, cycle, swr, pai, tac] = await Promise.all([
      startDockerEmulator(),
      startCycleEmulator({ apiKey: SECRETS.cycleKey, tickMs: 0 }),
      startSwrEmulator({ credentials: [{ ak: SECRETS.swrAk, sk: SECRETS.swrSk }] }),
      startPaiEmulator({ tickMs: 0, credentials: [{ accessKeyId: SECRETS.paiKeyId, accessKeySecret: SECRETS.paiSecret }] }),
      startTacEmulator({ apiToken: SECRETS.cspToken }),
    ]);
    emulators = [docker, cycle, swr, pai, tac];
    gw = await startGatewayProcess({
      ...docker.env,
      ...cycle.env,
      CYCLE_API_URL: withUserinfo(cycle.url, SECRETS.cycleUrlPassword),
      ...swr.env,
      SWR_ENDPOINT: withUserinfo(swr.url, SECRETS.swrUrlPassword),
      ...pai.env,
      PAI_ENDPOINT: withUserinfo(pai.url, SECRETS.paiUrlPassword),
      ...tac.env,
      TAC_API_URL: withUserinfo(tac.url, SECRETS.tacUrlPassword),
      GATEWAY_API_KEYS: JSON.stringify([{ name: 'canary-client', key: SECRETS.clientKey, scopes: ['read', 'write', 'import'] }]),
      GATEWAY_REQUEST_DEADLINE_MS: '2000',
    });
  }, 90_000);

  afterAll(async () => {
    await gw?.stop();
    await Promise.all((emulators ?? []).map((e) => e.close()));
  });

  async function look(where: string, path: string, init?: RequestInit): Promise<string> {
    const res = await fetch(gw.origin + path, init);
    const text = `${res.status} ${JSON.stringify([...res.headers])}\n${await res.text()}`;
    figures.requests += 1;
    seen.push({ where, text });
    return text;
  }

  /** Sends a typed operation and records the whole answer (status, headers, body) as text. */
  const graphql = <R, V>(where: string, request: TypedRequest<R, V>) =>
    look(where, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRETS.clientKey}` },
      body: JSON.stringify({ query: print(request.document), variables: (request as { variables?: unknown }).variables }),
    });

  const EVERYTHING = { document: FaultCanaryEverythingDocument };

  async function round(label: string, knobs: FaultKnobs): Promise<void> {
    for (const e of emulators) Object.assign(e.faults, knobs);
    try {
      await graphql(`${label}: query`, EVERYTHING);
      await graphql(`${label}: createRepository`, { document: FaultCanaryCreateRepositoryDocument });
      await graphql(`${label}: pullImage`, { document: FaultCanaryPullDocument, variables: { p: SECRETS.registryPassword } });
      await look(`${label}: /readyz`, '/readyz');
    } finally {
      for (const e of emulators) for (const key of Object.keys(knobs)) delete (e.faults as Record<string, unknown>)[key];
    }
  }

  it('answers normally with canary credentials (the canaries are really in use)', async () => {
    const text = await graphql('healthy: query', EVERYTHING);
    for (const provider of ['DOCKER', 'CYCLE', 'SWR', 'PAI', 'TAC']) expect(text).toContain(`"provider":"${provider}","mode":"LIVE","healthy":true`);
  });

  it('drives errors at every provider: headers echoed back, 5xx, 429, malformed and truncated bodies, resets', async () => {
    await round('echoed headers', { echoHeadersRate: 1 });
    await round('5xx', { errorRate: 1 });
    await round('429', { rateLimitRate: 1, retryAfterSeconds: 0 });
    await round('malformed', { malformedRate: 1 });
    await round('truncated', { truncateRate: 1 });
    await round('resets', { resetRate: 1 });
    await look('/metrics', '/metrics');
    // The echo reached the gateway: the emulators saw our credentials and sent them back.
    const echoed = seen.filter((s) => s.where.startsWith('echoed headers')).map((s) => s.text).join('\n');
    expect(echoed).toContain('your request was'); // the echo reached the client, with our credentials redacted
    expect(echoed).toContain('[redacted]');
  }, 120_000);

  it('refuses bad configurations naming the variable, never quoting its value', async () => {
    const bad: [string, Record<string, string>][] = [
      ['DOCKER_HOST', { DOCKER_HOST: `ssh://admin:${SECRETS.cycleKey}@docker.example:22` }],
      ['GATEWAY_API_KEYS', { GATEWAY_API_KEYS: `[{"name":"x","key":"${SECRETS.clientKey}",}]` }],
      ['HUAWEICLOUD_SDK_SK', { HUAWEICLOUD_SDK_AK: SECRETS.swrAk, SWR_ENDPOINT: withUserinfo('http://127.0.0.1:9', SECRETS.swrUrlPassword) }],
    ];
    // (Every other variable's error is checked in-process by secrets.test.ts.) One process at a time:
    // loading the sources through tsx takes seconds on a busy machine.
    const runs: { code: number | null; output: string }[] = [];
    for (const [, env] of bad) runs.push(await runGatewayExpectingExit(env, 90_000));
    runs.forEach((run, i) => {
      const variable = bad[i]![0];
      seen.push({ where: `start-up with a bad ${variable}`, text: run.output });
      expect(run.code, run.output).toBe(2);
      expect(run.output).toContain(variable);
    });
  }, 300_000);

  it('finds none of the canaries in any response, log line, /metrics, /readyz or providers', async () => {
    const { output } = await gw.stop();
    seen.push({ where: 'the gateway process output (stdout and stderr)', text: output });
    figures.texts = seen.length;
    figures.bytes = seen.reduce((n, s) => n + s.text.length, 0);
    console.log(`canaries: ${Object.keys(SECRETS).length} secrets, ${figures.requests} HTTP answers and ${figures.texts} texts (${(figures.bytes / 1024).toFixed(0)} KiB, of which ${output.length} bytes of process output) searched: ${leaks().length} hits`);
    expect(leaks()).toEqual([]);
  });
});
