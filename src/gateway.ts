import { GraphQLError, Kind } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GatewayContext } from './context.js';
import { ConflictError, ForbiddenError, GatewayError, type ErrorCode, NotFoundError, RateLimitedError, UpstreamError, ValidationError } from './core/errors.js';
import { createAuthenticator } from './auth/authenticator.js';
import { corsOptions } from './cors.js';
import { useAuth } from './plugins/use-auth.js';
import { useCsrfPrevention } from './plugins/use-csrf-prevention.js';
import { useDisableIntrospection } from './plugins/use-disable-introspection.js';
import { useHealth } from './plugins/use-health.js';
import { useLimits } from './plugins/use-limits.js';
import { useMetrics } from './plugins/use-metrics.js';
import { requestIdOf, useObservability } from './plugins/use-observability.js';
import { yogaLogger } from './observe/logger.js';
import { usePartialErrors } from './plugins/use-partial-errors.js';
import { usePersistedDocuments } from './plugins/use-persisted-documents.js';
import { useRateLimit } from './plugins/use-rate-limit.js';
import { useRequestParseErrors } from './plugins/use-request-parse-errors.js';
import { useRequestScope } from './plugins/use-request-scope.js';
import { useShutdown } from './plugins/use-shutdown.js';
import { useSseSingleConnection } from './plugins/use-sse-single-connection.js';
import { useStreamingUploads } from './plugins/use-streaming-uploads.js';
import { useUpstreamBudget } from './plugins/use-upstream-budget.js';
import { schema } from './schema/index.js';
import { AUTH_TAB, EXAMPLE_TABS } from './graphiql-examples.js';
import type { Services } from './services.js';

export type Gateway = YogaServerInstance<Record<string, unknown>, GatewayContext>;

/**
 * Expected errors keep their message and get `extensions.code` (and provider, status, fieldErrors);
 * anything else is masked so internals (and anything secret inside them) never reach a client.
 */
