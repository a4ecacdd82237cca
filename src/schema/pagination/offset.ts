/**
 * Relay connections by position (offset): the one codec for the lists that page by offset (the merged
 * `jobs` and `imageBuilds`, Cycle's image sources, SWR's repositories and tags). A cursor is the
 * edge's position under a prefix naming the list family (`offset:12`, `cycle:12`, `swr-offset:12`,
 * base64url), so a cursor of one family is refused by another; a cursor a list did not issue is a
 * `ValidationError` naming the argument, before any upstream call.
 */
import { ValidationError } from '../../core/errors.js';
import type { Provider } from '../../core/provider.js';
import { forwardPageSize } from './connection-args.js';

export interface ForwardArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface OffsetCursors {
  encode(position: number): string;
  /** The position a cursor names; `ValidationError` on `field` when this family did not issue it. */
  decode(cursor: string, field?: string): number;
}

export function offsetCursors(prefix: string, provider?: Provider): OffsetCursors {
  const pattern = new RegExp(`^${prefix}:(\\d{1,9})$`);
  return {
    encode: (position) => Buffer.from(`${prefix}:${position}`, 'utf8').toString('base64url'),
    decode(cursor, field = 'after') {
      const m = /^[A-Za-z0-9_-]+$/.test(cursor) ? pattern.exec(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
      if (!m) throw ValidationError.field(field, `"${cursor.slice(0, 64)}" is not a cursor of this list`, provider);
      return Number(m[1]);
    },
  };
}

/** The window a forward page asks for: where it starts, and how many. */
export function offsetWindow(args: ForwardArgs, cursors: OffsetCursors, limits?: { defaultFirst: number; max: number }): { offset: number; first: number } {
  const first = forwardPageSize(args, limits);
  return { offset: args.after ? cursors.decode(args.after) + 1 : 0, first };
}

/** A connection over the items of one window (`totalCount` when the list knows it). */
export function offsetConnection<T>(cursors: OffsetCursors, items: T[], offset: number, hasNextPage: boolean, totalCount: number | null = null) {
  return {
    edges: items.map((node, i) => ({ node, cursor: cursors.encode(offset + i) })),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: items.length ? cursors.encode(offset) : null,
      endCursor: items.length ? cursors.encode(offset + items.length - 1) : null,
    },
    totalCount,
  };
}

/** A connection over a whole in-memory list (merged lists): the window is cut here. */
export function connectionOfList<T>(cursors: OffsetCursors, items: T[], args: ForwardArgs) {
  const { offset, first } = offsetWindow(args, cursors);
  const slice = items.slice(offset, offset + first);
  return offsetConnection(cursors, slice, offset, offset + first < items.length);
}

/** Reads the `totalCount` that `offsetConnection` puts next to the Relay fields. */
export function totalCountOf(connection: object): number | null {
  return 'totalCount' in connection && typeof connection.totalCount === 'number' ? connection.totalCount : null;
}
