/**
 * Wires Huawei SWR into the services: LIVE against `config.swr` (AK/SK signing, or `SWR_AUTH_TOKEN`),
 * SANDBOX against the built-in emulator when `GATEWAY_SANDBOX=auto` and no credentials are set,
 * else DISABLED (the schema then answers SWR fields with `UnsupportedOperationError`).
 */
import type { ProviderWiring } from '../../bootstrap.js';
import type { ProviderEntry } from '../../services.js';
import { createSwrAdapter, type SwrAdapterConfig } from './adapter.js';

/** SWR has no version endpoint; the graph speaks the `/v2/manage` API. */
export const SWR_API_VERSION = 'v2';

export const wireSwr: ProviderWiring = async ({ config, services, onCall, onClose }) => {
  let adapterConfig: SwrAdapterConfig | undefined;
  let mode: ProviderEntry['mode'] = 'LIVE';
  if (config.swr) {
    const { endpoint, ak, sk, authToken } = config.swr;
    // AK/SK wins when both are configured (the client does the same); the token is the fallback.
    adapterConfig = { endpoint, ak, sk, authToken, onCall };
  } else if (config.sandbox === 'auto') {
    // Imported lazily: a LIVE or DISABLED gateway never loads the emulator.
    const { startSwrEmulator } = await import('../../emulators/huawei-swr/index.js');
    const emulator = await startSwrEmulator();
    onClose(() => emulator.close());
    const env = emulator.env;
    adapterConfig = { endpoint: emulator.url, ak: env.HUAWEICLOUD_SDK_AK, sk: env.HUAWEICLOUD_SDK_SK, onCall };
    mode = 'SANDBOX';
  }
  if (!adapterConfig) return { provider: 'SWR', mode: 'DISABLED', endpoint: null };

  const swr = createSwrAdapter(adapterConfig);
  services.swr = swr;
  onClose(() => swr.close());
  return {
    provider: 'SWR',
    mode,
    endpoint: adapterConfig.endpoint,
    // Listing organisations is the cheapest authenticated call: it proves the endpoint and the credentials.
    probe: async () => {
      await swr.listNamespaces();
      return { apiVersion: SWR_API_VERSION };
    },
  };
};
