import { createPubSub, type PubSub } from 'graphql-yoga';
import type { BuildLogLine, BuildStatus, JobRecord, Provider } from '../providers/ports.js';

/** Something that happened to an image, from the Docker `/events` stream or a change the gateway made. */
export interface ImageEventRecord {
  provider: Provider;
  /** `pull`, `import`, `tag`, `untag`, `delete`, `push`, `save`, `load`, `prune`, `create`, `update`… */
  action: string;
  /** Provider-local image id (or reference when the provider only knows that). */
  imageId: string;
  reference: string | null;
  attributes: Record<string, string>;
  at: string;
}

export interface BuildLogEvent {
  /** `${provider}:${buildId}` */
  buildKey: string;
  lines: BuildLogLine[];
  status: BuildStatus;
  done: boolean;
}

/**
 * Typed topics. Payloads are plain JSON (dates as ISO strings) so the same topics work over Redis.
 * Per-entity topics carry the entity key as the id argument.
 */
export type Topics = {
  'job:updated': [jobKey: string, payload: JobRecord];
  'image:event': [payload: ImageEventRecord];
  'build:log': [buildKey: string, payload: BuildLogEvent];
};

export type GatewayPubSub = PubSub<Topics>;

export function createGatewayPubSub(eventTarget?: Parameters<typeof createPubSub>[0] extends infer O ? (O extends { eventTarget?: infer T } ? T : never) : never): GatewayPubSub {
  return createPubSub<Topics>(eventTarget ? { eventTarget } : undefined);
}
