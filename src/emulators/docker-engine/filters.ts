/** `api/types/filters` and `api/types/time` as the image and event endpoints use them. */

export class DaemonError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** `filters.FromJSON`: `{"key":["v"]}` or the legacy `{"key":{"v":true}}`. */
export function parseFilters(raw: string | null, invalidJsonStatus: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (raw === null || raw === '') return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    throw new DaemonError(invalidJsonStatus, err instanceof Error ? err.message : 'invalid filter');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new DaemonError(invalidJsonStatus, 'invalid filter');
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (Array.isArray(value)) out.set(key, value.map(String));
    else if (value !== null && typeof value === 'object') out.set(key, Object.keys(value as Record<string, unknown>).filter((k) => (value as Record<string, unknown>)[k] === true));
    else throw new DaemonError(invalidJsonStatus, 'invalid filter');
  }
  return out;
}

/** `Args.Validate`: `Invalid filter 'foo'` (400) for keys the endpoint does not know. */
export function validateFilterKeys(filters: Map<string, string[]>, accepted: string[]): void {
  for (const key of filters.keys()) if (!accepted.includes(key)) throw new DaemonError(400, `Invalid filter '${key}'`);
}

/** `Args.GetBoolOrDefault`: `Invalid filter 'dangling=[maybe]'` (400) for values other than true/false/1/0. */
export function boolFilter(filters: Map<string, string[]>, key: string, fallback: boolean | undefined): boolean | undefined {
  const values = filters.get(key);
  if (!values || values.length === 0) return fallback;
  for (const v of values) {
    const lower = v.toLowerCase();
    if (lower === 'true' || lower === '1') return true;
    if (lower === 'false' || lower === '0') return false;
  }
  throw new DaemonError(400, `Invalid filter '${key}=[${values.join(' ')}]'`);
}

/** `label=key` / `label=key=value` against a label map. */
export function matchesLabels(labels: Record<string, string> | null, wanted: string[] | undefined): boolean {
  if (!wanted || wanted.length === 0) return true;
  return wanted.every((w) => {
    const eq = w.indexOf('=');
    if (eq < 0) return labels !== null && Object.hasOwn(labels, w);
    return labels !== null && labels[w.slice(0, eq)] === w.slice(eq + 1);
  });
}

const DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;
const DURATION_PART = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/**
 * `timetypes.GetTimestamp`: Unix seconds (optionally `.nanoseconds`), a Go duration relative to now (`10m`,
 * `1h30m`), or an RFC 3339 / date string. Returns nanoseconds since the epoch.
 */
export function parseTimestamp(value: string, nowMs = Date.now()): bigint {
  const unix = /^(\d+)(?:\.(\d{1,9}))?$/.exec(value);
  if (unix) return BigInt(unix[1] ?? '0') * 1_000_000_000n + BigInt((unix[2] ?? '').padEnd(9, '0') || '0');
  if (DURATION.test(value)) {
    let ns = 0;
    for (const m of value.matchAll(DURATION_PART)) ns += Number(m[1]) * (UNIT_NS[m[2] ?? 's'] ?? 1e9);
    return BigInt(nowMs) * 1_000_000n - BigInt(Math.round(ns));
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new DaemonError(400, `failed to parse value as time or duration: "${value}"`);
  return BigInt(ms) * 1_000_000n;
}

/** `httputils.BoolValue`: anything but "", "0", "no", "false", "none" is true. */
export function boolParam(value: string | null): boolean {
  return value !== null && !['', '0', 'no', 'false', 'none'].includes(value.trim().toLowerCase());
}
