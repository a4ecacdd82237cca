import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Provider } from '../core/provider.js';

/** Outcome of one GraphQL operation: `partial` = data plus errors (a provider missing from a merged list). */
export type OperationOutcome = 'ok' | 'partial' | 'error' | 'rejected';

/** What the metrics read from live objects at scrape time (set by bootstrap once they exist). */
export interface MetricsSources {
  /** Per provider: circuit state and the upstream pool's sockets/requests. */
  transports(): { provider: Provider; circuit: 'closed' | 'open' | 'half-open'; pool?: { connected: number; free: number; pending: number; queued: number; running: number; size: number } }[];
  buildLogPollers(): number;
  jobTrackers(): number;
  /** Background provider probe results (`provider-health.ts`). */
  providerHealth(): { provider: Provider; healthy: boolean }[];
}

/** Operation names are client-chosen: beyond this many distinct ones they are counted as `other`. */
const MAX_OPERATION_NAMES = 200;
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const CIRCUIT_VALUE = { closed: 0, 'half-open': 1, open: 2 } as const;

/**
 * Prometheus metrics (prom-client), one registry per gateway: GraphQL requests and operations,
 * upstream calls per attempt, circuit breakers and pools, subscriptions, background pollers, Redis
 * errors, provider probes and the default process/GC/event-loop metrics. README "Metrics" lists them.
 * Also the tests' and bench's way to count upstream calls (`upstreamTotal`).
 */
export class Metrics {
  readonly registry = new Registry();
  private sources?: MetricsSources;
  private readonly operationNames = new Set<string>();
  /** Logical upstream calls by provider (not attempts): the bench compares them with the emulators' logs. */
  private readonly logicalCalls = new Map<Provider, number>();

  readonly requestDuration = new Histogram({
    name: 'imagegraph_graphql_request_duration_seconds',
    help: 'GraphQL HTTP requests, from arrival to response (authentication, parsing, validation and execution), by operation and outcome.',
    labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly operationDuration = new Histogram({
    name: 'imagegraph_graphql_operation_duration_seconds',
    help: 'GraphQL operation execution (or subscription set-up), by operation and outcome.',
    labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly operations = new Counter({
    name: 'imagegraph_graphql_operations_total',
    help: 'GraphQL operations by type and outcome (ok, partial, error, rejected).',
    labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly rejected = new Counter({
    name: 'imagegraph_graphql_rejected_operations_total',
    help: 'Operations refused before execution (authentication, scopes, limits, validation, rate limit, CSRF…), by error code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly subscriptions = new Gauge({
    name: 'imagegraph_subscriptions_active',
    help: 'Open subscriptions by root field and transport (sse, graphql-ws).',
    labelNames: ['field', 'transport'] as const,
    registers: [this.registry],
  });
  readonly upstreamDuration = new Histogram({
    name: 'imagegraph_upstream_request_duration_seconds',
    help: 'Upstream HTTP attempts until the response headers (or the failure), by provider, method, status and attempt.',
    labelNames: ['provider', 'method', 'status', 'attempt'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly upstreamRequests = new Counter({
    name: 'imagegraph_upstream_requests_total',
    help: 'Upstream HTTP attempts by provider, method, status (`error` when no response) and attempt (1 = first try).',
    labelNames: ['provider', 'method', 'status', 'attempt'] as const,
    registers: [this.registry],
  });
  readonly redisErrors = new Counter({
    name: 'imagegraph_redis_backplane_errors_total',
    help: 'Errors reported by the Redis backplane connections (REDIS_URL).',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const metrics = this;
    new Gauge({
      name: 'imagegraph_upstream_circuit_state',
      help: 'Circuit breaker per provider: 0 closed, 1 half-open, 2 open.',
      labelNames: ['provider'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const t of metrics.sources?.transports() ?? []) this.set({ provider: t.provider }, Math.max(CIRCUIT_VALUE[t.circuit], 0));
      },
    });
    new Gauge({
      name: 'imagegraph_upstream_pool_connections',
      help: 'Upstream connection pools per provider: sockets (connected, free, size) and requests (pending, queued, running).',
      labelNames: ['provider', 'state'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        const sums = new Map<string, number>();
        for (const t of metrics.sources?.transports() ?? []) {
          if (!t.pool) continue;
          for (const [state, n] of Object.entries(t.pool)) sums.set(`${t.provider}\0${state}`, (sums.get(`${t.provider}\0${state}`) ?? 0) + n);
        }
        for (const [key, n] of sums) {
          const [provider, state] = key.split('\0') as [string, string];
          this.set({ provider, state }, n);
        }
      },
    });
    new Gauge({
      name: 'imagegraph_build_log_pollers_running',
      help: 'Builds whose log this replica follows for buildLog subscribers.',
      registers: [this.registry],
      collect() {
        this.set(metrics.sources?.buildLogPollers() ?? 0);
      },
    });
    new Gauge({
      name: 'imagegraph_job_trackers_running',
      help: 'Upstream jobs (Cycle, PAI) this replica tracks for jobUpdated subscribers.',
      registers: [this.registry],
      collect() {
        this.set(metrics.sources?.jobTrackers() ?? 0);
      },
    });
    new Gauge({
      name: 'imagegraph_provider_up',
      help: 'Background provider probe: 1 healthy, 0 unhealthy (enabled providers only).',
      labelNames: ['provider'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const p of metrics.sources?.providerHealth() ?? []) this.set({ provider: p.provider }, p.healthy ? 1 : 0);
      },
    });
  }

  /** Connects the scrape-time gauges to the live services. */
  observe(sources: MetricsSources): void {
    this.sources = sources;
  }

  /** A bounded operation-name label. */
  operationName(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES || !/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** The transport's `onCall`: one logical call (retries included); attempts are recorded by the upstream observer. */
  recordUpstream(call: { provider: Provider; method: string; status: number | null; durationMs: number }): void {
    this.logicalCalls.set(call.provider, (this.logicalCalls.get(call.provider) ?? 0) + 1);
  }

  recordAttempt(attempt: { provider: Provider; method: string; status: number | null; attempt: number; durationMs: number }): void {
    const labels = { provider: attempt.provider, method: attempt.method, status: attempt.status === null ? 'error' : String(attempt.status), attempt: String(Math.min(attempt.attempt, 10)) };
    this.upstreamRequests.inc(labels);
    this.upstreamDuration.observe(labels, attempt.durationMs / 1000);
  }

  /** Total logical upstream calls, optionally of one provider. */
  upstreamTotal(provider?: Provider): number {
    if (provider) return this.logicalCalls.get(provider) ?? 0;
    let n = 0;
    for (const v of this.logicalCalls.values()) n += v;
    return n;
  }

  contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
