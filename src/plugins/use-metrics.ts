import type { Plugin } from 'graphql-yoga';
import type { Authenticator } from '../auth/authenticator.js';
import type { Metrics } from '../observe/metrics.js';

/**
 * `/metrics` (Prometheus text format) on the gateway's own port: open outside production; in
 * production only to a client with the `metrics` scope. With `METRICS_PORT` it is served on that
 * port instead (`server.ts`) and this plugin is not installed.
 */
export function useMetrics(metrics: Metrics, options: { production: boolean; authenticate?: Authenticator }): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics') return;
      if (options.production) {
        const outcome = options.authenticate ? await options.authenticate((name) => request.headers.get(name) ?? undefined) : undefined;
        if (!outcome || !('viewer' in outcome) || !outcome.viewer.scopes.has('metrics')) {
          endResponse(new fetchAPI.Response('metrics need a credential with the "metrics" scope (or set METRICS_PORT)\n', { status: outcome && 'viewer' in outcome ? 403 : 401, headers: { 'content-type': 'text/plain' } }));
          return;
        }
      }
      endResponse(new fetchAPI.Response(await metrics.render(), { headers: { 'content-type': metrics.contentType() } }));
    },
  };
}
