import type { Server } from 'node:http';
import { GraphQLError, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import { CloseCode, type ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Gateway } from './gateway.js';
import { authenticatorOf, wsHeaders } from './plugins/use-auth.js';

/** Yoga's enveloped execute/subscribe, carried to graphql-ws through `rootValue` (Yoga's documented recipe). */
interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => ReturnType<NonNullable<ServerOptions['execute']>>;
  subscribe: (args: ExecutionArgs) => ReturnType<NonNullable<ServerOptions['subscribe']>>;
}

/** `extensions.http` tells Yoga which HTTP status to answer; a WebSocket frame has none, so it is dropped. */
function withoutHttp(error: GraphQLError): GraphQLFormattedError {
  const { extensions, ...rest } = error.toJSON();
  const { http: _http, ...kept } = extensions ?? {};
  return Object.keys(kept).length ? { ...rest, extensions: kept } : rest;
}

/**
 * graphql-ws on the gateway's HTTP listener, on the same path as HTTP and SSE, executed through
 * Yoga's envelop so every plugin (auth, limits, shutdown…) applies. Returns the dispose function,
 * which completes every open subscription with a close frame.
 *
 * Credentials are checked at `connection_init` (when authentication is on): a client without a valid
 * key never gets a connection (close 4403 with the reason). A document that does not parse is that
 * operation's error; the socket and its other operations go on.
 */
export function attachGraphqlWs(yoga: Gateway, server: Server): () => Promise<void> {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const ws = useServer(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onConnect: async (ctx) => {
        const authenticate = authenticatorOf(yoga);
        if (!authenticate) return true;
        const outcome = await authenticate(wsHeaders({ connectionParams: ctx.connectionParams, req: ctx.extra.request }));
        if ('viewer' in outcome) return true;
        // Closed here rather than by returning false, so the close frame says why (reasons are ≤ 123 bytes).
        ctx.extra.socket.close(CloseCode.Forbidden, `${outcome.failure.code}: ${outcome.failure.message}`.slice(0, 123));
        return false;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map(withoutHttp),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors?.length ? { ...result, errors: result.errors.map(withoutHttp) } : undefined),
      onSubscribe: async (ctx, _id, payload) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
        });
        let document;
        try {
          document = parse(payload.query);
        } catch (err) {
          if (err instanceof GraphQLError) return [new GraphQLError(err.message, { source: err.source, positions: err.positions, extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
          throw err;
        }
        const args = {
          schema,
          operationName: payload.operationName,
          document,
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
