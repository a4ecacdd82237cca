/**
 * PAI's adapter from its configuration (`ALIBABA_CLOUD_*`, `PAI_*`; the emulator's in SANDBOX), and
 * what it provides: the `images` feed (and `deleteImage`), image builds (PAI-DLC jobs) with their
 * creator, the PAI-DLC job source with its tracker, and the PAI port (AddImage, PublishImage, labels).
 */
import type { PaiConfig } from '../../config.js';
import type { Wire } from '../wiring.js';
import { createPaiAdapter } from './adapter.js';
import { AIWORKSPACE_VERSION } from './dto.js';
import type { PaiCreateImageBuildInput, PaiPort } from './port.js';
import { paiBuildCreator, paiSources } from './sources.js';

export const wirePai: Wire<PaiConfig, PaiPort, PaiCreateImageBuildInput> = (config, deps) => {
  const adapter = createPaiAdapter({ ...config, onCall: deps.onCall });
  const sources = paiSources(adapter, deps);
  return {
    port: adapter,
    sources,
    createBuild: paiBuildCreator(adapter),
    // AIWorkSpace origin only: PAI_DLC_ENDPOINT is a sibling, and no credential is part of either.
    endpoint: config.endpoint,
    // The cheapest signed read: one image of the workspace. It proves reachability and the signature.
    probe: async () => {
      await adapter.listImages({ pageSize: 1 });
      return { apiVersion: AIWORKSPACE_VERSION };
    },
    // Trackers stop before the adapter's pools close, so no poll runs against a closed client.
    close: async () => {
      sources.close?.();
      await adapter.close();
    },
  };
};
