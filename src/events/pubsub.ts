import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub } from 'graphql-yoga';
import type { BuildLogLine, BuildStatus, JobRecord, Provider } from '../core/records.js';

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

type EventTargetOption = Parameters<typeof createPubSub>[0] extends infer O ? (O extends { eventTarget?: infer T } ? T : never) : never;

export function createGatewayPubSub(eventTarget?: EventTargetOption): GatewayPubSub {
  if (eventTarget) return createPubSub<Topics>({ eventTarget });
  // In process, a topic may have hundreds of subscribers (one listener each): that is the design,
  // not a leak, so Node's "possible EventTarget memory leak" warning is switched off for it.
  const target = new EventTarget();
  setMaxListeners(0, target);
  return createPubSub<Topics>({ eventTarget: target as EventTargetOption });
}
