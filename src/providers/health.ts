import { randomUUID } from 'node:crypto';
import { runInRequestScope } from '../observe/request-scope.js';
import type { ProviderEntry } from './wiring.js';

/** One provider's last probe. `error` and the entry's endpoint are for authorized eyes only. */
export interface ProviderStatus {
  entry: ProviderEntry;
  healthy: boolean;
  apiVersion: string | null;
  latencyMs: number | null;
  error: string | null;
  /** When this status was measured; null before the first probe. */
  checkedAt: Date | null;
}

/** A probe slower than this counts as a failure (the upstream's own timeouts may be much longer). */
const PROBE_TIMEOUT_MS = 5000;

/** Probes one provider; a failure is reported, not thrown. */
export async function probeProvider(entry: ProviderEntry): Promise<ProviderStatus> {
  if (entry.mode === 'DISABLED' || !entry.probe) return { entry, healthy: false, apiVersion: null, latencyMs: null, error: entry.mode === 'DISABLED' ? 'disabled' : null, checkedAt: new Date() };
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
    });
    // Inside a scope with a deadline, so the probe's upstream calls (and any negotiation or token exchange
    // that requests join meanwhile) end with it instead of the transport's much longer per-attempt timeouts.
    const scope = { requestId: `probe-${randomUUID()}`, upstreamCalls: 0, deadline: Date.now() + PROBE_TIMEOUT_MS, signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) };
    const { apiVersion } = await Promise.race([runInRequestScope(scope, () => entry.probe!()), timeout]);
    return { entry, healthy: true, apiVersion, latencyMs: Math.round((performance.now() - started) * 10) / 10, error: null, checkedAt: new Date() };
  } catch (err) {
    return { entry, healthy: false, apiVersion: null, latencyMs: null, error: err instanceof Error ? err.message : String(err), checkedAt: new Date() };
  } finally {
    clearTimeout(timer);
  }
}

export interface Readiness {
  ready: boolean;
  /** Why not, as stable words (`draining`, `no-provider-enabled`, `redis-unreachable`); empty when ready. */
  reasons: string[];
}

/**
 * Provider health, probed in the background every `intervalMs` and cached, so neither `/readyz` nor
 * the `providers` query waits on an upstream (with `intervalMs` 0 there is no background probing and
 * `providers` probes when asked). Also this replica's readiness: it can serve when it is not
 * draining, at least one provider is enabled, and Redis (when configured) is connected. One provider's
 * outage never makes the replica unready: the gateway still serves the others.
 */
export class ProviderHealth {
  /** Set at SIGTERM: `/readyz` answers 503 from then on, while requests are still served. */
  draining = false;
  private providers: ProviderEntry[] = [];
  private statuses = new Map<ProviderEntry, ProviderStatus>();
  private round?: Promise<void>;
  private firstRound?: Promise<void>;
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: { intervalMs: number; redis?: () => boolean }) {}

  /** Begins background probing (a first round now, then every interval). */
  start(providers: ProviderEntry[]): void {
    this.providers = providers;
    if (this.options.intervalMs <= 0) return;
    this.firstRound = this.probeAll();
    this.timer = setInterval(() => void this.probeAll(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One probe round; a round still running is joined, not doubled. */
  probeAll(): Promise<void> {
    this.round ??= Promise.all(this.providers.map(async (entry) => this.statuses.set(entry, await probeProvider(entry)))).then(() => {
      this.round = undefined;
    });
    return this.round;
  }

  /** The cached statuses (a provider not probed yet is unhealthy with `checkedAt` null). */
  snapshot(): ProviderStatus[] {
    return this.providers.map((entry) => this.statuses.get(entry) ?? { entry, healthy: false, apiVersion: null, latencyMs: null, error: entry.mode === 'DISABLED' ? 'disabled' : null, checkedAt: null });
  }

  /** For `providers`: the cached statuses once the first round is in, or a fresh probe when background probing is off. */
  async current(): Promise<ProviderStatus[]> {
    if (this.options.intervalMs <= 0) return Promise.all(this.providers.map(probeProvider));
    await this.firstRound;
    return this.snapshot();
  }

  readiness(): Readiness {
    const reasons: string[] = [];
    if (this.draining) reasons.push('draining');
    if (!this.providers.some((p) => p.mode !== 'DISABLED')) reasons.push('no-provider-enabled');
    if (this.options.redis && !this.options.redis()) reasons.push('redis-unreachable');
    return { ready: reasons.length === 0, reasons };
  }
}
