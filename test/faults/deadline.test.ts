import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { FaultImagesDocument, FaultProviderHealthDocument } from '../generated/graphql.js';
import { request } from 'undici';
import { startDockerEmulator, type RunningDockerEmulator } from '../../src/emulators/docker-engine/index.js';
import { startPaiEmulator, type RunningPaiEmulator } from '../../src/emulators/alibaba-pai/index.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';

/** The request deadline (GATEWAY_REQUEST_DEADLINE_MS) is the only thing that ends a call to this upstream. */
const DEADLINE_MS = 1500;
const SLACK_MS = 1000;
const IMAGES = print(FaultImagesDocument);

interface Answer {
  ms: number;
  body: { data?: { images: { edges: { node: { provider: string } }[] } } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string): Promise<Answer> {
  const started = performance.now();
  const res = await request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.body.json()) as Answer['body'];
  return { ms: performance.now() - started, body };
}

/**
 * Issue 13, acceptance 2: CYCLE points at a TCP server that accepts connections and never answers.
 * The gateways are real processes (`src/server.ts`), so their event loop is not shared with the
 * emulators and the 50 clients of this test.
 */
describe('request deadline', () => {
  let silent: SilentServer;
  let docker: RunningDockerEmulator;
  let pai: RunningPaiEmulator;
  /** For the single requests and the breaker. */
  let one: GatewayProcess;
  /** For the 50 concurrent clients (its breaker must start closed). */
  let many: GatewayProcess;

  const start = (withPai = true) =>
    startGatewayProcess({
      ...docker.env,
      ...(withPai ? pai.env : {}),
      CYCLE_API_URL: silent.url,
      CYCLE_API_KEY: 'a-cycle-key-for-the-deadline-test',
      CYCLE_HUB_ID: 'hub-1',
      GATEWAY_REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    });

  beforeAll(async () => {
    [silent, docker, pai] = await Promise.all([startSilentServer(), startDockerEmulator(), startPaiEmulator({ tickMs: 0 })]);
    // `many` leaves PAI out: this process serves the emulators and the 50 clients, and on a busy machine
    // PAI's signature checks for 50 calls would make the test measure this process rather than the gateway.
    [one, many] = await Promise.all([start(), start(false)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), many?.stop()]);
    await Promise.all([silent?.close(), docker?.close(), pai?.close()]);
  });

  describe('images(first: 20)', () => {
    it('answers within the deadline + 1 s with the other providers’ images and one error naming CYCLE', async () => {
      const { ms, body } = await post(one.url, IMAGES);
      expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
      const providers = new Set(body.data!.images.edges.map((e) => e.node.provider));
      expect(providers).toEqual(new Set(['DOCKER', 'PAI']));
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toMatchObject({ provider: 'CYCLE', upstreamCode: 'DEADLINE_EXCEEDED' });
      expect(body.errors![0]!.message).toContain('CYCLE');
      expect(silent.accepted).toBeGreaterThan(0); // the call did go out, and was given up at the deadline
    });

    it('fails fast once the breaker is open: ≤ 500 ms, still with the others’ data and an error naming CYCLE', async () => {
      // The breaker opens after 3 failures in a row: two more timed-out requests after the first test's.
      await post(one.url, IMAGES);
      await post(one.url, IMAGES);
      const { ms, body } = await post(one.url, IMAGES);
      expect(ms).toBeLessThanOrEqual(500);
      expect(body.data!.images.edges.length).toBeGreaterThan(0);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toMatchObject({ provider: 'CYCLE', upstreamCode: 'CIRCUIT_OPEN' });
    });

    it('with 50 concurrent clients, no request outlives the deadline + 1 s', async () => {
      const answers = await Promise.all(Array.from({ length: 50 }, () => post(many.url, IMAGES)));
      const slowest = Math.max(...answers.map((a) => a.ms));
      const sorted = answers.map((a) => a.ms).sort((x, y) => x - y);
      console.log(`deadline ${DEADLINE_MS} ms, 50 concurrent clients: fastest ${sorted[0]!.toFixed(0)} ms, median ${sorted[25]!.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms`);
      expect(slowest).toBeLessThan(DEADLINE_MS + SLACK_MS);
      for (const { body } of answers) {
        expect(new Set(body.data!.images.edges.map((e) => e.node.provider))).toEqual(new Set(['DOCKER']));
        expect(body.errors?.map((e) => e.extensions?.provider)).toEqual(['CYCLE']);
      }
    });
  });

  describe('providers', () => {
    it('reports CYCLE unhealthy within the deadline + 1 s', async () => {
      const started = performance.now();
      const res = await fetch(many.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(FaultProviderHealthDocument) }) });
      const body = (await res.json()) as { data: { providers: { provider: string; healthy: boolean }[] } };
      expect(performance.now() - started).toBeLessThan(DEADLINE_MS + SLACK_MS);
      expect(body.data.providers.find((p) => p.provider === 'CYCLE')?.healthy).toBe(false);
    });
  });
});
