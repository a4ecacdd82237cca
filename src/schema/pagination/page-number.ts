import { ValidationError } from '../../core/errors.js';
import type { Page } from '../../core/records.js';
import { forwardPageSize } from './connection-args.js';

/**
 * Relay connections over a provider's page-number lists (`page`, `page_size`), as TAC offers them.
 *
 * A cursor names the provider page an edge came from and its offset inside that page, together with
 * the page size of that grid: `(pageSize, page, offset)`. That pins the item's absolute position
 * `(page − 1) × pageSize + offset`, so the next request may pick whatever page size serves it with
 * the fewest calls (usually one: the smallest page size whose grid holds the whole window), and
 * paging forward never skips or repeats an item, whatever `first` each request asks for.
 */
export interface PageNumberCursor {
  pageSize: number;
  /** 1-based, as the provider counts. */
  page: number;
  /** 0-based position inside that page. */
  offset: number;
}

const CURSOR = /^page:(\d{1,3}):(\d{1,9}):(\d{1,3})$/;

export function encodePageCursor(c: PageNumberCursor): string {
  return Buffer.from(`page:${c.pageSize}:${c.page}:${c.offset}`, 'utf8').toString('base64url');
}

/** Decodes an `after` cursor; a cursor this list did not issue is a ValidationError naming the argument. */
export function decodePageCursor(value: string, maxPageSize: number, field = 'after'): PageNumberCursor {
  const m = /^[A-Za-z0-9_-]+$/.test(value) ? CURSOR.exec(Buffer.from(value, 'base64url').toString('utf8')) : null;
  const [pageSize, page, offset] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || pageSize < 1 || pageSize > maxPageSize || page < 1 || offset >= pageSize) {
    throw ValidationError.field(field, 'is not a cursor of this list');
  }
  return { pageSize, page, offset };
}

/**
 * The page size that serves items `[start, start + count)` with one call: the smallest size
 * `≥ count` (and `≤ maxPageSize`) whose page boundaries do not cut the window. When none exists
 * (a window of 90 starting at 50, say), `maxPageSize`, and the window takes two calls.
 */
export function pageSizeFor(start: number, count: number, maxPageSize: number): number {
  for (let size = Math.max(count, 1); size <= maxPageSize; size += 1) {
    if (Math.floor(start / size) === Math.floor((start + count - 1) / size)) return size;
  }
  return maxPageSize;
}

export interface PageNumberConnection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** What the provider reports as the size of the whole (filtered) list, when it does. */
  totalCount: number | null;
}

export interface PageNumberArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Builds one forward page of a connection from a page-number list. `fetchPage` is called with
 * 1-based page numbers and a page size within `maxPageSize`, in order, until `first` items are in
 * hand or the list ends.
 */
export async function pageNumberConnection<T>(
  args: PageNumberArgs,
  fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
  options: { maxPageSize: number; defaultFirst: number },
): Promise<PageNumberConnection<T>> {
  // The provider lists pages forward only; backward paging would need the list's end first.
  const first = forwardPageSize(args, { defaultFirst: options.defaultFirst, max: options.maxPageSize });
  let start = 0;
  if (args.after) {
    const c = decodePageCursor(args.after, options.maxPageSize);
    start = (c.page - 1) * c.pageSize + c.offset + 1;
  }
  // `first: 0` still asks for one item, so that hasNextPage is true to the list.
  const want = Math.max(first, 1);
  const pageSize = pageSizeFor(start, want, options.maxPageSize);
  const taken: { node: T; cursor: string }[] = [];
  let hasNextPage = false;
  let totalCount: number | null = null;
  let index = start;
  while (taken.length < want) {
    const page = Math.floor(index / pageSize) + 1;
    const offset = index % pageSize;
    const result = await fetchPage(page, pageSize);
    if (result.total !== undefined) totalCount = result.total;
    const rest = result.items.slice(offset);
    const take = rest.slice(0, want - taken.length);
    take.forEach((node, i) => taken.push({ node, cursor: encodePageCursor({ pageSize, page, offset: offset + i }) }));
    index += take.length;
    if (take.length < rest.length) {
      hasNextPage = true;
      break;
    }
    hasNextPage = result.hasNextPage && rest.length > 0;
    if (!hasNextPage) break;
  }
  const edges = taken.slice(0, first);
  if (edges.length < taken.length) hasNextPage = true;
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
