import type { GatewayConfig } from './config.js';
import type { RunningEmulator } from './emulators/kit.js';
import { InMemoryJobStore } from './events/job-store.js';
import { createGatewayPubSub } from './events/pubsub.js';
import { Metrics } from './metrics.js';
import { DockerEngineAdapter, dockerImageSource, dockerJobSource } from './providers/docker-engine/adapter.js';
import type { ProviderEntry, Services } from './services.js';

export interface BootstrapOptions {
  /** Called once per provider with what it runs against (the server prints it as a banner line). */
  onProviderReady?: (entry: ProviderEntry, note: string) => void;
}

/**
 * Builds the process-wide services from the validated config: adapters for configured providers,
 * and, when `GATEWAY_SANDBOX=auto`, the built-in emulators for the others.
 */
export async function createServices(config: GatewayConfig, options: BootstrapOptions = {}): Promise<Services> {
  const metrics = new Metrics();
  const pubsub = createGatewayPubSub();
  const jobs = new InMemoryJobStore({ pubsub, ttlSeconds: config.jobTtlSeconds });
  const emulators: RunningEmulator[] = [];
  const onCall = metrics.recordUpstream.bind(metrics);
  const services: Services = {
    config,
    pubsub,
    metrics,
    jobs,
    providers: [],
    imageSources: {},
    jobSources: {},
    buildSources: {},
    imageDeleters: {},
    async close() {
      await services.docker?.close();
      await Promise.all(emulators.map((e) => e.close()));
      await jobs.close();
    },
  };

  // Docker: the configured engine, else the default socket (config resolves both), else the emulator.
  let dockerConfig = config.docker;
  let dockerMode: ProviderEntry['mode'] = 'LIVE';
  if (!dockerConfig && config.sandbox === 'auto') {
    const { startDockerEmulator } = await import('./emulators/docker-engine/index.js');
    const emulator = await startDockerEmulator();
    emulators.push(emulator);
    dockerConfig = { origin: emulator.url };
    dockerMode = 'SANDBOX';
  }
  if (dockerConfig) {
    const docker = new DockerEngineAdapter(dockerConfig, { jobs, pubsub, importUrlAllowList: config.importUrlAllowList, onCall });
    services.docker = docker;
    services.imageSources.DOCKER = dockerImageSource(docker);
    services.jobSources.DOCKER = dockerJobSource(jobs);
    services.imageDeleters.DOCKER = async (id, { force }) => docker.deleteImage(id, force);
    const entry: ProviderEntry = { provider: 'DOCKER', mode: dockerMode, endpoint: dockerConfig.origin, probe: () => docker.ping() };
    services.providers.push(entry);
    options.onProviderReady?.(entry, dockerMode === 'SANDBOX' ? 'no engine at DOCKER_HOST or the default socket: using the built-in emulator' : `engine at ${dockerConfig.origin}`);
  } else {
    const entry: ProviderEntry = { provider: 'DOCKER', mode: 'DISABLED', endpoint: null };
    services.providers.push(entry);
    options.onProviderReady?.(entry, 'disabled: no engine and GATEWAY_SANDBOX=off');
  }

  for (const provider of ['CYCLE', 'SWR', 'PAI', 'TAC'] as const) {
    if (!services.providers.some((p) => p.provider === provider)) {
      const entry: ProviderEntry = { provider, mode: 'DISABLED', endpoint: null };
      services.providers.push(entry);
      options.onProviderReady?.(entry, 'not available yet in this build');
    }
  }
  return services;
}
