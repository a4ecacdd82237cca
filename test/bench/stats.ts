/** Latency statistics and bounded load loops (counts and wall time both capped). */
import { performance } from 'node:perf_hooks';

export interface Summary {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  return { n: sorted.length, mean, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

export interface LoadResult {
  latency: Summary;
  /** Completed operations per second of wall time. */
  rps: number;
  completed: number;
  errors: number;
  elapsedMs: number;
  firstError?: string;
}

/**
 * Runs `op` from `concurrency` loops until `total` operations were started or `durationMs` passed,
 * whichever comes first. Each loop waits for its operation before starting the next (closed loop),
 * so the figure is what `concurrency` clients each with one request in flight get.
 */
export async function load(op: () => Promise<unknown>, options: { concurrency: number; total?: number; durationMs: number }): Promise<LoadResult> {
  const samples: number[] = [];
  let started = 0;
  let errors = 0;
  let firstError: string | undefined;
  const t0 = performance.now();
  const deadline = t0 + options.durationMs;
  const total = options.total ?? Number.POSITIVE_INFINITY;
  const loop = async () => {
    while (started < total && performance.now() < deadline) {
      started += 1;
      const s = performance.now();
      try {
        await op();
        samples.push(performance.now() - s);
      } catch (err) {
        errors += 1;
        firstError ??= err instanceof Error ? err.message : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  const elapsedMs = performance.now() - t0;
  return { latency: summarize(samples), rps: (samples.length / elapsedMs) * 1000, completed: samples.length, errors, elapsedMs, ...(firstError ? { firstError } : {}) };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` every 5 ms until it holds; throws after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
}

export const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : '–');
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A plain-text table with aligned columns (also valid Markdown). */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 2)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}
