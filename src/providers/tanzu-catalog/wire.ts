/**
 * The Tanzu Application Catalog's adapter from its configuration (`TAC_API_URL`, `CSP_URL`,
 * `CSP_API_TOKEN`; the emulator's in SANDBOX), and what it provides: the TAC port (base images,
 * registries, operating systems). It joins no gateway-wide feed (`sources.ts`).
 */
import type { TacConfig } from '../../config.js';
import type { Wire } from '../wiring.js';
import { createTacAdapter } from './adapter.js';
import type { TacPort } from './port.js';
import { tacSources } from './sources.js';

/** TAC reports no version; the graph speaks its `/v1` API. */
export const TAC_API_VERSION = 'v1';

export const wireTac: Wire<TacConfig, TacPort> = (config, deps) => {
  const tac = createTacAdapter({ ...config, onCall: deps.onCall });
  return {
    port: tac,
    sources: tacSources(tac),
    endpoint: config.apiUrl,
    // A one-item registry page is the cheapest authenticated call: it proves the CSP token exchange and the API.
    probe: async () => {
      await tac.listRegistries({ page: 1, pageSize: 1 });
      return { apiVersion: TAC_API_VERSION };
    },
    close: () => tac.close(),
  };
};
