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
              stop.then(() => {
                signal.removeEventListener('abort', onAbort);
                void iterator.return?.();
              });
              try {
                for (let next = await Promise.race([iterator.next(), stop.then(() => null)]); next && !next.done; next = await Promise.race([iterator.next(), stop.then(() => null)])) {
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
