import { Repeater } from 'graphql-yoga';
import type { GatewayContext } from '../../context.js';
import type { ImageEventRecord } from '../../events/pubsub.js';
import type { Provider } from '../../core/records.js';
import { builder } from '../builder.js';
import { DateTime } from '../scalars.js';
import { ProviderEnum } from './provider.js';

const ImageEvent = builder.objectRef<ImageEventRecord>('ImageEvent').implement({
  description: 'Something that happened to an image: from the Docker engine event stream, or a change made through the gateway.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (e) => e.provider }),
    action: t.exposeString('action', { description: 'pull, import, tag, untag, delete, push, save, load, prune…' }),
    imageId: t.exposeString('imageId', { description: "The provider's image id or reference." }),
    reference: t.exposeString('reference', { nullable: true }),
    attributes: t.field({ type: 'JSON', resolve: (e) => e.attributes }),
    at: t.field({ type: DateTime, resolve: (e) => new Date(e.at) }),
  }),
});

builder.subscriptionField('imageEvents', (t) =>
  t.field({
    type: ImageEvent,
    args: { providers: t.arg({ type: [ProviderEnum], required: false }) },
    description: 'Image events as they happen. All subscribers share one upstream Docker event stream.',
    subscribe: (_root, args, ctx) => followImageEvents(ctx, args.providers as Provider[] | null | undefined),
    resolve: (e) => e,
  }),
);

/**
 * Image events, optionally of some providers: this replica's Docker engine stream (in-process; the
 * stream is held open meanwhile) merged with the changes the gateway itself makes (shared pubsub, so
 * every replica's subscribers see a change made through any replica, once).
 */
function followImageEvents(ctx: GatewayContext, providers: Provider[] | null | undefined): AsyncIterable<ImageEventRecord> {
  const wanted = (provider: Provider) => !providers?.length || providers.includes(provider);
  const { localPubsub, pubsub } = ctx.services;
  return new Repeater<ImageEventRecord>(async (push, stop) => {
    const engine = localPubsub.subscribe('image:event');
    const gateway = pubsub === localPubsub ? null : pubsub.subscribe('image:event');
    // The engine stream is opened by the first subscriber and closed after the last one leaves.
    const release = wanted('DOCKER') ? ctx.services.docker?.retainEventStream() : undefined;
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
export function announceImageChange(ctx: GatewayContext, event: Omit<ImageEventRecord, 'at' | 'attributes'> & { attributes?: Record<string, string> }): void {
  if (event.provider === 'DOCKER') return;
  ctx.services.pubsub.publish('image:event', { attributes: {}, ...event, at: new Date().toISOString() });
}
