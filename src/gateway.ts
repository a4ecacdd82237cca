import { randomUUID } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GatewayContext } from './context.js';
import { GatewayError, RateLimitedError, UpstreamError, ValidationError } from './errors.js';
import { useHealth } from './plugins/use-health.js';
import { useLimits } from './plugins/use-limits.js';
import { useMetrics } from './plugins/use-metrics.js';
import { usePartialErrors } from './plugins/use-partial-errors.js';
import { useStreamingUploads } from './plugins/use-streaming-uploads.js';
import { schema } from './schema/index.js';
import { EXAMPLE_OPERATIONS } from './graphiql-examples.js';
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
    if (original instanceof ValidationError) extensions.fieldErrors = original.fieldErrors;
    if (original instanceof RateLimitedError) extensions.retryAfterSeconds = original.retryAfterSeconds;
    return new GraphQLError(original.message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions,
    });
  }
  if (error instanceof GraphQLError && !error.originalError) return error; // validation/parse errors are the client's
  return new GraphQLError(message, {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** Builds the Yoga app. No port: tests call `gateway.fetch(...)`; `server.ts` listens. */
export function createGateway(services: Services): Gateway {
  // Plugin order: health/metrics answer their own paths before GraphQL parsing; uploads must see
  // the raw multipart body before Yoga's parser does; partial errors amend results last.
  const yoga: Gateway = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: services.config.graphiql ? { title: 'imagegraph', defaultTabs: EXAMPLE_OPERATIONS.map((query) => ({ query })) } : false,
    renderGraphiQL,
    maskedErrors: { maskError },
    logging: services.config.production ? 'info' : 'warn',
    context: ({ request }) => ({
      services,
      requestId: request.headers.get('x-request-id') ?? randomUUID(),
      partialErrors: [],
    }),
    plugins: [useHealth(services), useMetrics(services.metrics), useLimits(), useStreamingUploads(() => yoga), usePartialErrors()],
  });
  return yoga;
}
