import { builder } from '../builder.js';
import { DateTime } from '../scalars.js';
import { UnsupportedOperationError } from '../../errors.js';

/** Provisional shape until the TAC adapter lands (issue 3): the contract fields. */
export interface BaseImageShape {
  id: string;
  name: string;
  description: string | null;
  containerImage: string;
  status: string;
  platforms: string[];
  createdAt: Date | null;
  updatedAt: Date | null;
}

export const BaseImage = builder.loadableNode('BaseImage', {
  description: 'A Tanzu Application Catalog base image.',
  id: { resolve: (b: BaseImageShape) => `TAC:${b.id}` },
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'containerImage' in v,
  load: async (ids: string[]) => ids.map(() => new UnsupportedOperationError('TAC is not configured', 'TAC')),
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    containerImage: t.exposeString('containerImage'),
    status: t.exposeString('status'),
    platforms: t.exposeStringList('platforms'),
    createdAt: t.field({ type: DateTime, nullable: true, resolve: (b) => b.createdAt }),
    updatedAt: t.field({ type: DateTime, nullable: true, resolve: (b) => b.updatedAt }),
  }),
});

builder.queryField('baseImages', (t) =>
  t.connection(
    {
      type: BaseImage,
      args: {
        filter: t.arg({
          type: builder.inputType('BaseImageFilter', {
            fields: (f) => ({ statuses: f.stringList({ required: false }), name: f.string({ required: false }) }),
          }),
          required: false,
        }),
      },
      resolve: () => ({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } }),
    },
    { name: 'BaseImageConnection' },
    { name: 'BaseImageEdge' },
  ),
);
