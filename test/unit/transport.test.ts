import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router, startEmulator, type RunningEmulator } from '../../src/emulators/kit.js';
import { CircuitBreaker } from '../../src/http/circuit-breaker.js';
import { UpstreamHttpError, UpstreamUnavailableError } from '../../src/http/errors.js';
import { mapRetryAfter } from '../../src/http/interceptors.js';
import { createTransport } from '../../src/http/transport.js';

/** The shared transport against a loopback server built from the emulator kit (its fault knobs drive it). */
describe('http', () => {
  let upstream: RunningEmulator;
  const seen: { method: string; signature?: string }[] = [];

  beforeAll(async () => {
    const router = new Router()
      .on('GET', '/ok', (req) => {
        seen.push({ method: 'GET', signature: String(req.headers['x-signature'] ?? '') });
        return { status: 200, body: { ok: true } };
      })
      .on('POST', '/create', () => {
        seen.push({ method: 'POST' });
        return { status: 201, body: { id: 1 } };
      })
      .on('GET', '/acs-throttle', () => ({ status: 429, headers: { 'x-acs-retry-after': '2500' }, body: { code: 'Throttling', message: 'slow down' } }));
    upstream = await startEmulator({
      provider: 'test',
      router,
      errorResponse: (status, message) => ({ status, body: { code: `E${status}`, message } }),
      env: () => ({}),
    });
  });
  afterAll(() => upstream.close());

  const transport = (extra: Partial<Parameters<typeof createTransport>[0]> = {}) =>
    createTransport({ provider: 'CYCLE', origin: upstream.url, retry: { maxRetries: 2, minDelayMs: 10, maxDelayMs: 50 }, ...extra });

  describe('retry', () => {
    it('retries an idempotent GET on 503 and signs every attempt anew', async () => {
      seen.length = 0;
      let n = 0;
      const t = transport({ signer: ({ headers }) => ({ ...headers, 'x-signature': `attempt-${++n}` }) });
      upstream.faults.failNext = { count: 2, status: 503 };
      const res = await t.json<{ ok: boolean }>({ method: 'GET', path: '/ok' });
      expect(res.data.ok).toBe(true);
      expect(n).toBe(3); // signed once per attempt, inside retry
      expect(seen.at(-1)?.signature).toBe('attempt-3');
      await t.close();
    });

    it('does not retry a POST without an idempotency token, and does with one', async () => {
      const t = transport();
      upstream.faults.failNext = { count: 1, status: 503 };
      await expect(t.json({ method: 'POST', path: '/create', json: {} })).rejects.toMatchObject({ status: 503, code: 'E503' });
      upstream.faults.failNext = { count: 1, status: 503 };
      const ok = await t.json<{ id: number }>({ method: 'POST', path: '/create', json: {}, idempotent: true });
      expect(ok.data.id).toBe(1);
      await t.close();
    });

    it('gives up after the retries with the last answer as an UpstreamHttpError (Retry-After kept)', async () => {
      const t = transport();
      upstream.faults.failNext = { count: 3, status: 429 };
      upstream.faults.retryAfterSeconds = 0;
      const err = await t.json({ method: 'GET', path: '/ok' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UpstreamHttpError);
      expect(err).toMatchObject({ status: 429, retryAfterSeconds: 0 });
      await t.close();
    });

    it('maps a provider header such as x-acs-retry-after (ms) to Retry-After', async () => {
      const plain = transport({ retry: { maxRetries: 0 } });
      const mapped = transport({ retry: { maxRetries: 0 }, attemptInterceptors: [mapRetryAfter('x-acs-retry-after', (v) => Number(v) / 1000)] });
      await expect(plain.json({ method: 'GET', path: '/acs-throttle' })).rejects.toMatchObject({ status: 429, retryAfterSeconds: undefined });
      await expect(mapped.json({ method: 'GET', path: '/acs-throttle' })).rejects.toMatchObject({ status: 429, retryAfterSeconds: 3 });
      await Promise.all([plain.close(), mapped.close()]);
    });
  });

  describe('circuit breaker', () => {
    it('opens after repeated failures, fails fast while open, and closes after a good trial', () => {
      let now = 0;
      const b = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: () => now });
      for (let i = 0; i < 3; i++) b.recordFailure();
      expect(b.state).toBe('open');
      expect(b.tryAcquire()).toBe(false);
      now = 1000;
      expect(b.state).toBe('half-open');
      expect(b.tryAcquire()).toBe(true);
      expect(b.tryAcquire()).toBe(false); // one trial at a time
      b.recordSuccess();
      expect(b.state).toBe('closed');
    });

    it('does not let a late failure of a call sent before it opened push the trial back', () => {
      let now = 0;
      const b = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: () => now });
      for (let i = 0; i < 3; i++) b.recordFailure();
      now = 900;
      b.recordFailure(); // a slow call from before the opening ends now
      now = 1000;
      expect(b.state).toBe('half-open');
      expect(b.tryAcquire()).toBe(true);
      b.recordFailure(); // the trial fails: the cooldown starts again
      expect(b.state).toBe('open');
      now = 1999;
      expect(b.state).toBe('open');
      now = 2000;
      expect(b.state).toBe('half-open');
    });

    it('makes the transport fail fast with CIRCUIT_OPEN once the upstream keeps failing', async () => {
      const t = transport({ retry: { maxRetries: 0 }, circuitBreaker: { failureThreshold: 2, cooldownMs: 60_000 } });
      upstream.faults.failNext = { count: 2, status: 500 };
      await expect(t.json({ method: 'GET', path: '/ok' })).rejects.toBeInstanceOf(UpstreamHttpError);
      await expect(t.json({ method: 'GET', path: '/ok' })).rejects.toBeInstanceOf(UpstreamHttpError);
      const before = upstream.requests.length;
      await expect(t.json({ method: 'GET', path: '/ok' })).rejects.toMatchObject({ code: 'CIRCUIT_OPEN' });
      expect(upstream.requests.length).toBe(before); // nothing sent
      await t.close();
    });

    it('does not count calls the caller aborted as upstream failures', async () => {
      const t = transport({ retry: { maxRetries: 0 }, circuitBreaker: { failureThreshold: 2, cooldownMs: 60_000 } });
      upstream.faults.latencyMs = 200;
      try {
        for (let i = 0; i < 3; i++) {
          await expect(t.json({ method: 'GET', path: '/ok', signal: AbortSignal.timeout(20) })).rejects.toThrow();
        }
      } finally {
        upstream.faults.latencyMs = 0;
      }
      expect(t.breaker.state).toBe('closed');
      await expect(t.json({ method: 'GET', path: '/ok' })).resolves.toMatchObject({ status: 200 });
      await t.close();
    });
  });

  describe('unreachable upstream', () => {
    it('answers UpstreamUnavailableError without the connection details of the attempt', async () => {
      const t = createTransport({ provider: 'SWR', origin: 'http://127.0.0.1:1', retry: { maxRetries: 0 } });
      await expect(t.json({ method: 'GET', path: '/' })).rejects.toBeInstanceOf(UpstreamUnavailableError);
      await t.close();
    });
  });
});