function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof GatewayError) {
    const extensions: Record<string, unknown> = { code: original.code };
    if (original.provider) extensions.provider = original.provider;
    if (original instanceof UpstreamError) Object.assign(extensions, { status: original.status, upstreamCode: original.upstreamCode });
    // The provider's own code (`401.auth-invalid`, `404.image`…) tells a client what to fix; it is never secret.
    if ((original instanceof NotFoundError || original instanceof ConflictError || original instanceof ForbiddenError) && original.upstreamCode) extensions.upstreamCode = original.upstreamCode;
    if (original instanceof ForbiddenError && original.status) extensions.status = original.status;
    if (original instanceof ValidationError) extensions.fieldErrors = original.fieldErrors;
    if (original instanceof RateLimitedError) extensions.retryAfterSeconds = original.retryAfterSeconds;
    return new GraphQLError(original.message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions,
    });
  }
  if (error instanceof GraphQLError && isRequestError(error)) return asRequestError(error);
  if (error instanceof GraphQLError && !error.originalError) return error; // validation/parse errors are the client's
  return new GraphQLError(message, {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/**
 * A request error (GraphQL over HTTP): the executor could not start because of what the client sent, a
 * variable that does not coerce to its type (wrong scalar, unknown enum value, missing or unknown input
 * field, `@oneOf` with 0 or 2 members, null for non-null) or an operation name that names nothing.
 * graphql-tools' executor marks exactly these with `extensions.http.status` 400 and no path; graphql-js
 * gives coercion errors an `originalError` (the scalar's own throw), which must not make them "unexpected".
 */
function isRequestError(error: GraphQLError): boolean {
  const http = error.extensions.http as { status?: number } | undefined;
  // The executor's `subscribe` already labels them BAD_USER_INPUT (its `execute` does not); Yoga's own
  // request errors (BAD_REQUEST…) have their code and no originalError, and pass through below.
  const code = error.extensions.code;
  return !error.path && http?.status === 400 && (code === undefined || code === 'BAD_USER_INPUT');
}

/**
 * Keeps graphql-js's message (it names the variable and the field) and adds the code. The error is
 * amended in place and returned as is: Yoga logs every error its mask replaces, and a client's mistake
 * is not an operator's error. `spec: true`: 400 for `application/graphql-response+json`, 200 with the
 * same body for legacy `application/json`, as Yoga does for validation errors.
 */
function asRequestError(error: GraphQLError): GraphQLError {
  const variable = !!error.nodes?.length && error.nodes.every((n) => n.kind === Kind.VARIABLE_DEFINITION);
  const code: ErrorCode = variable ? 'BAD_USER_INPUT' : 'OPERATION_RESOLUTION_FAILURE';
  error.extensions.code = code;
  error.extensions.http = { status: 400, spec: true };
  return error;
}

/** Builds the Yoga app. No port: tests call `gateway.fetch(...)`; `server.ts` listens. */
export function createGateway(services: Services): Gateway {
  const { config } = services;
  // Plugin order (onRequest hooks run in this order and the first answer stops the rest):
  // - health/metrics answer their own paths first: probes and scrapers carry no credentials;
  // - graphql-sse single-connection requests are answered with their refusal before anything reads them;
  // - CSRF before uploads: a forged multipart body is refused before it is parsed or reaches a provider;
  // - auth before rate limit (the bucket is the client's name) and both before uploads (no body is read
  //   for a refused client); uploads re-enter Yoga with an inner request that carries the same headers;
  // - persisted documents swap the id for the text in onParams, before limits and introspection see it;
  // - uploads must see the raw multipart body before Yoga's parser does; partial errors amend results last;
  // - the upstream budget is estimated in onExecute (it needs the variables), before any resolver runs.
  const authenticate =
    config.auth && createAuthenticator({ ...config.auth, jwt: config.auth.jwt && { ...config.auth.jwt, onUnavailable: (message) => services.logger.warn(message) } });
  const security = [
    useCsrfPrevention(),
    authenticate && useAuth({ authenticate }),
    config.rateLimitPerMinute && useRateLimit({ perMinute: config.rateLimitPerMinute, redis: services.redis }),
    config.persistedDocuments && usePersistedDocuments(config.persistedDocuments),
    !config.graphiql && useDisableIntrospection(), // GraphiQL and introspection go together (GATEWAY_GRAPHIQL)
  ].filter((p) => !!p);
  const yoga: Gateway = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    cors: corsOptions(config.corsOrigins), // CORS_ORIGINS; Yoga's default would allow any origin with credentials
    landingPage: false,
    graphiql: services.config.graphiql ? { title: 'imagegraph', defaultTabs: config.auth ? [AUTH_TAB, ...EXAMPLE_TABS] : EXAMPLE_TABS } : false,
    // Loaded on the first GraphiQL page: its bundle is ~20 MiB of heap, for nothing when GraphiQL is off.
    renderGraphiQL: async (options) => (await import('./graphiql-page.js')).renderGatewayGraphiQL(options),
    maskedErrors: { maskError },
    logging: yogaLogger(services.logger),
    context: ({ request }) => {
      // graphql-ws operations come without a Fetch `request` (graphql-ws.ts passes the upgrade request as `req`).
      const requestId = requestIdOf(request as Request | undefined);
      return { services, requestId, scope: { requestId, upstreamCalls: 0 }, partialErrors: [] };
    },
    plugins: [
      useHealth(services, { authenticate: authenticate || undefined }),
      config.metricsPort === undefined && useMetrics(services.metrics, { production: config.production, authenticate: authenticate || undefined }),
      useSseSingleConnection(),
      useRequestParseErrors(),
      useObservability({ logger: services.logger, metrics: services.metrics }),
      ...security,
      useLimits(),
      useStreamingUploads(() => yoga, { maxFileBytes: config.uploadMaxBytes }),
      useRequestScope(config.deadlines),
      useUpstreamBudget({ budget: config.upstreamBudget }),
      usePartialErrors(),
      useShutdown(services.shutdown.signal),
    ].filter((p) => !!p),
  });
  return yoga;
}
