import { setMaxListeners } from 'node:events';
import { Repeater, type Plugin } from 'graphql-yoga';

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
          const source = result as AsyncIterable<unknown> & AsyncIterator<unknown>;
          setResult(
            new Repeater(async (push, stop) => {
              const onAbort = () => stop();
              signal.addEventListener('abort', onAbort, { once: true });
              if (signal.aborted) stop();
              const iterator = source[Symbol.asyncIterator]();
              // One reaction on `stop` for the whole subscription: racing `stop.then(…)` per event left a
              // pending reaction per event (~460 B each) until the subscription ended.
              let stopped = false;
              let wake: ((v: null) => void) | undefined;
              stop.then(() => {
                stopped = true;
                wake?.(null);
                signal.removeEventListener('abort', onAbort);
                void iterator.return?.();
              });
              const nextOrStop = () =>
                new Promise<IteratorResult<unknown> | null>((resolve, reject) => {
                  wake = resolve;
                  if (stopped) resolve(null);
                  else iterator.next().then(resolve, reject);
                });
              try {
                for (let next = await nextOrStop(); next && !next.done; next = await nextOrStop()) {
                  await push(next.value);
                }
              } catch (err) {
                stop(err);
                return;
              }
              stop();
            }) as never,
          );
        },
      };
    },
  };
}
