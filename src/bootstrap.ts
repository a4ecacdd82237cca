import type { GatewayConfig } from './config.js';
import type { RunningEmulator } from './emulators/kit.js';
import { BuildLogPollers } from './events/build-log-poller.js';
import { InMemoryJobStore } from './events/job-store.js';
import { LocalPollCoordinator } from './events/poll-coordinator.js';
import { createGatewayPubSub } from './events/pubsub.js';
import { displayUrl } from './http/redact.js';
import { Metrics } from './metrics.js';
import { createLogger, type Logger } from './logger.js';
import { ProviderHealth } from './provider-health.js';
import { UpstreamJobTracker } from './events/job-tracker.js';
import { startTracing } from './tracing.js';
import { observedTransports, observeUpstream } from './upstream-observer.js';
import { DockerEngineAdapter, dockerImageSource, dockerJobSource } from './providers/docker-engine/adapter.js';
import type { Provider } from './core/provider.js';
import type { ProviderEntry, Services } from './services.js';

/**
 * Wires one provider into the services: its adapter (LIVE with credentials, SANDBOX against the
 * built-in emulator when `GATEWAY_SANDBOX=auto`), its entry in `providers`, and its sources.
 * One file per provider (`src/providers/<name>/wire.ts`), listed in `PROVIDER_WIRINGS`.
 */
export type ProviderWiring = (ctx: {
  config: GatewayConfig;
  services: Services;
  onCall: (call: Parameters<Metrics['recordUpstream']>[0]) => void;
  /** Registers something to stop on close (an emulator, an adapter's pools). */
  onClose: (close: () => Promise<void>) => void;
}) => Promise<ProviderEntry>;

/** Providers other than Docker, in banner order. */
const PROVIDER_WIRINGS: [Provider, () => Promise<ProviderWiring>][] = [
  ['CYCLE', async () => (await import('./providers/cycle/wire.js')).wireCycle],
  ['SWR', async () => (await import('./providers/huawei-swr/wire.js')).wireSwr],
  ['PAI', async () => (await import('./providers/alibaba-pai/wire.js')).wirePai],
  ['TAC', async () => (await import('./providers/tanzu-catalog/wire.js')).wireTac],
];

export interface BootstrapOptions {
  /** Called once per provider with what it runs against (the server prints it as a banner line). */
  onProviderReady?: (entry: ProviderEntry, note: string) => void;
  /** The logger to use (tests capture lines with their own); default: one built from LOG_LEVEL/LOG_FORMAT. */
  logger?: Logger;
}

/**
 * Builds the process-wide services from the validated config: adapters for configured providers,
 * and, when `GATEWAY_SANDBOX=auto`, the built-in emulators for the others.
 */
export async function createServices(config: GatewayConfig, options: BootstrapOptions = {}): Promise<Services> {
  const metrics = new Metrics();
  const logger = options.logger ?? createLogger({ level: config.logLevel, format: config.logFormat });
  const stopTracing = config.tracing ? await startTracing(config.tracing, logger) : undefined;
  // With REDIS_URL, pubsub, jobs and build-log pollers are shared by every replica; else in-process.
  const backplane = config.redisUrl
    ? // Loaded only with REDIS_URL: ioredis costs ~12 MiB of RSS in every process that imports it.
      await (await import('./events/redis.js')).createRedisBackplane(config.redisUrl, config.jobTtlSeconds, {
        onError: (err) => {
          metrics.redisErrors.inc();
          logger.warn({ reason: (err as NodeJS.ErrnoException).code ?? err.name }, 'redis backplane error');
        },
      })
    : undefined;
  const pubsub = backplane?.pubsub ?? createGatewayPubSub();
  const jobs = backplane?.jobs ?? new InMemoryJobStore({ pubsub, ttlSeconds: config.jobTtlSeconds });
  // Engine events stay in-process: every replica with `imageEvents` subscribers reads the engine's
  // own stream, so sharing them through Redis would deliver each event once per listening replica.
  const localPubsub = createGatewayPubSub();
  const pollCoordinator = backplane?.coordinator ?? new LocalPollCoordinator();
  const emulators: RunningEmulator[] = [];
  const closers: (() => Promise<void>)[] = [];
  // Upstream attempts report to this gateway's metrics and logger through the transports' onCall hook.
  const onCall = observeUpstream(metrics.recordUpstream.bind(metrics), { metrics, logger });
  const services: Services = {
    config,
    pubsub,
    localPubsub,
    metrics,
    logger,
    health: new ProviderHealth({ intervalMs: config.providerProbeIntervalMs, redis: backplane ? () => backplane.ready() : undefined }),
    jobs,
    pollCoordinator,
    redis: backplane?.client,
    buildLogs: new BuildLogPollers(pubsub, { coordinator: pollCoordinator, intervalMs: config.buildLogPollMs }),
    providers: [],
    shutdown: new AbortController(),
    imageSources: {},
    jobSources: {},
    buildSources: {},
    buildCreators: {},
    imageDeleters: {},
    async close() {
      services.health.stop();
      await services.docker?.close();
      await Promise.all(closers.map((c) => c()));
      await Promise.all(emulators.map((e) => e.close()));
      await jobs.close();
      await backplane?.close();
      await stopTracing?.();
    },
  };
  metrics.observe({
    transports: () => observedTransports(onCall).map((t) => ({ provider: t.provider, circuit: t.circuit(), pool: t.pool() })),
    buildLogPollers: () => services.buildLogs.activeCount(),
    jobTrackers: () => UpstreamJobTracker.running(),
    providerHealth: () => services.health.snapshot().filter((s) => s.entry.mode !== 'DISABLED').map((s) => ({ provider: s.entry.provider, healthy: s.healthy })),
  });

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
    const docker = new DockerEngineAdapter(dockerConfig, { jobs, pubsub: localPubsub, importUrlAllowList: config.importUrlAllowList, onCall });
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

  for (const [, load] of PROVIDER_WIRINGS) {
    const wire = await load();
    const entry = await wire({ config, services, onCall, onClose: (close) => closers.push(close) });
    // Shown in the banner and `providers`: never a `user:password@` or a query an endpoint URL may carry.
    if (entry.endpoint) entry.endpoint = displayUrl(entry.endpoint);
    services.providers.push(entry);
    options.onProviderReady?.(entry, entry.mode === 'SANDBOX' ? `no credentials: using the built-in emulator at ${entry.endpoint}` : entry.mode === 'LIVE' ? `calling ${entry.endpoint}` : 'disabled: no credentials and GATEWAY_SANDBOX=off');
  }
  services.health.start(services.providers);
  return services;
}
