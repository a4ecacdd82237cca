import type { GatewayContext } from '../context.js';
import { NotFoundError } from '../core/errors.js';
import { TAC_MAX_BATCH_SIZE, TAC_MAX_PAGE_SIZE } from '../providers/tanzu-catalog/validate.js';
import type { TacPort } from '../providers/tanzu-catalog/port.js';
import { splitRawId } from './global-id.js';
import { requirePort } from './capabilities.js';

/**
 * What the TAC types (BaseImage, Registry, OperatingSystem) share: the port, and the batch load
 * behind their loadable nodes. TAC has no batch read, so a batch costs one GET per distinct id
 * (the adapter dedupes); TAC_MAX_BATCH_SIZE bounds one batch.
 */
export { TAC_MAX_BATCH_SIZE, TAC_MAX_PAGE_SIZE };

/** The TAC port, or UnsupportedOperationError when TAC is disabled. */
export function tacPort(ctx: GatewayContext): TacPort {
  return requirePort(ctx, 'TAC');
}

/**
 * The `load` of a TAC loadable node: raw ids are `TAC:<uuid>`. An id of another provider names
 * nothing here (NotFound without a call); a failure of the whole batch becomes each key's error.
 */
export async function loadTacNodes<T>(
  rawIds: readonly string[],
  ctx: GatewayContext,
  what: string,
  getMany: (port: TacPort, ids: string[]) => Promise<(T | Error)[]>,
): Promise<(T | Error)[]> {
  const keys = rawIds.map((raw) => splitRawId(raw));
  const wanted = keys.filter((k) => k.provider === 'TAC').map((k) => k.localId);
  let loaded: (T | Error)[] = [];
  try {
    loaded = wanted.length ? await getMany(tacPort(ctx), wanted) : [];
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    loaded = wanted.map(() => error);
  }
  let next = 0;
  return keys.map((k) =>
    k.provider === 'TAC' ? (loaded[next++] ?? new NotFoundError(`TAC: ${what} ${k.localId} was not found`, 'TAC')) : new NotFoundError(`No ${what} ${k.localId} at ${k.provider}`, k.provider),
  );
}
