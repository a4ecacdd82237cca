import type { Provider } from './providers/provider.js';

/**
 * Prometheus counters and histograms kept in process; `/metrics` prints them in the text format.
 * Also the tests' and bench's way to count upstream calls.
 */
export class Metrics {
  readonly upstreamCalls = new Map<string, number>();
  readonly upstreamSeconds = new Map<string, { sum: number; count: number }>();
  readonly operations = new Map<string, number>();

  recordUpstream(call: { provider: Provider; method: string; status: number | null; durationMs: number }): void {
    const key = `provider="${call.provider}",method="${call.method}",status="${call.status ?? 'error'}"`;
    this.upstreamCalls.set(key, (this.upstreamCalls.get(key) ?? 0) + 1);
    const lat = this.upstreamSeconds.get(call.provider) ?? { sum: 0, count: 0 };
    lat.sum += call.durationMs / 1000;
    lat.count += 1;
    this.upstreamSeconds.set(call.provider, lat);
  }

  recordOperation(type: string, ok: boolean): void {
    const key = `type="${type}",outcome="${ok ? 'ok' : 'error'}"`;
    this.operations.set(key, (this.operations.get(key) ?? 0) + 1);
  }

  /** Total upstream calls, optionally of one provider. */
  upstreamTotal(provider?: Provider): number {
    let n = 0;
    for (const [k, v] of this.upstreamCalls) if (!provider || k.startsWith(`provider="${provider}"`)) n += v;
    return n;
  }

  render(): string {
    const lines = [
      '# HELP imagegraph_upstream_requests_total Upstream HTTP calls by provider, method and status.',
      '# TYPE imagegraph_upstream_requests_total counter',
      ...[...this.upstreamCalls].map(([k, v]) => `imagegraph_upstream_requests_total{${k}} ${v}`),
      '# HELP imagegraph_upstream_request_duration_seconds Upstream call latency.',
      '# TYPE imagegraph_upstream_request_duration_seconds summary',
      ...[...this.upstreamSeconds].flatMap(([p, v]) => [
        `imagegraph_upstream_request_duration_seconds_sum{provider="${p}"} ${v.sum}`,
        `imagegraph_upstream_request_duration_seconds_count{provider="${p}"} ${v.count}`,
      ]),
      '# HELP imagegraph_graphql_operations_total GraphQL operations by type and outcome.',
      '# TYPE imagegraph_graphql_operations_total counter',
      ...[...this.operations].map(([k, v]) => `imagegraph_graphql_operations_total{${k}} ${v}`),
    ];
    return `${lines.join('\n')}\n`;
  }
}
