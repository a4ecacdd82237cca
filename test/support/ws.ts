import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** graphql-ws wiring is the server's own (src/graphql-ws.ts); tests attach it to their listener. */
export { attachGraphqlWs } from '../../src/graphql-ws.js';

/** A graphql-ws client for the gateway at `httpUrl` (`http://…/graphql` → `ws://…/graphql`). */
export function wsClient(httpUrl: string): Client {
  return createClient({ url: httpUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
}

/** Runs one subscription over graphql-ws and yields its results until the server completes it. */
export async function* wsSubscribe<T = unknown>(client: Client, query: string, variables: Record<string, unknown> = {}): AsyncGenerator<{ data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }> {
  const iterator = client.iterate<T>({ query, variables });
  try {
    for await (const result of iterator) yield result as { data?: T | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
  } finally {
    await iterator.return?.();
  }
}
