/**
 * `imageEvents`: this replica's Docker engine stream (in-process; the stream is held open meanwhile)
 * merged with the changes the gateway itself makes (shared pubsub, so every replica's subscribers see
 * a change made through any replica, once).
 */
import { Repeater } from 'graphql-yoga';
import type { Provider } from '../core/provider.js';
import type { GatewayPubSub, ImageEventRecord } from './pubsub.js';

export interface ImageEventFeeds {
  /** In-process: `image:event` from this replica's engine stream. */
  localPubsub: GatewayPubSub;
  /** Shared by the replicas when Redis is configured (the same object as `localPubsub` otherwise). */
  pubsub: GatewayPubSub;
  /** Keeps the engine's `/events` stream open; the returned function lets go (absent without Docker). */
  retainEngineStream?: () => () => void;
}

/** Image events, optionally of some providers only. */
export function followImageEvents(feeds: ImageEventFeeds, providers: readonly Provider[] | null | undefined): AsyncIterable<ImageEventRecord> {
  const wanted = (provider: Provider) => !providers?.length || providers.includes(provider);
  const { localPubsub, pubsub } = feeds;
  return new Repeater<ImageEventRecord>(async (push, stop) => {
    const engine = localPubsub.subscribe('image:event');
    const gateway = pubsub === localPubsub ? null : pubsub.subscribe('image:event');
    // The engine stream is opened by the first subscriber and closed after the last one leaves.
    const release = wanted('DOCKER') ? feeds.retainEngineStream?.() : undefined;
    stop.then(() => {
      release?.();
      void engine.return?.();
      void gateway?.return?.();
    });
    const sources = gateway ? Repeater.merge([engine, gateway]) : engine;
    for await (const event of sources) {
      if (wanted(event.provider)) await push(event);
    }
    stop();
  });
}

/**
 * Announces a change made through the gateway to `imageEvents` subscribers (Docker changes are
 * already in the engine's own stream, so they are not announced twice).
 */
export function announceImageChange(pubsub: GatewayPubSub, event: Omit<ImageEventRecord, 'at' | 'attributes'> & { attributes?: Record<string, string> }): void {
  if (event.provider === 'DOCKER') return;
  pubsub.publish('image:event', { attributes: {}, ...event, at: new Date().toISOString() });
}
