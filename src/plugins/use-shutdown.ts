import { setMaxListeners } from 'node:events';
import type { Plugin } from 'graphql-yoga';

/**
 * Completes every running subscription when `signal` aborts (graceful shutdown): SSE and graphql-ws
 * clients get a normal `complete` instead of a dropped connection, and can resume elsewhere
 * (`buildLog(fromLine)`, `jobUpdated` snapshot first).
 */
export function useShutdown(signal: AbortSignal): Plugin {
  // One listener per open subscription, by design.
  setMaxListeners(0, signal);
  return {
    onSubscribe() {
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in result)) return;
          const iterator = (result as AsyncIterable<unknown>)[Symbol.asyncIterator]();
          // A plain iterator rather than a Repeater around the source: one promise per event instead of
          // the Repeater's push/next pair, for every subscriber of every event (test/bench/PROFILE.md).
          // Stopping settles the pending `next` at once (an async generator's own `return` would wait
          // for it), and returns the source so that it lets go of its poller.
          let stopped = false;
          let settle: ((r: IteratorResult<unknown>) => void) | undefined;
          const finish = () => {
            if (stopped) return;
            stopped = true;
            signal.removeEventListener('abort', finish);
            settle?.({ done: true, value: undefined });
            settle = undefined;
            void Promise.resolve(iterator.return?.()).catch(() => undefined);
          };
          signal.addEventListener('abort', finish, { once: true });
          if (signal.aborted) finish();
          const wrapped: AsyncIterableIterator<unknown> = {
            [Symbol.asyncIterator]: () => wrapped,
            next: () =>
              stopped
                ? Promise.resolve({ done: true, value: undefined })
                : new Promise<IteratorResult<unknown>>((resolve, reject) => {
                    settle = resolve;
                    iterator.next().then(
                      (next) => {
                        if (next.done) finish();
                        settle = undefined;
                        resolve(next);
                      },
                      (err: unknown) => {
                        settle = undefined;
                        finish();
                        reject(err as Error);
                      },
                    );
                  }),
            return: (value?: unknown) => {
              finish();
              return Promise.resolve({ done: true, value });
            },
            throw: (err?: unknown) => {
              finish();
              return Promise.reject(err as Error);
            },
          };
          setResult(wrapped as never);
        },
      };
    },
  };
}
