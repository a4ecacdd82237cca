import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { useShutdown } from '../../src/plugins/use-shutdown.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The subscription result `useShutdown` hands back for `source`. */
function wrap(source: AsyncIterable<number>, signal: AbortSignal): AsyncIterableIterator<number> {
  let wrapped: unknown;
  const hooks = useShutdown(signal).onSubscribe!({} as never) as { onSubscribeResult(p: { result: unknown; setResult(r: unknown): void }): void };
  hooks.onSubscribeResult({ result: source, setResult: (r) => (wrapped = r) });
  return wrapped as AsyncIterableIterator<number>;
}

async function* counter() {
  for (let i = 0; ; i++) yield i;
}

describe('useShutdown', () => {
  it('retains no memory per event while a subscription stays open', async () => {
    const shutdown = new AbortController();
    const events = wrap(counter(), shutdown.signal);
    const take = async (n: number) => {
      for (let i = 0; i < n; i++) await events.next();
    };
    await take(1000);
    gc();
    const before = process.memoryUsage().heapUsed;
    const n = 50_000;
    await take(n);
    gc();
    const perEvent = (process.memoryUsage().heapUsed - before) / n;
    // Racing a fresh `stop.then(…)` per event kept ~460 bytes per event until the subscription ended.
    expect(perEvent).toBeLessThan(100);
    shutdown.abort();
    expect(await events.next()).toEqual({ value: undefined, done: true });
  });
});
