import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { GatewayError, UpstreamError } from '../core/errors.js';
import { toGatewayError } from '../http/errors.js';

/**
 * A merged list answers with the providers that worked; each provider that failed adds one entry to
 * `errors`, with `extensions.code` and `extensions.provider`, instead of failing the whole request.
 * Only a typed error's message is shown (as `maskError` does); anything else is logged and masked.
 */
export function usePartialErrors(): Plugin<GatewayContext> {
  let logger: Pick<Console, 'error'> = console;
  return {
    onYogaInit({ yoga }) {
      logger = yoga.logger;
    },
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          const ctx = args.contextValue as GatewayContext;
          if (!ctx.partialErrors?.length || Symbol.asyncIterator in result) return;
          const seen = new Set<string>();
          const extra = ctx.partialErrors
            .filter(({ provider }) => !seen.has(provider) && seen.add(provider))
            .map(({ provider, error }) => {
              const typed = toGatewayError(error);
              if (!(typed instanceof GatewayError)) logger.error(typed);
              const reason = typed instanceof GatewayError ? `: ${typed.message}` : '';
              const code = typed instanceof GatewayError ? typed.code : 'UPSTREAM_ERROR';
              const status = typed instanceof UpstreamError ? typed.status : undefined;
              // DEADLINE_EXCEEDED, CIRCUIT_OPEN, TIMEOUT, TRUNCATED_BODY…: why the provider is missing.
              const upstreamCode = typed instanceof UpstreamError ? typed.upstreamCode : undefined;
              return new GraphQLError(`${provider} is unavailable; its items are missing from this page${reason}`, {
                extensions: { code, provider, ...(status !== undefined ? { status } : {}), ...(upstreamCode ? { upstreamCode } : {}) },
              });
            });
          setResult({ ...result, errors: [...(result.errors ?? []), ...extra] });
        },
      };
    },
  };
}
