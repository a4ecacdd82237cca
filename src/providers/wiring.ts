/**
 * What a provider folder gives the gateway, and what it is given. Every provider has a `wire.ts`
 * whose `wire(config, deps)` builds its adapter from its configuration (`config.ts`) and RETURNS what
 * it provides: its port, the shared feeds it joins (`sources.ts`), how to probe it and how to close
 * it. `bootstrap.ts` decides LIVE or SANDBOX (a SANDBOX configuration is read from an emulator's env,
 * the same way a LIVE one is read from the process's) and registers what comes back; a provider never
 * sees the services, the schema or the emulators.
 */
import type { BuildSource, ImageBuildRecord, ImageSource, JobRecord, JobSource } from '../core/records.js';
import type { Provider } from '../core/provider.js';
import type { JobStore } from '../events/job-store.js';
import type { PollCoordinator } from '../events/poll-coordinator.js';
import type { GatewayPubSub } from '../events/pubsub.js';
import type { TransportOptions } from '../http/transport.js';

export type ProviderMode = 'LIVE' | 'SANDBOX' | 'DISABLED';

/** One provider as `providers` and the banner show it. */
export interface ProviderEntry {
  provider: Provider;
  mode: ProviderMode;
  /** The upstream origin (no credentials). */
  endpoint: string | null;
  /** Checks the upstream; resolves with what it reports. */
  probe?: () => Promise<{ apiVersion: string | null }>;
}

/** What every provider is given: the gateway's shared event plumbing and its upstream-call hook. */
export interface WireDeps {
  /** Reports each upstream attempt to the gateway's metrics and logs. */
  onCall: NonNullable<TransportOptions['onCall']>;
  /** Shared by the replicas when Redis is configured: jobs and build logs. */
  pubsub: GatewayPubSub;
  /** In-process only: the engine's image events. */
  localPubsub: GatewayPubSub;
  jobs: JobStore;
  /** Which replica polls a followed job. */
  pollCoordinator: PollCoordinator;
  /** Hosts `importImage(url)` may fetch from. */
  importUrlAllowList: string[];
}

/** Deletes an image by provider-local id; `notFound` when the provider says it is gone. */
export type ImageDeleter = (localId: string, options: { force: boolean }) => Promise<{ job?: JobRecord | null; untagged?: string[]; notFound?: boolean }>;

/** The gateway-wide feeds a provider joins (`sources.ts`); a provider joins none, some or all. */
export interface ProviderSources {
  /** The merged `images` feed. */
  images?: ImageSource;
  /** `deleteImage` of this provider's images. */
  deleteImage?: ImageDeleter;
  /** `imageBuilds`, `buildLog`. */
  builds?: BuildSource;
  /** `jobs`, `jobUpdated`. */
  jobs?: JobSource;
  /** Stops the feeds' background work (job trackers); called before the provider's pools close. */
  close?: () => void;
}

/** What `wire()` returns. `BuildInput`: the port input of `createImageBuild`, for providers that build. */
export interface Wired<Port, BuildInput = never> {
  port: Port;
  sources: ProviderSources;
  /** Starts an image build (the schema maps `createImageBuild`'s input to `BuildInput` first). */
  createBuild?: (input: BuildInput) => Promise<ImageBuildRecord>;
  /** The origin shown in `providers` (no credentials). */
  endpoint: string;
  /** The cheapest authenticated call: it proves the endpoint and the credentials together. */
  probe: () => Promise<{ apiVersion: string | null }>;
  /** Stops background work (trackers first), then closes the pools. */
  close: () => Promise<void>;
}

export type Wire<Config, Port, BuildInput = never> = (config: Config, deps: WireDeps) => Wired<Port, BuildInput>;
