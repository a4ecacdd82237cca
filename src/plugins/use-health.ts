import type { Plugin } from 'graphql-yoga';
import type { Services } from '../services.js';
import { probeProvider } from '../schema/types/provider.js';

/**
 * `/healthz`: the process is up. `/readyz`: every configured provider answers (503 and the failing
 * ones otherwise). Neither shows endpoints' credentials.
 */
export function useHealth(services: Services): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') {
        endResponse(new fetchAPI.Response(JSON.stringify({ status: 'ok' }), { headers: { 'content-type': 'application/json' } }));
        return;
      }
      if (url.pathname === '/readyz') {
        const statuses = await Promise.all(services.providers.filter((p) => p.mode !== 'DISABLED').map(probeProvider));
        const ready = statuses.every((s) => s.healthy);
        const body = { status: ready ? 'ready' : 'unready', providers: statuses.map((s) => ({ provider: s.entry.provider, mode: s.entry.mode, healthy: s.healthy, error: s.error })) };
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status: ready ? 200 : 503, headers: { 'content-type': 'application/json' } }));
      }
    },
  };
}
