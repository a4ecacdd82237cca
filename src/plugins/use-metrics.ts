import type { Plugin } from 'graphql-yoga';
import type { Metrics } from '../metrics.js';

/** `/metrics` in the Prometheus text format, and a count of GraphQL operations. */
export function useMetrics(metrics: Metrics): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/metrics') {
        endResponse(new fetchAPI.Response(metrics.render(), { headers: { 'content-type': 'text/plain; version=0.0.4' } }));
      }
    },
    onExecute({ args }) {
      const op = (args.document as import('graphql').DocumentNode).definitions.find((d) => d.kind === 'OperationDefinition');
      const type = op && 'operation' in op ? op.operation : 'unknown';
      return {
        onExecuteDone({ result }) {
          // A subscription counts as ok once it has started; its events are not operations.
          metrics.recordOperation(type, Symbol.asyncIterator in result || !(result as { errors?: unknown[] }).errors?.length);
        },
      };
    },
  };
}
