import type { GatewayConfig } from './config.js';
import type { Metrics } from './metrics.js';
import type { Logger } from './logger.js';
import type { ProviderHealth } from './provider-health.js';
import type { BuildLogPollers } from './events/build-log-poller.js';
import type { JobStore } from './events/job-store.js';
import type { PollCoordinator } from './events/poll-coordinator.js';
import type { GatewayPubSub } from './events/pubsub.js';
import type { DockerEngineAdapter } from './providers/docker-engine/adapter.js';
import type { BuildSource, ImageBuildRecord, ImageSource, JobRecord, JobSource } from './core/records.js';
import type { CycleImageBuildInputShape, PaiImageBuildInputShape } from './schema/types/image-build.js';
import type { Provider } from './core/provider.js';
import type { CyclePort } from './providers/cycle/port.js';
import type { TacPort } from './providers/tanzu-catalog/port.js';
import type { SwrPort } from './providers/huawei-swr/port.js';
import type { PaiPort } from './providers/alibaba-pai/port.js';

export type ProviderMode = 'LIVE' | 'SANDBOX' | 'DISABLED';

export interface ProviderEntry {
  provider: Provider;
  mode: ProviderMode;
  /** The upstream origin (no credentials). */
  endpoint: string | null;
  /** Checks the upstream; resolves with what it reports. */
  probe?: () => Promise<{ apiVersion: string | null }>;
}

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
  docker?: DockerEngineAdapter;
  /** Providers whose images are in the merged feed, by provider. */
  imageSources: Partial<Record<Provider, ImageSource>>;
  /** Deletes an image by provider-local id; `notFound` when the provider says it is gone. */
  imageDeleters: Partial<Record<Provider, (localId: string, options: { force: boolean }) => Promise<{ job?: JobRecord | null; untagged?: string[]; notFound?: boolean }>>>;
  /** Starts an image build from the `createImageBuild` @oneOf input, by provider. */
  buildCreators: {
    CYCLE?: (input: { cycle: CycleImageBuildInputShape }) => Promise<ImageBuildRecord>;
    PAI?: (input: { pai: PaiImageBuildInputShape }) => Promise<ImageBuildRecord>;
  };
  /** Cycle prune task (set when Cycle is configured). */
  cyclePrune?: (sourceIds: string[]) => Promise<JobRecord>;
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
