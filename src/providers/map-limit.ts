/**
 * Runs `fn` over `items` with at most `limit` calls in flight; results in input order. Providers
 * without a batch endpoint (Cycle, PAI, TAC get-by-id) use it so a DataLoader batch of 100 ids does
 * not open 100 upstream requests at once.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  });
  await Promise.all(workers);
  return out;
}
