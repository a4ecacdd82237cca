import { PROVIDER_CONFIG, type GatewayConfig } from './config.js';
import type { Sandbox } from './emulators/sandbox.js';
import { BuildLogPollers } from './events/build-log-poller.js';
import { InMemoryJobStore } from './events/job-store.js';
import { LocalPollCoordinator } from './events/poll-coordinator.js';
import { createGatewayPubSub } from './events/pubsub.js';
import { displayUrl } from './http/redact.js';
import { Metrics } from './observe/metrics.js';
import { createLogger, type Logger } from './observe/logger.js';
import { ProviderHealth } from './providers/health.js';
import { UpstreamJobTracker } from './events/job-tracker.js';
import { startTracing } from './observe/tracing.js';
import { throttled } from './observe/throttle.js';
import { observedTransports, observeUpstream } from './http/observe-attempts.js';
import { PROVIDERS, type Provider } from './core/provider.js';
import type { ProviderEntry, ProviderMode, Wire, WireDeps, Wired } from './providers/wiring.js';
import { PROVIDER_KEY, type Services } from './services.js';


type AnyWire = Wire<never, unknown, never>;

/**
 * Each provider's `wire` (its `wire.ts`), loaded only when the provider is configured or sandboxed, in
 * banner order. A wire returns what the provider provides; `register` below puts it into the services.
 */
const WIRES: Record<Provider, () => Promise<AnyWire>> = {
  DOCKER: async () => (await import('./providers/docker-engine/wire.js')).wireDocker as AnyWire,
  CYCLE: async () => (await import('./providers/cycle/wire.js')).wireCycle as AnyWire,
  SWR: async () => (await import('./providers/huawei-swr/wire.js')).wireSwr as AnyWire,
  PAI: async () => (await import('./providers/alibaba-pai/wire.js')).wirePai as AnyWire,
  TAC: async () => (await import('./providers/tanzu-catalog/wire.js')).wireTac as AnyWire,
};

/** What the banner says about a provider. */
function bannerNote(entry: ProviderEntry): string {
  if (entry.provider === 'DOCKER') {
    if (entry.mode === 'SANDBOX') return 'no engine at DOCKER_HOST or the default socket: using the built-in emulator';
    return entry.mode === 'LIVE' ? `engine at ${entry.endpoint}` : 'disabled: no engine and GATEWAY_SANDBOX=off';
  }
  if (entry.mode === 'SANDBOX') return `no credentials: using the built-in emulator at ${entry.endpoint}`;
  return entry.mode === 'LIVE' ? `calling ${entry.endpoint}` : 'disabled: no credentials and GATEWAY_SANDBOX=off';
}

/** Puts what a provider's wire returned into the services. */
function register(services: Services, provider: Provider, wired: Wired<unknown, never>): void {
  const { sources } = wired;
  if (sources.images) services.imageSources[provider] = sources.images;
  if (sources.deleteImage) services.imageDeleters[provider] = sources.deleteImage;
  if (sources.builds) services.buildSources[provider] = sources.builds;
  if (sources.jobs) services.jobSources[provider] = sources.jobs;
  // Each wire is typed with its own port and build input (wire.ts); here they are filed by provider.
  Object.assign(services, { [PROVIDER_KEY[provider]]: wired.port });
  if (wired.createBuild) Object.assign(services.buildCreators, { [provider]: wired.createBuild });
}

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
  // ioredis retries every few hundred ms while Redis is down: one line per 10 s, with the count (redis_errors_total has every one).
  const warnRedis = throttled<string>(10_000, (reason, suppressed) => logger.warn({ reason, ...(suppressed ? { suppressed } : {}) }, 'redis backplane error'));
  const backplane = config.redisUrl
    ? // Loaded only with REDIS_URL: ioredis costs ~12 MiB of RSS in every process that imports it.
      await (await import('./events/redis.js')).createRedisBackplane(config.redisUrl, config.jobTtlSeconds, {
        onError: (err) => {
          metrics.redisErrors.inc();
          warnRedis((err as NodeJS.ErrnoException).code ?? err.name);
        },
      })
    : undefined;
  const pubsub = backplane?.pubsub ?? createGatewayPubSub();
  const jobs = backplane?.jobs ?? new InMemoryJobStore({ pubsub, ttlSeconds: config.jobTtlSeconds });
  // Engine events stay in-process: every replica with `imageEvents` subscribers reads the engine's
  // own stream, so sharing them through Redis would deliver each event once per listening replica.
  const localPubsub = createGatewayPubSub();
  const pollCoordinator = backplane?.coordinator ?? new LocalPollCoordinator();
  const sandboxes: Sandbox[] = [];
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
      await Promise.all(closers.map((c) => c()));
      await Promise.all(sandboxes.map((e) => e.close()));
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

  // Each provider: LIVE from its configuration (Docker: DOCKER_HOST, else the default socket), else,
  // with GATEWAY_SANDBOX=auto, SANDBOX from its emulator's environment, read the same way; else DISABLED.
  const deps: WireDeps = { onCall, pubsub, localPubsub, jobs, pollCoordinator, importUrlAllowList: config.importUrlAllowList };
  for (const provider of PROVIDERS) {
    let providerConfig: unknown = config[PROVIDER_KEY[provider]];
    let mode: ProviderMode = 'LIVE';
    if (!providerConfig && config.sandbox === 'auto') {
      // Loaded only when a provider is sandboxed: a LIVE or DISABLED gateway loads no emulator module.
      const { startSandbox } = await import('./emulators/sandbox.js');
      const sandbox = await startSandbox(provider);
      sandboxes.push(sandbox);
      providerConfig = PROVIDER_CONFIG[provider](sandbox.env);
      mode = 'SANDBOX';
    }
    let entry: ProviderEntry = { provider, mode: 'DISABLED', endpoint: null };
    if (providerConfig) {
      const wired = (await WIRES[provider]())(providerConfig as never, deps);
      closers.push(wired.close);
      register(services, provider, wired);
      // Shown in the banner and `providers`: never a `user:password@` or a query an endpoint URL may carry.
      entry = { provider, mode, endpoint: displayUrl(wired.endpoint), probe: wired.probe };
    }
    services.providers.push(entry);
    options.onProviderReady?.(entry, bannerNote(entry));
  }
  services.health.start(services.providers);
  return services;
}
