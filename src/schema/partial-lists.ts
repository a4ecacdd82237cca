import type { GatewayContext } from '../context.js';
import type { Provider } from '../core/provider.js';

/**
 * Lists from several providers, each on its own: a provider that fails adds its error to
 * `ctx.partialErrors` (one entry naming it in the response, `usePartialErrors`) and contributes no
 * items, so the others' items still answer. The results come flattened, in provider order.
 */
export async function settleByProvider<T>(ctx: GatewayContext, providers: readonly Provider[], list: (provider: Provider) => Promise<T[]>): Promise<T[]> {
  const settled = await Promise.allSettled(providers.map((p) => list(p)));
  const items: T[] = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') items.push(...result.value);
    else ctx.partialErrors.push({ provider: providers[i]!, error: result.reason });
  });
  return items;
}
