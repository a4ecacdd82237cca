import type { Plugin } from 'graphql-yoga';
import type { Authenticator } from '../auth/authenticator.js';
import type { Services } from '../services.js';

/**
 * `/healthz`: the process is alive. `/readyz`: this replica can take traffic (not draining, a
 * provider enabled, Redis connected when configured); it reads cached state only and never calls
 * an upstream, so one provider's outage does not take replicas out of the load balancer.
 * `/readyz?verbose` adds each provider's last background probe; hosts and error texts only for an
 * authorized caller (the `metrics` scope, or anyone outside production when authentication is off).
 */
export function useHealth(services: Services, options: { authenticate?: Authenticator } = {}): Plugin {
  const { config } = services;
  const authorized = async (request: Request): Promise<boolean> => {
    if (!options.authenticate) return !config.production;
    const outcome = await options.authenticate((name) => request.headers.get(name) ?? undefined);
    return 'viewer' in outcome && outcome.viewer.scopes.has('metrics');
  };
  const json = (fetchAPI: { Response: typeof Response }, body: unknown, status = 200) =>
    new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') {
        endResponse(json(fetchAPI, { status: 'ok' }));
        return;
      }
      if (url.pathname !== '/readyz') return;
      const { ready, reasons } = services.health.readiness();
      const body: Record<string, unknown> = { status: ready ? 'ready' : 'unready', ...(reasons.length ? { reasons } : {}) };
      if (url.searchParams.has('verbose')) {
        const details = await authorized(request);
        body.providers = services.health.snapshot().map((s) => ({
          provider: s.entry.provider,
          mode: s.entry.mode,
          healthy: s.healthy,
          checkedAt: s.checkedAt?.toISOString() ?? null,
          ...(details ? { endpoint: s.entry.endpoint, latencyMs: s.latencyMs, error: s.error } : {}),
        }));
      }
      endResponse(json(fetchAPI, body, ready ? 200 : 503));
    },
  };
}
