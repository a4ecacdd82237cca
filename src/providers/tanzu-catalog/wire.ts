/**
 * Wires the Tanzu Application Catalog into the services: LIVE against `config.tac` (TAC_API_URL,
 * CSP_URL, CSP_API_TOKEN), SANDBOX against the built-in emulator when `GATEWAY_SANDBOX=auto` and no
 * credentials are set, else DISABLED (the schema then answers TAC fields with `UnsupportedOperationError`).
 */
import type { ProviderWiring } from '../../bootstrap.js';
import type { ProviderEntry } from '../../services.js';
import { createTacAdapter, type TacAdapterConfig } from './adapter.js';

/** TAC reports no version; the graph speaks its `/v1` API. */
export const TAC_API_VERSION = 'v1';

export const wireTac: ProviderWiring = async ({ config, services, onCall, onClose }) => {
  let adapterConfig: TacAdapterConfig | undefined;
  let mode: ProviderEntry['mode'] = 'LIVE';
  if (config.tac) {
    adapterConfig = { ...config.tac, onCall };
  } else if (config.sandbox === 'auto') {
    // Imported lazily: a LIVE or DISABLED gateway never loads the emulator.
    const { startTacEmulator } = await import('../../emulators/tanzu-catalog/index.js');
    const emulator = await startTacEmulator();
    onClose(() => emulator.close());
    const env = emulator.env;
    adapterConfig = { apiUrl: env.TAC_API_URL ?? emulator.url, cspUrl: env.CSP_URL ?? emulator.url, apiToken: env.CSP_API_TOKEN ?? '', onCall };
    mode = 'SANDBOX';
  }
  if (!adapterConfig) return { provider: 'TAC', mode: 'DISABLED', endpoint: null };

  const tac = createTacAdapter(adapterConfig);
  services.tac = tac;
  onClose(() => tac.close());
  return {
    provider: 'TAC',
    mode,
    endpoint: adapterConfig.apiUrl,
    // A one-item registry page is the cheapest authenticated call: it proves the CSP token exchange and the API.
    probe: async () => {
      await tac.listRegistries({ page: 1, pageSize: 1 });
      return { apiVersion: TAC_API_VERSION };
    },
  };
};
