import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GatewayContext } from '../context.js';

/**
 * Per-request DataLoaders that are not tied to a Pothos loadable type. One cache per request
 * context object (never shared across requests), one loader per name.
 */
const perRequest = createContextCache((_ctx: GatewayContext) => new Map<string, DataLoader<unknown, unknown>>());

export function requestLoader<K, V>(
  ctx: GatewayContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
  options?: DataLoader.Options<K, V, string>,
): DataLoader<K, V, string> {
  const loaders = perRequest(ctx);
  let loader = loaders.get(name) as DataLoader<K, V, string> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V, string>(batch, options);
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
