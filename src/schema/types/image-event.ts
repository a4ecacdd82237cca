import { followImageEvents } from '../../events/image-events.js';
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
    subscribe: (_root, args, ctx) => {
      const { pubsub, localPubsub, docker } = ctx.services;
      return followImageEvents({ pubsub, localPubsub, retainEngineStream: docker ? () => docker.retainEventStream() : undefined }, args.providers as Provider[] | null | undefined);
    },
    resolve: (e) => e,
  }),
);
