import type { Server } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import type { ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';
import type { Gateway } from '../../src/gateway.js';

/** Yoga's enveloped execute/subscribe, carried to graphql-ws through `rootValue` (as src/server.ts does). */
interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => ReturnType<NonNullable<ServerOptions['execute']>>;
  subscribe: (args: ExecutionArgs) => ReturnType<NonNullable<ServerOptions['subscribe']>>;
}

/**
 * Serves graphql-ws on the gateway's HTTP listener, on the same path, executed through Yoga's envelop
 * exactly as `src/server.ts` wires it (that module only runs as the entry point, so it is mirrored here).
 * Returns the function that disposes it.
 */
export function attachGraphqlWs(yoga: Gateway, server: Server): () => Promise<void> {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const ws = useServer(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (ctx, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
        });
        const args = {
          schema,
          operationName: payload.operationName,
          document: parse(payload.query),
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wss,
  );
  return async () => {
    await ws.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  };
}

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
