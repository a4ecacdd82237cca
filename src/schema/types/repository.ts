import { builder } from '../builder.js';
import { DateTime } from '../scalars.js';
import { UnsupportedOperationError } from '../../errors.js';

/** Provisional shape until the SWR adapter lands (issue 4): the contract fields. */
export interface RepositoryShape {
  namespace: string;
  name: string;
  isPublic: boolean;
  category: string;
  description: string | null;
  sizeBytes: number | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}

export const Repository = builder.loadableNode('Repository', {
  description: 'A Huawei Cloud SWR repository.',
  id: { resolve: (r: RepositoryShape) => `SWR:${r.namespace}/${r.name}` },
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'namespace' in v && 'isPublic' in v,
  load: async (ids: string[]) => ids.map(() => new UnsupportedOperationError('SWR is not configured', 'SWR')),
  fields: (t) => ({
    namespace: t.exposeString('namespace'),
    name: t.exposeString('name'),
    isPublic: t.exposeBoolean('isPublic'),
    category: t.exposeString('category'),
    description: t.exposeString('description', { nullable: true }),
    sizeBytes: t.float({ nullable: true, resolve: (r) => r.sizeBytes }),
    createdAt: t.field({ type: DateTime, nullable: true, resolve: (r) => r.createdAt }),
    updatedAt: t.field({ type: DateTime, nullable: true, resolve: (r) => r.updatedAt }),
  }),
});

builder.queryField('repositories', (t) =>
  t.connection(
    {
      type: Repository,
      args: {
        filter: t.arg({
          type: builder.inputType('RepositoryFilter', {
            fields: (f) => ({ namespace: f.string({ required: false }), name: f.string({ required: false }), category: f.string({ required: false }) }),
          }),
          required: false,
        }),
      },
      resolve: () => ({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } }),
    },
    { name: 'RepositoryConnection' },
    { name: 'RepositoryEdge' },
  ),
);
