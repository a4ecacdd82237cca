import type { GatewayConfig } from './config.js';
import type { Metrics } from './observe/metrics.js';
import type { Logger } from './observe/logger.js';
import type { ProviderHealth } from './providers/health.js';
import type { BuildLogPollers } from './events/build-log-poller.js';
import type { JobStore } from './events/job-store.js';
import type { PollCoordinator } from './events/poll-coordinator.js';
import type { GatewayPubSub } from './events/pubsub.js';
import type { DockerPort } from './providers/docker-engine/port.js';
import type { BuildSource, ImageBuildRecord, ImageSource, JobSource } from './core/records.js';
import type { Provider } from './core/provider.js';
import type { ImageDeleter, ProviderEntry } from './providers/wiring.js';
import type { CycleCreateImageBuildInput, CyclePort } from './providers/cycle/port.js';
import type { TacPort } from './providers/tanzu-catalog/port.js';
import type { SwrPort } from './providers/huawei-swr/port.js';
import type { PaiCreateImageBuildInput, PaiPort } from './providers/alibaba-pai/port.js';

/** Each provider's key: where its port is in the services, and its configuration in `GatewayConfig`. */
export const PROVIDER_KEY = { DOCKER: 'docker', CYCLE: 'cycle', SWR: 'swr', PAI: 'pai', TAC: 'tac' } as const satisfies Record<Provider, keyof Services & keyof GatewayConfig>;

/**
 * Long-lived, process-wide services: provider adapters (pools, token caches), the job store and
 * pubsub. Nothing request-specific lives here: per-request caches are the DataLoaders in the context.
 */
export interface Services {
  config: GatewayConfig;
  pubsub: GatewayPubSub;
  /** In-process only (never Redis): `image:event` from this replica's engine stream. */
  localPubsub: GatewayPubSub;
  metrics: Metrics;
  /** The process logger (pino); requests log through a child that carries their `requestId`. */
  logger: Logger;
  /** Background provider probes (cached) and this replica's readiness (`/readyz`). */
  health: ProviderHealth;
  jobs: JobStore;
  /** Which replica polls a followed build or job (a Redis lease with REDIS_URL; else this process). */
  pollCoordinator: PollCoordinator;
  /** One upstream poller per build for `buildLog`. */
  buildLogs: BuildLogPollers;
  providers: ProviderEntry[];
  docker?: DockerPort;
  /** Providers whose images are in the merged feed, by provider. */
  imageSources: Partial<Record<Provider, ImageSource>>;
  /** Deletes an image by provider-local id; `notFound` when the provider says it is gone. */
  imageDeleters: Partial<Record<Provider, ImageDeleter>>;
  /** Starts an image build from the port's input (`schema/types/image-build-input.ts` maps the graph's), by provider. */
  buildCreators: {
    CYCLE?: (input: CycleCreateImageBuildInput) => Promise<ImageBuildRecord>;
    PAI?: (input: PaiCreateImageBuildInput) => Promise<ImageBuildRecord>;
  };
  /** Providers that build images, by provider. */
  buildSources: Partial<Record<Provider, BuildSource>>;
  /** Providers that have jobs, by provider. */
  jobSources: Partial<Record<Provider, JobSource>>;
  /** Tanzu Application Catalog (base images, registries, operating systems), when TAC is LIVE or SANDBOX. */
  tac?: TacPort;
  /** Huawei SWR organisations, repositories and tags (set when SWR is LIVE or SANDBOX). */
  swr?: SwrPort;
  /** PAI AIWorkSpace images (AddImage, PublishImage, labels), when PAI is LIVE or SANDBOX. */
  pai?: PaiPort;
  /** Cycle image sources (and the rest of the Cycle port), when Cycle is LIVE or SANDBOX. */
  cycle?: CyclePort;
  /** The Redis command connection shared by the replicas (`REDIS_URL`): the rate limit's window lives there. */
  redis?: import('ioredis').Redis;
  /** Aborted when the server starts shutting down: running subscriptions complete. */
  shutdown: AbortController;
  /** Stops background work and closes pools. */
  close(): Promise<void>;
}
