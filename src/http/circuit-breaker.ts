/**
 * A per-provider circuit breaker over a short rolling window. A failure is anything that says the
 * upstream is not serving us: no connection, a reset, a timeout (per attempt or the request deadline),
 * 5xx, 429, a body that is not JSON or ends early. When `failureThreshold` calls in a row fail, or the
 * window holds at least that many failures and they are at least half of its outcomes (a provider
 * failing intermittently under load), the circuit opens: calls fail at once (no
 * socket, no queue) for `cooldownMs`; then one trial call is let through (half-open) and its outcome
 * closes the circuit or opens it again. A merged query thus answers with the other providers in
 * milliseconds instead of waiting out a dead provider on every request.
 */
export interface CircuitBreakerOptions {
  /** Failures within the window that open the circuit. @default 3 */
  failureThreshold?: number;
  /** The rolling window outcomes are counted over. @default 10000 */
  windowMs?: number;
  /** How long the circuit stays open before a trial call. @default 5000 */
  cooldownMs?: number;
  /** @default Date.now */
  now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

export class CircuitBreaker {
  /** Outcomes in the window, oldest first (`true` = failure). Bounded: entries older than the window are dropped. */
  private outcomes: { at: number; failed: boolean }[] = [];
  private openedAt: number | null = null;
  private consecutive = 0;
  private trialInFlight = false;
  private readonly threshold: number;
  private readonly windowMs: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.threshold = options.failureThreshold ?? 3;
    this.windowMs = options.windowMs ?? 10_000;
    this.cooldownMs = options.cooldownMs ?? 5_000;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.openedAt === null) return 'closed';
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
    if (this.openedAt !== null) {
      // The trial worked: start afresh.
      this.openedAt = null;
      this.outcomes = [];
      this.consecutive = 0;
    } else this.push(false);
    this.consecutive = 0;
    this.trialInFlight = false;
  }

  /** The caller gave the call up (the client went away): says nothing about the upstream, but frees a half-open trial. */
  recordAbandoned(): void {
    this.trialInFlight = false;
  }

  recordFailure(): void {
    if (this.openedAt !== null) {
      // While open only the half-open trial is admitted, so with no trial in flight this is a late
      // failure of a call sent before the circuit opened (a slow retry, shared work such as a token
      // exchange): it says nothing new and must not push the trial back. A failed trial restarts the cooldown.
      if (!this.trialInFlight) return;
      this.trialInFlight = false;
      this.openedAt = this.now();
      return;
    }
    this.trialInFlight = false;
    this.push(true);
    this.consecutive += 1;
    const failures = this.outcomes.filter((o) => o.failed).length;
    if (this.consecutive >= this.threshold || (failures >= this.threshold && failures * 2 >= this.outcomes.length)) {
      this.openedAt = this.now();
      this.consecutive = 0;
    }
  }

  private push(failed: boolean): void {
    const now = this.now();
    this.outcomes.push({ at: now, failed });
    while (this.outcomes.length && (now - this.outcomes[0]!.at > this.windowMs || this.outcomes.length > 1000)) this.outcomes.shift();
  }
}
