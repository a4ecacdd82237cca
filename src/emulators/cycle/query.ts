import { cycleError } from './errors.js';
import { pageOf, type EmulatorResponse } from '../kit.js';

/** Largest `page[size]` the emulator serves; larger requests are clamped. */
export const MAX_PAGE_SIZE = 100;
/** `page[size]` when none is given (the spec's example: "20 results per page"). */
export const DEFAULT_PAGE_SIZE = 20;

/** `include` / `meta` / `sort`: comma-joined (as the prose says) or repeated keys (OAS form/explode); both accepted. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

export function filterParam(query: URLSearchParams, key: string): string | undefined {
  const v = query.get(`filter[${key}]`);
  return v === null || v === '' ? undefined : v;
}

/** `page[number]` (1-based) and `page[size]`; a bad value is a `422.invalid-argument`. */
export function paginate<T>(items: T[], query: URLSearchParams): T[] | EmulatorResponse {
  const rawNumber = query.get('page[number]');
  const rawSize = query.get('page[size]');
  const number = rawNumber === null ? 1 : Number(rawNumber);
  const size = rawSize === null ? DEFAULT_PAGE_SIZE : Number(rawSize);
  if (!Number.isInteger(number) || number < 1) return cycleError(422, '422.invalid-argument', `page[number] must be a positive integer, got '${rawNumber}'`);
  if (!Number.isInteger(size) || size < 1) return cycleError(422, '422.invalid-argument', `page[size] must be a positive integer, got '${rawSize}'`);
  const clamped = Math.min(size, MAX_PAGE_SIZE);
  return pageOf(items, number, clamped);
}

/**
 * `sort=-id,created`: each key is looked up in `keys`; a leading `-` sorts descending. Unknown keys
 * are a `422.invalid-argument`.
 */
export function sortBy<T>(items: T[], sort: string[], keys: Record<string, (item: T) => string | number>, fallback: string): T[] | EmulatorResponse {
  const specs = (sort.length ? sort : [fallback]).map((s) => ({ desc: s.startsWith('-'), key: s.replace(/^[-+]/, '') }));
  for (const s of specs) if (!keys[s.key]) return cycleError(422, '422.invalid-argument', `cannot sort by '${s.key}'; allowed: ${Object.keys(keys).join(', ')}`);
  return [...items].sort((a, b) => {
    for (const s of specs) {
      const get = keys[s.key]!;
      const x = get(a);
      const y = get(b);
      if (x < y) return s.desc ? 1 : -1;
      if (x > y) return s.desc ? -1 : 1;
    }
    return 0;
  });
}
