import { ValidationError } from '../../core/errors.js';

/** The largest page any connection serves, and the default. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ForwardPageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Every connection of the graph pages forward (the upstream lists do): `first` from 0 to the
 * maximum, `after` a cursor the connection issued. Out-of-range values are a `ValidationError` naming
 * the argument, not a silent clamp. `last`/`before` are not in the schema (`finalize.ts` removes what
 * Pothos adds); they are still refused here for a caller that passes them by hand.
 */
export function forwardPageSize(args: ForwardPageArgs, options: { defaultFirst?: number; max?: number } = {}): number {
  const max = options.max ?? MAX_PAGE_SIZE;
  if (args.last != null) throw ValidationError.field('last', 'this list pages forward only: use first and after');
  if (args.before != null) throw ValidationError.field('before', 'this list pages forward only: use first and after');
  if (args.first != null && (!Number.isInteger(args.first) || args.first < 0 || args.first > max)) {
    throw ValidationError.field('first', `must be from 0 to ${max}, got ${args.first}`);
  }
  return args.first ?? options.defaultFirst ?? DEFAULT_PAGE_SIZE;
}
