/**
 * Wires PAI into the gateway: LIVE against the configured endpoints when `ALIBABA_CLOUD_*` credentials
 * are set (config.pai), else SANDBOX against the built-in emulator when `GATEWAY_SANDBOX=auto`, else
 * DISABLED. Registers the image source (merged `images` feed), the image deleter, the build creator and
 * source, and the PAI-DLC job source with its tracker; closes all of them on shutdown.
 */
import type { ProviderWiring } from '../../bootstrap.js';
import type { GatewayConfig } from '../../config.js';
import { createPaiAdapter } from './adapter.js';
import { AIWORKSPACE_VERSION } from './dto.js';
import { UpstreamJobTracker } from '../../events/job-tracker.js';
import { paiBuildCreator, paiBuildSource, paiImageDeleter, paiImageSource, paiJobSource } from './sources.js';

type PaiConfig = NonNullable<GatewayConfig['pai']>;

export const wirePai: ProviderWiring = async ({ config, services, onCall, onClose }) => {
  let pai: PaiConfig | undefined = config.pai;
  let mode: 'LIVE' | 'SANDBOX' = 'LIVE';
  if (!pai) {
    if (config.sandbox !== 'auto') return { provider: 'PAI', mode: 'DISABLED', endpoint: null };
    const { startPaiEmulator } = await import('../../emulators/alibaba-pai/index.js');
    const emulator = await startPaiEmulator();
    onClose(() => emulator.close());
    const credential = emulator.credentials[0]!;
    pai = {
      accessKeyId: credential.accessKeyId,
      accessKeySecret: credential.accessKeySecret,
      securityToken: credential.securityToken,
      regionId: emulator.regionId,
      workspaceId: emulator.workspaceId,
      endpoint: emulator.url,
      dlcEndpoint: emulator.dlcUrl,
    };
    mode = 'SANDBOX';
  }

  const adapter = createPaiAdapter({ ...pai, onCall });
  const tracker = new UpstreamJobTracker('PAI', (id) => adapter.getJob(id), services.pubsub, { coordinator: services.pollCoordinator });
  // Trackers stop before the adapter's pools close, so no poll runs against a closed client.
  onClose(async () => {
    tracker.close();
    await adapter.close();
  });

  services.imageSources.PAI = paiImageSource(adapter);
  services.imageDeleters.PAI = paiImageDeleter(adapter);
  services.buildCreators.PAI = paiBuildCreator(adapter);
  services.pai = adapter;
  services.buildSources.PAI = paiBuildSource(adapter);
  services.jobSources.PAI = paiJobSource(adapter, tracker);

  return {
    provider: 'PAI',
    mode,
    // AIWorkSpace origin only: PAI_DLC_ENDPOINT is a sibling, and no credential is part of either.
    endpoint: pai.endpoint,
    // The cheapest signed read: one image of the workspace. It proves reachability and the signature.
    probe: async () => {
      await adapter.listImages({ pageSize: 1 });
      return { apiVersion: AIWORKSPACE_VERSION };
    },
  };
};
