import { ValidationError } from '../../core/errors.js';
import type { PositionedPage, Provider } from '../../core/records.js';
import { isProvider } from '../../core/provider.js';

/**
 * Merges several providers' newest-first lists into one connection page. The cursor of each edge
 * records, per provider, the position of the provider page holding its next unconsumed item and how
 * many items of that page are consumed, so paging forward never skips or repeats an item, and a
 * provider is only asked for another page when the merge actually reaches the end of the one it has.
 */
export type ProviderCursor = { pos: string | null; skip: number; done?: boolean };
export type MergeCursor = Partial<Record<Provider, ProviderCursor>>;

export interface MergeSource<T> {
  provider: Provider;
  fetch(position: string | null, limit: number): Promise<PositionedPage<T>>;
}

export function encodeMergeCursor(cursor: MergeCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** One provider's position as this gateway writes it: anything else in a client's cursor is refused. */
function isProviderCursor(value: unknown): value is ProviderCursor {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { pos, skip, done } = value as Record<string, unknown>;
  return (pos === null || typeof pos === 'string') && Number.isSafeInteger(skip) && (skip as number) >= 0 && (done === undefined || typeof done === 'boolean');
}

export function decodeMergeCursor(value: string, field = 'after'): MergeCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  // The cursor comes back from the client: its keys must be providers and its positions well formed,
  // copied into a fresh object (a `__proto__` key or a string `skip` must never reach the merge).
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const entries = Object.entries(parsed);
    if (entries.every(([provider, cursor]) => isProvider(provider) && isProviderCursor(cursor))) {
      const cursor: MergeCursor = {};
      for (const [provider, position] of entries) cursor[provider as Provider] = { ...(position as ProviderCursor) };
      return cursor;
    }
  }
  throw ValidationError.field(field, 'is not a cursor of this list');
}

/**
 * An edge whose cursor is encoded when it is read: a page of 50 whose cursors nobody selects skipped 50
 * JSON + base64url encodings (~1 % of a merged page's CPU, test/bench/PROFILE.md). The position it
 * encodes is the snapshot taken when the edge was merged.
 */
class MergedEdge<T> {
  private encoded: string | undefined;
  constructor(
    readonly node: T,
    private readonly position: MergeCursor,
  ) {}
  get cursor(): string {
    return (this.encoded ??= encodeMergeCursor(this.position));
  }
}

interface Lane<T> {
  provider: Provider;
  source: MergeSource<T>;
  pos: string | null;
  skip: number;
  page: T[] | null;
  next: string | null;
  done: boolean;
}

export interface MergedPage<T> {
  edges: { node: T; cursor: string }[];
  hasNextPage: boolean;
  /** Provider pages fetched, for tests and metrics. */
  fetches: number;
  /** Providers that failed, with their error; the others' items are still returned. */
  failures: { provider: Provider; error: unknown }[];
}

export async function mergePages<T>(
  sources: MergeSource<T>[],
  options: { first: number; after?: MergeCursor; pageSize: number; newer: (a: T, b: T) => boolean },
): Promise<MergedPage<T>> {
  const lanes: Lane<T>[] = sources.map((source) => {
    const c = options.after?.[source.provider];
    return { provider: source.provider, source, pos: c?.pos ?? null, skip: c?.skip ?? 0, page: null, next: null, done: c?.done ?? false };
  });
  const failures: MergedPage<T>['failures'] = [];
  let fetches = 0;
  const failed = new Set<Lane<T>>();

  // Makes sure a lane's head is loaded; moves to the provider's next page when the current one is used up.
  async function fill(lane: Lane<T>): Promise<void> {
    while (!lane.done && !failed.has(lane) && (lane.page === null || lane.skip >= lane.page.length)) {
      if (lane.page !== null) {
        if (lane.next === null) {
          lane.done = true;
          return;
        }
        lane.pos = lane.next;
        lane.skip = 0;
        lane.page = null;
      }
      try {
        fetches += 1;
        const page = await lane.source.fetch(lane.pos, options.pageSize);
        lane.page = page.items;
        lane.next = page.next;
        if (page.items.length === 0 && page.next === null) lane.done = true;
      } catch (error) {
        failed.add(lane);
        failures.push({ provider: lane.provider, error });
      }
    }
  }

  const snapshot = (): MergeCursor => {
    const c: MergeCursor = {};
    for (const l of lanes) {
      if (failed.has(l)) {
        // keep the position we were given so a later page retries this provider where it was
        const prior = options.after?.[l.provider];
        if (prior) c[l.provider] = prior;
        continue;
      }
      if (l.done) c[l.provider] = { pos: l.pos, skip: l.skip, done: true };
      else if (l.page !== null && l.skip >= l.page.length) {
        // This page is used up: point at the next one rather than making the next request refetch it.
        c[l.provider] = l.next === null ? { pos: l.pos, skip: l.skip, done: true } : { pos: l.next, skip: 0 };
      } else c[l.provider] = { pos: l.pos, skip: l.skip };
    }
    return c;
  };

  await Promise.all(lanes.map(fill));
  const edges: MergedPage<T>['edges'] = [];
  while (edges.length < options.first) {
    let best: Lane<T> | undefined;
    for (const lane of lanes) {
      if (lane.done || failed.has(lane) || !lane.page || lane.skip >= lane.page.length) continue;
      if (!best || options.newer(lane.page[lane.skip]!, best.page![best.skip]!)) best = lane;
    }
    if (!best) break;
    const node = best.page![best.skip]!;
    best.skip += 1;
    // Only the lane that moved may need its next page; fetch it lazily only if another item is wanted.
    if (best.skip >= best.page!.length && edges.length + 1 < options.first) await fill(best);
    edges.push(new MergedEdge(node, snapshot()));
  }
  const hasNextPage = lanes.some((l) => !failed.has(l) && !l.done && (l.page === null || l.skip < l.page.length || l.next !== null));
  return { edges, hasNextPage, fetches, failures };
}
