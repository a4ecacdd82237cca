import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Router, startEmulator, type RunningEmulator } from '../../src/emulators/kit.js';
import { CircuitBreaker } from '../../src/http/circuit-breaker.js';
import { UpstreamHttpError } from '../../src/http/errors.js';
import { createTransport, type TransportOptions } from '../../src/http/transport.js';
import { runInRequestScope, type RequestScope } from '../../src/observe/request-scope.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.js';

/** A request scope with a deadline `ms` from now, as `useRequestScope` makes for a query. */
function scopeWithDeadline(ms: number): RequestScope {
  return { requestId: 'test', upstreamCalls: 0, deadline: Date.now() + ms, signal: AbortSignal.timeout(ms) };
}

const elapsed = async <T>(fn: () => Promise<T>): Promise<{ ms: number; result: T | unknown }> => {
  const started = performance.now();
  const result = await fn().catch((e: unknown) => e);
  return { ms: performance.now() - started, result };
};

describe('transport under faults', () => {
  let upstream: RunningEmulator;
  let silent: SilentServer;

  beforeAll(async () => {
    const router = new Router().on('GET', '/ok', () => ({ status: 200, body: { ok: true, padding: 'x'.repeat(200) } }));
    upstream = await startEmulator({ provider: 'test', router, errorResponse: (status, message) => ({ status, body: { code: `E${status}`, message } }), env: () => ({}) });
    silent = await startSilentServer();
  });
  beforeEach(() => {
    for (const key of Object.keys(upstream.faults)) delete (upstream.faults as Record<string, unknown>)[key];
  });
  afterAll(async () => {
    await upstream?.close();
    await silent?.close();
  });

  const transport = (extra: Partial<TransportOptions> = {}) => createTransport({ provider: 'CYCLE', origin: upstream.url, retry: { maxRetries: 2, minDelayMs: 10, maxDelayMs: 50 }, ...extra });

  describe('deadline', () => {
    it('ends an attempt to a silent upstream at the request deadline, with DEADLINE_EXCEEDED naming the provider', async () => {
      const t = createTransport({ provider: 'CYCLE', origin: silent.url });
      const { ms, result } = await elapsed(() => runInRequestScope(scopeWithDeadline(300), () => t.json({ method: 'GET', path: '/' })));
      expect(ms).toBeLessThan(1000);
      expect(result).toMatchObject({ provider: 'CYCLE', code: 'DEADLINE_EXCEEDED' });
      expect((result as Error).message).toContain('CYCLE');
      await t.close();
    });

    it('does not let the connection-pool queue hold a call past the deadline', async () => {
      const t = createTransport({ provider: 'CYCLE', origin: silent.url, connections: 1 });
      const calls = Array.from({ length: 5 }, () => elapsed(() => runInRequestScope(scopeWithDeadline(300), () => t.json({ method: 'GET', path: '/' }))));
      const results = await Promise.all(calls);
      for (const { ms, result } of results) {
        expect(ms).toBeLessThan(1000);
        expect(result).toMatchObject({ code: 'DEADLINE_EXCEEDED' });
      }
      await t.close();
    });

    it('honours Retry-After beyond the retry policy’s maximum delay when the deadline allows it', async () => {
      const t = transport(); // maxDelayMs: 50: undici's retry capped Retry-After to it
      upstream.faults.failNext = { count: 1, status: 429 };
      upstream.faults.retryAfterSeconds = 1;
      const { ms, result } = await elapsed(() => runInRequestScope(scopeWithDeadline(3000), () => t.json<{ ok: boolean }>({ method: 'GET', path: '/ok' })));
      expect(result).toMatchObject({ status: 200, data: { ok: true } });
      expect(ms).toBeGreaterThanOrEqual(950);
      await t.close();
    });

    it('does not wait for a Retry-After that ends after the deadline: answers the 429 at once', async () => {
      const t = transport();
      upstream.faults.failNext = { count: 1, status: 429 };
      upstream.faults.retryAfterSeconds = 5;
      const { ms, result } = await elapsed(() => runInRequestScope(scopeWithDeadline(1000), () => t.json({ method: 'GET', path: '/ok' })));
      expect(ms).toBeLessThan(500);
      expect(result).toBeInstanceOf(UpstreamHttpError);
      expect(result).toMatchObject({ status: 429, retryAfterSeconds: 5 });
      await t.close();
    });
  });

  describe('circuit breaker', () => {
    const fresh = () => transport({ retry: { maxRetries: 0 }, circuitBreaker: { failureThreshold: 3, cooldownMs: 300 } });

    it.each([
      ['429s', { failNext: { count: 3, status: 429 }, retryAfterSeconds: 0 }, 'RATE'],
      ['bodies that are not JSON', { malformedRate: 1 }, 'INVALID_RESPONSE'],
      ['truncated bodies', { truncateRate: 1 }, 'TRUNCATED_BODY'],
    ] as const)('counts %s, opens, fails fast while open, and closes after a good half-open trial', async (_what, knobs, code) => {
      const t = fresh();
      Object.assign(upstream.faults, knobs);
      for (let i = 0; i < 3; i++) {
        const err = await t.json({ method: 'GET', path: '/ok' }).catch((e: unknown) => e);
        if (code === 'RATE') expect(err).toMatchObject({ status: 429 });
        else expect(err).toMatchObject({ code, provider: 'CYCLE' });
        if (code === 'TRUNCATED_BODY') expect((err as Error).message).toMatch(/CYCLE sent a truncated response: the connection closed/);
      }
      expect(t.breaker.state).toBe('open');
      const sent = upstream.requests.length;
      const { ms, result } = await elapsed(() => t.json({ method: 'GET', path: '/ok' }));
      expect(ms).toBeLessThanOrEqual(50);
      expect(result).toMatchObject({ code: 'CIRCUIT_OPEN', provider: 'CYCLE' });
      expect(upstream.requests.length).toBe(sent);
      // Recovery: the upstream heals; after the cooldown one trial goes out and closes the circuit.
      for (const key of Object.keys(upstream.faults)) delete (upstream.faults as Record<string, unknown>)[key];
      await new Promise((r) => setTimeout(r, 320));
      expect(t.breaker.state).toBe('half-open');
      await expect(t.json({ method: 'GET', path: '/ok' })).resolves.toMatchObject({ status: 200 });
      expect(t.breaker.state).toBe('closed');
      await t.close();
    });

    it('opens on 3 failures in a row, or when failures are half of the calls in its window; not while most calls succeed', () => {
      let now = 0;
      const b = new CircuitBreaker({ failureThreshold: 3, windowMs: 1000, cooldownMs: 500, now: () => now });
      for (let i = 0; i < 10; i++) {
        b.recordSuccess();
        if (i % 3 === 0) b.recordFailure();
      }
      expect(b.state).toBe('closed'); // 4 failures among 14 calls, never 3 in a row
      b.recordFailure();
      b.recordFailure();
      expect(b.state).toBe('open'); // 3 in a row
      now = 500;
      expect(b.tryAcquire()).toBe(true); // the half-open trial
      b.recordFailure();
      expect(b.state).toBe('open'); // a failed trial re-opens it
      now = 1000;
      expect(b.tryAcquire()).toBe(true);
      b.recordSuccess();
      expect(b.state).toBe('closed');
      // Intermittent: failure, success, failure, success, failure: half of the window, never 3 in a row.
      for (const failed of [true, false, true, false, true]) (failed ? b.recordFailure() : b.recordSuccess());
      expect(b.state).toBe('open');
      // Failures that left the window do not count.
      now = 3000;
      expect(b.tryAcquire()).toBe(true);
      b.recordSuccess();
      b.recordFailure();
      now = 4500;
      b.recordFailure();
      b.recordSuccess();
      b.recordSuccess();
      b.recordSuccess();
      b.recordFailure();
      expect(b.state).toBe('closed');
    });
  });
});
