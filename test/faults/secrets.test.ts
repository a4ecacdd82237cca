import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startCycleEmulator, type RunningCycleEmulator } from '../../src/emulators/cycle/index.js';
import { createCycleAdapter } from '../../src/providers/cycle/adapter.js';
import { displayUrl, redact, secretPieces } from '../../src/http/redact.js';
import { GwProviderEndpointsDocument } from '../generated/graphql.js';
import { startTestGateway } from '../support/gateway.js';
import { startSwrEmulator, type RunningSwrEmulator } from '../../src/emulators/huawei-swr/index.js';

const CANARY = 'cnrySecretValue0123456789';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, () => false);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('secrets', () => {
  describe('configuration errors', () => {
    it.each([
      ['DOCKER_HOST', { DOCKER_HOST: `ssh://admin:${CANARY}@docker.example:22` }],
      ['DOCKER_HOST', { DOCKER_HOST: `not a url ${CANARY}` }],
      ['REDIS_URL', { REDIS_URL: `redis//:${CANARY}@host` }],
      ['CYCLE_API_URL', { CYCLE_API_URL: `ftp://u:${CANARY}@cycle.example`, CYCLE_API_KEY: 'k', CYCLE_HUB_ID: 'h' }],
      ['GATEWAY_REQUEST_DEADLINE_MS', { GATEWAY_REQUEST_DEADLINE_MS: CANARY }],
      ['GATEWAY_GRAPHIQL', { GATEWAY_GRAPHIQL: CANARY }],
      ['GATEWAY_AUTH', { GATEWAY_AUTH: CANARY }],
      ['GATEWAY_SANDBOX', { GATEWAY_SANDBOX: CANARY }],
      ['DOCKER_TLS_VERIFY', { DOCKER_TLS_VERIFY: CANARY }],
      ['IMPORT_URL_ALLOWLIST', { IMPORT_URL_ALLOWLIST: `ok.example,${CANARY}/x` }],
    ])('%s: names the variable, never quotes its value', (variable, env) => {
      const err = configError(env);
      expect(err.variable).toBe(variable);
      expect(err.message.startsWith(`${variable}: `)).toBe(true);
      expect(err.message).not.toContain(CANARY);
      expect(err.message.toLowerCase()).not.toContain(CANARY.toLowerCase());
    });
  });

  describe('displayUrl / redact', () => {
    it('shows a URL without userinfo, query or fragment', () => {
      expect(displayUrl(`https://user:${CANARY}@swr-api.example.com:8443/base/?token=${CANARY}#x`)).toBe('https://swr-api.example.com:8443/base');
      expect(displayUrl('unix:///var/run/docker.sock')).toBe('unix:///var/run/docker.sock');
    });

    it('removes a credential header whole and in pieces, also percent-encoded', () => {
      const pieces = secretPieces([`SDK-HMAC-SHA256 Access=${CANARY}, SignedHeaders=host;x-sdk-date, Signature=abcdef0123456789`]);
      const text = `echo: {"authorization":"SDK-HMAC-SHA256 Access=${CANARY}, …"} and ?ak=${encodeURIComponent(CANARY)} and Signature=abcdef0123456789`;
      const clean = redact(text, pieces);
      expect(clean).not.toContain(CANARY);
      expect(clean).not.toContain('abcdef0123456789');
      expect(clean).toContain('[redacted]');
    });
  });

  describe('an upstream that echoes our request headers', () => {
    let cycle: RunningCycleEmulator;
    beforeAll(async () => {
      cycle = await startCycleEmulator({ apiKey: CANARY, tickMs: 0 });
    });
    afterAll(() => cycle?.close());

    it('gives an error with the provider and its status, never the key it was sent', async () => {
      const adapter = createCycleAdapter({ apiUrl: cycle.url, apiKey: CANARY, hubId: 'hub-echo-test', retry: { maxRetries: 0 } });
      cycle.faults.echoHeadersRate = 1;
      try {
        const err = (await adapter.listImages({ pageSize: 1 }).catch((e: unknown) => e)) as Error & { provider?: string };
        expect(err.message).toContain('your request was'); // the echo came back…
        expect(err.message).not.toContain(CANARY); // …without the key
        expect(err.message).toContain('[redacted]');
        expect(JSON.stringify(err)).not.toContain(CANARY);
      } finally {
        cycle.faults.echoHeadersRate = 0;
        await adapter.close();
      }
    });
  });

  describe('providers.endpoint', () => {
    let swr: RunningSwrEmulator;
    beforeAll(async () => {
      swr = await startSwrEmulator();
    });
    afterAll(() => swr?.close());

    it('shows an endpoint configured with a password without it, and the banner note too', async () => {
      const notes: string[] = [];
      const gw = await startTestGateway({ ...swr.env, SWR_ENDPOINT: swr.url.replace('http://', `http://deploy:${CANARY}@`) });
      try {
        const res = await gw.execute({ document: GwProviderEndpointsDocument });
        const entry = res.data!.providers.find((p) => p.provider === 'SWR')!;
        expect(entry).toMatchObject({ endpoint: swr.url, healthy: true });
        notes.push(...gw.services.providers.map((p) => String(p.endpoint)));
        expect(notes.join(' ')).not.toContain(CANARY);
      } finally {
        await gw.close();
      }
    });
  });
});
