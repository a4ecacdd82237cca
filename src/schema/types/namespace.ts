/**
 * Huawei Cloud SWR organisations in the graph: `Namespace`, the `namespaces` query and `createNamespace`
 * (`namespace(name)` and `deleteNamespace` are in repository-operations.ts). One `GET
 * /v2/manage/namespaces` answers every organisation a request asks for.
 */
import type { GatewayContext } from '../../context.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { namespaceNameError } from '../../providers/huawei-swr/validate.js';
import type { NamespaceRecord } from '../../providers/huawei-swr/port.js';
import { builder } from '../builder.js';
import { requirePort } from '../capabilities.js';
import { splitRawId } from '../global-id.js';
import { MUTATION_ERRORS } from './errors.js';
import { ProviderEnum } from './provider.js';

export const NamespaceAccessEnum = builder.enumType('NamespaceAccess', {
  description: 'The caller’s permission on an organisation (SWR `auth` 7 / 3 / 1).',
  values: ['MANAGE', 'EDIT', 'READ'] as const,
});

/** Loads organisations by name: one `GET /v2/manage/namespaces` answers the whole batch. */
async function loadNamespaces(names: readonly string[], ctx: GatewayContext): Promise<(NamespaceRecord | Error)[]> {
  const invalid = names.map((name) => namespaceNameError(name, 'id'));
  const list = invalid.every(Boolean) ? [] : await requirePort(ctx, 'SWR').listNamespaces();
  const byName = new Map(list.map((n) => [n.name, n]));
  return names.map((name, i) => {
    const problem = invalid[i];
    if (problem) return new ValidationError([problem], undefined, 'SWR');
    return byName.get(name) ?? new NotFoundError(`SWR: organization ${name} does not exist`, 'SWR');
  });
}

export const Namespace = builder.loadableNode('Namespace', {
  description: 'An SWR organisation: the first path segment of its repositories.',
  id: { resolve: (n: NamespaceRecord) => `SWR:${n.name}` },
  isTypeOf: (v) => typeof v === 'object' && v !== null && (v as { provider?: unknown }).provider === 'SWR' && 'access' in v && 'creatorName' in v,
  load: (rawIds: string[], ctx: GatewayContext) => loadNamespaces(rawIds.map((raw) => splitRawId(raw).localId), ctx),
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (n) => n.provider }),
    name: t.exposeString('name'),
    access: t.field({ type: NamespaceAccessEnum, nullable: true, resolve: (n) => n.access }),
    creatorName: t.exposeString('creatorName', { nullable: true }),
  }),
});

builder.queryField('namespaces', (t) =>
  t.field({
    type: [Namespace],
    nullable: true, // null (with an error naming SWR) when SWR fails
    description: 'SWR organisations the credentials can see (one upstream call).',
    resolve: (_root, _args, ctx) => requirePort(ctx, 'SWR').listNamespaces(),
  }),
);

const CreateNamespaceSuccess = builder.objectRef<{ namespace: NamespaceRecord }>('CreateNamespaceSuccess').implement({
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'namespace' in v && !(v instanceof Error) && !('tagNames' in v),
  fields: (t) => ({ namespace: t.field({ type: Namespace, resolve: (r) => r.namespace }) }),
});

builder.mutationField('createNamespace', (t) =>
  t.field({
    type: CreateNamespaceSuccess,
    description: 'Creates an SWR organisation. The name is checked against SWR’s grammar first.',
    args: {
      input: t.arg({
        type: builder.inputType('CreateNamespaceInput', {
          fields: (f) => ({ name: f.string({ required: true, description: 'Lowercase letters, digits, `.`, `_`, `-`; 1–64 characters; starts with a letter.' }) }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'CreateNamespaceResult' } },
    resolve: async (_root, { input }, ctx) => ({ namespace: await requirePort(ctx, 'SWR').createNamespace(input.name) }),
  }),
);
