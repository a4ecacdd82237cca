/**
 * A per-provider circuit breaker: after `failureThreshold` consecutive failures (connection errors,
 * timeouts, 5xx) calls fail fast for `cooldownMs`; then one trial call is let through (half-open) and
 * its outcome closes or re-opens the circuit. It protects a struggling upstream and keeps our
 * resolvers from piling up behind timeouts, so a merged query returns the other providers quickly.
 */
export interface CircuitBreakerOptions {
  /** @default 5 */
  failureThreshold?: number;
  /** @default 10000 */
  cooldownMs?: number;
  /** @default Date.now */
  now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.threshold = options.failureThreshold ?? 5;
    this.cooldownMs = options.cooldownMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.failures < this.threshold) return 'closed';
    return this.now() - this.openedAt >= this.cooldownMs ? 'half-open' : 'open';
  }

  /** Whether a call may go out now. In half-open state only one trial is admitted at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.trialInFlight = false;
  }

  /** The caller gave the call up (its signal aborted): says nothing about the upstream, but frees a half-open trial. */
  recordAbandoned(): void {
    this.trialInFlight = false;
  }

  recordFailure(): void {
    this.trialInFlight = false;
    this.failures += 1;
    if (this.failures >= this.threshold) this.openedAt = this.now();
  }
}
