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

/**
 * The DataLoader batch of a provider without a batch read: one `fetchOne` per distinct id, at most
 * `limit` in flight, and a value or an Error per key, in key order (a failure is turned into an Error
 * by `toError` and answers only its own key).
 */
export async function loadEach<K, R>(
  ids: readonly K[],
  limit: number,
  fetchOne: (id: K) => Promise<R>,
  toError: (err: unknown) => Error,
): Promise<(R | Error)[]> {
  const distinct = [...new Set(ids)];
  const results = await mapLimit(distinct, limit, async (id): Promise<R | Error> => {
    try {
      return await fetchOne(id);
    } catch (err) {
      return toError(err);
    }
  });
  const byId = new Map(distinct.map((id, i) => [id, results[i] as R | Error]));
  return ids.map((id) => byId.get(id) as R | Error);
}
