/**
 * Huawei SWR's adapter from its configuration (AK/SK signing, or `SWR_AUTH_TOKEN`; the emulator's in
 * SANDBOX), and what it provides: the SWR port (organisations, repositories, tags). It joins no
 * gateway-wide feed (`sources.ts`).
 */
import type { SwrConfig } from '../../config.js';
import type { Wire } from '../wiring.js';
import { createSwrAdapter } from './adapter.js';
import type { SwrPort } from './port.js';
import { swrSources } from './sources.js';

/** SWR has no version endpoint; the graph speaks the `/v2/manage` API. */
export const SWR_API_VERSION = 'v2';

export const wireSwr: Wire<SwrConfig, SwrPort> = (config, deps) => {
  // AK/SK wins when both are configured (the client does the same); the token is the fallback.
  const swr = createSwrAdapter({ ...config, onCall: deps.onCall });
  return {
    port: swr,
    sources: swrSources(swr),
    endpoint: config.endpoint,
    // Listing organisations is the cheapest authenticated call: it proves the endpoint and the credentials.
    probe: async () => {
      await swr.listNamespaces();
      return { apiVersion: SWR_API_VERSION };
    },
    close: () => swr.close(),
  };
};
