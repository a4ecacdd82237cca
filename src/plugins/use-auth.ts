import type { IncomingMessage } from 'node:http';
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Authenticator, HeaderLookup } from '../auth/authenticator.js';
import { rootFieldScopes } from '../auth/operation-scopes.js';
import { rememberViewer, viewerOf, type AuthFailure, type Viewer } from '../auth/viewer.js';
import type { GatewayContext } from '../context.js';
import { errorResponse } from './error-response.js';

export interface UseAuthOptions {
  /** Who is calling, from the credential headers (see `createAuthenticator`). */
  authenticate: Authenticator;
}

/** What graphql-ws hands to `getEnveloped` (see src/graphql-ws.ts): the connection's params and the upgrade request. */
interface WsInitialContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  req?: Pick<IncomingMessage, 'headers'>;
}

function wwwAuthenticate(failure: AuthFailure): Record<string, string> {
  if (failure.status !== 401) return {};
  return { 'www-authenticate': `Bearer realm="imagegraph"${failure.bearerError ? `, error="${failure.bearerError}"` : ''}` };
}

/** graphql-ws: `connectionParams` first (what browsers can send), then the upgrade request's own headers. */
export function wsHeaders(ctx: WsInitialContext): HeaderLookup {
  const params = new Map(Object.entries(ctx.connectionParams ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return (name) => {
    const fromParams = params.get(name);
    if (typeof fromParams === 'string') return fromParams;
    const fromUpgrade = ctx.req?.headers[name];
    return typeof fromUpgrade === 'string' ? fromUpgrade : undefined;
  };
}

/**
 * Where `useAuth` leaves its authenticator on the Yoga server, so graphql-ws can check credentials at
 * `connection_init`. A property, not a WeakMap entry: `createYoga` hands out an adapter around the server
 * that plugins see, and property reads pass through it.
 */
const AUTHENTICATOR = Symbol('imagegraph.authenticator');

/** The authenticator `useAuth` installed on this Yoga app; undefined when authentication is off. */
export function authenticatorOf(yoga: object): Authenticator | undefined {
  return Reflect.get(yoga, AUTHENTICATOR) as Authenticator | undefined;
}

const quote = (scopes: readonly string[]) => scopes.map((s) => `"${s}"`).join(' and ');

/**
 * Per root field: every root field the operation selects needs its scopes (`read` for queries and
 * subscriptions, `write` for mutations, plus `import` for pullImage/importImage/createImageBuild).
 * All or nothing: if one root field is refused, none runs, and the answer is 403 with one FORBIDDEN
 * error per refused field naming the scopes it lacks.
 */
export function scopeRefusals(viewer: Viewer, schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): GraphQLError[] {
  return rootFieldScopes(schema, document, operationName).flatMap(({ responseKey, field, scopes }) => {
    const missing = scopes.filter((s) => !viewer.scopes.has(s));
    if (!missing.length) return [];
    const message = `${field} needs the ${quote(missing)} scope${missing.length > 1 ? 's' : ''}, which client "${viewer.name}" does not have`;
    return [new GraphQLError(message, { path: [responseKey], extensions: { code: 'FORBIDDEN', missingScopes: missing, http: { status: 403 } } })];
  });
}

/**
 * Authenticated clients with scopes (DESIGN §8).
 * - HTTP (queries, mutations, SSE, multipart): credentials are checked in `onRequest`, before the body
 *   is read: 401 with `WWW-Authenticate` (503 when the JWKS cannot be fetched).
 * - graphql-ws: `connectionParams.Authorization` / `X-API-Key` (or the upgrade request's headers) are
 *   checked at `connection_init` (src/graphql-ws.ts: no valid credential, no connection: close 4403), and
 *   again when the context is built for each subscribe message; a refusal is that operation's error.
 * - Scopes are checked per root field when the operation is about to execute or subscribe.
 * The viewer goes into `context.viewer`.
 */
export function useAuth({ authenticate }: UseAuthOptions): Plugin<GatewayContext> {
  let endpoint = '/graphql';
  // graphql-ws contexts whose credentials were refused; the refusal is answered at execute/subscribe.
  const refused = new WeakMap<object, AuthFailure>();

  const check = (context: GatewayContext, schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): ExecutionResult | undefined => {
    const failure = refused.get(context);
    if (failure) return { errors: [new GraphQLError(failure.message, { extensions: { code: failure.code, http: { status: failure.status, headers: wwwAuthenticate(failure) } } })] };
    // No viewer and no recorded refusal: a path that skipped `onRequest`/context building. Refuse rather than guess.
    if (!context.viewer) return { errors: [new GraphQLError('Authentication required', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } })] };
    const errors = scopeRefusals(context.viewer, schema, document, operationName);
    return errors.length ? { errors } : undefined;
  };

  return {
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
      Object.defineProperty(yoga, AUTHENTICATOR, { value: authenticate });
    },
    async onRequest({ request, url, fetchAPI, endResponse }) {
      // CORS preflights carry no credentials by design; health, metrics and GraphiQL's page are answered before this plugin.
      if (url.pathname !== endpoint || request.method === 'OPTIONS') return;
      const outcome = await authenticate((name) => request.headers.get(name) ?? undefined);
      if ('viewer' in outcome) return rememberViewer(request, outcome.viewer);
      const { failure } = outcome;
      endResponse(errorResponse(fetchAPI, request, failure.status, { message: failure.message, code: failure.code }, wwwAuthenticate(failure)));
    },
    async onContextBuilding({ context, extendContext }) {
      const fromRequest = viewerOf((context as { request?: Request }).request);
      if (fromRequest) return extendContext({ viewer: fromRequest });
      const outcome = await authenticate(wsHeaders(context as WsInitialContext));
      if ('viewer' in outcome) extendContext({ viewer: outcome.viewer });
      else refused.set(context, outcome.failure);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = check(args.contextValue as GatewayContext, args.schema, args.document, args.operationName);
      if (refusal) setResultAndStopExecution(refusal);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = check(args.contextValue as GatewayContext, args.schema, args.document, args.operationName);
      if (refusal) setResultAndStopExecution(refusal);
    },
  };
}
