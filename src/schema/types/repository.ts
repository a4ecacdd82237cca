/**
 * Huawei Cloud SWR repositories in the graph: `Repository` (its `tags` are in repository-tag.ts), the
 * `repositories` query, and the repository mutations (validated before any upstream call; the adapter
 * re-reads what it wrote).
 *
 * Upstream calls per query (the fewest the `/v2/manage` API allows):
 * - `repositories(first ≤ 100)`: one `GET /v2/manage/repos` (offset/limit; the total comes in `Content-Range`).
 * - `tags` on each: see repository-tag.ts (none when only names are asked).
 * So `repositories(first: 100) { … tags(first: 1) { … name } }` costs 1 call, and with `digest` 101.
 */
import type { GatewayContext } from '../../context.js';
import { ValidationError } from '../../core/errors.js';
import { repositoryNameError, namespaceNameError } from '../../providers/huawei-swr/validate.js';
import { REPOSITORY_CATEGORIES, type RepositoryKey, type RepositoryRecord } from '../../providers/huawei-swr/port.js';
import { builder } from '../builder.js';
import { requirePort } from '../capabilities.js';
import { encodeId, expectId, splitRawId } from '../global-id.js';
import { offsetConnection, offsetWindow, totalCountOf, type ForwardArgs } from '../pagination/offset.js';
import { DateTime } from '../scalars.js';
import { MUTATION_ERRORS } from './errors.js';
import { ProviderEnum } from './provider.js';
import { RepositoryTag, resolveTags, SWR_CURSORS, SWR_PAGE_LIMITS } from './repository-tag.js';

export function repositoryRawId(key: RepositoryKey): string {
  return `SWR:${key.namespace}/${key.name}`;
}

/** Parses the local part of a repository id and checks both names against SWR's grammar. */
export function repositoryKeyFromLocalId(localId: string, field: string): RepositoryKey {
  const slash = localId.indexOf('/');
  const key = { namespace: slash < 0 ? '' : localId.slice(0, slash), name: slash < 0 ? '' : localId.slice(slash + 1) };
  const problem = namespaceNameError(key.namespace, field) ?? repositoryNameError(key.name, field);
  if (problem) throw new ValidationError([{ path: field, message: `not an SWR repository id: ${problem.message}` }], undefined, 'SWR');
  return key;
}

/** Decodes the global id of a Repository given in a mutation input, before any upstream call. */
function repositoryKeyFromGlobalId(globalId: string, field: string): RepositoryKey {
  const { localId } = expectId(globalId, field, ['Repository'], ['SWR']);
  return repositoryKeyFromLocalId(localId, field);
}

export const RepositoryCategoryEnum = builder.enumType('RepositoryCategory', {
  description: 'SWR repository category. ARM is sent to SWR as `arm` (what the service stores and filters on), not the SDK enum’s `arms`.',
  values: REPOSITORY_CATEGORIES,
});

/** Loads repositories by raw id (`SWR:<namespace>/<name>`); the adapter lists each organisation once per batch. */
async function loadRepositories(rawIds: string[], ctx: GatewayContext): Promise<(RepositoryRecord | Error)[]> {
  const keys: (RepositoryKey | Error)[] = rawIds.map((raw) => {
    try {
      return repositoryKeyFromLocalId(splitRawId(raw).localId, 'id');
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  });
  const valid = keys.filter((k): k is RepositoryKey => !(k instanceof Error));
  const loaded = valid.length ? await requirePort(ctx, 'SWR').getRepositories(valid) : [];
  let next = 0;
  return keys.map((k) => (k instanceof Error ? k : loaded[next++]!));
}

export const Repository = builder.loadableNode('Repository', {
  description: 'A Huawei Cloud SWR repository.',
  id: { resolve: (r: RepositoryRecord) => repositoryRawId(r) },
  isTypeOf: (v) => typeof v === 'object' && v !== null && (v as { provider?: unknown }).provider === 'SWR' && 'tagNames' in v && 'isPublic' in v,
  load: loadRepositories,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (r) => r.provider }),
    namespace: t.exposeString('namespace', { description: 'The organisation.' }),
    name: t.exposeString('name', { description: 'May contain `/` (`base/debian`).' }),
    isPublic: t.exposeBoolean('isPublic'),
    category: t.field({ type: RepositoryCategoryEnum, nullable: true, description: 'Null when SWR reports none or one this gateway does not know.', resolve: (r) => r.category }),
    description: t.exposeString('description', { nullable: true }),
    sizeBytes: t.float({ nullable: true, resolve: (r) => r.sizeBytes }),
    tagCount: t.exposeInt('tagCount', { description: 'How many tags (image versions) the repository holds (`num_images`).' }),
    numDownloads: t.exposeInt('numDownloads'),
    pullPath: t.exposeString('pullPath', { nullable: true, description: '`<registry>/<namespace>/<repository>`.' }),
    internalPath: t.exposeString('internalPath', { nullable: true, description: 'The in-cluster (CCE) pull path.' }),
    domainName: t.exposeString('domainName', { nullable: true, description: 'The account owning the repository.' }),
    createdAt: t.field({ type: DateTime, nullable: true, resolve: (r) => r.createdAt }),
    updatedAt: t.field({ type: DateTime, nullable: true, resolve: (r) => r.updatedAt }),
    tags: t.connection(
      {
        type: RepositoryTag,
        description: 'Newest first. Asking only tag names costs no upstream call on a listed repository.',
        resolve: (repo, args, ctx, info) => resolveTags(repo, args, ctx, info),
      },
      {
        name: 'RepositoryTagConnection',
        fields: (c) => ({ totalCount: c.int({ nullable: true, resolve: (conn) => totalCountOf(conn) }) }),
      },
      { name: 'RepositoryTagEdge' },
    ),
  }),
});

const RepositoryFilter = builder.inputType('RepositoryFilter', {
  fields: (t) => ({
    namespace: t.string({ required: false, description: 'Exactly this organisation.' }),
    name: t.string({ required: false, description: 'Repository names containing this text (SWR matches it as a substring).' }),
    category: t.field({ type: RepositoryCategoryEnum, required: false }),
  }),
});

interface RepositoryFilterShape {
  namespace?: string | null;
  name?: string | null;
  category?: (typeof REPOSITORY_CATEGORIES)[number] | null;
}

/** One `GET /v2/manage/repos` per page; `limit` is `first`, `offset` comes from the cursor. */
async function resolveRepositories(ctx: GatewayContext, args: ForwardArgs, filter: RepositoryFilterShape | null | undefined) {
  const { offset, first } = offsetWindow(args, SWR_CURSORS, SWR_PAGE_LIMITS);
  // SWR's limit is 1..1000: `first: 0` still asks for one row, to learn the total.
  const page = await requirePort(ctx, 'SWR').listRepositories({
    offset,
    limit: Math.max(first, 1),
    namespace: filter?.namespace ?? undefined,
    name: filter?.name || undefined,
    category: filter?.category ?? undefined,
  });
  const items = page.items.slice(0, first);
  const hasNextPage = first === 0 ? (page.total ?? page.items.length) > offset : page.hasNextPage;
  return offsetConnection(SWR_CURSORS, items, offset, hasNextPage, page.total ?? null);
}

builder.queryField('repositories', (t) =>
  t.connection(
    {
      type: Repository,
      nullable: true, // null (with an error naming SWR) when SWR fails; the other root fields still answer
      description: 'SWR repositories, by organisation then name. One upstream call per page; `totalCount` comes from SWR’s Content-Range.',
      args: { filter: t.arg({ type: RepositoryFilter, required: false }) },
      resolve: (_root, args, ctx) => resolveRepositories(ctx, args, args.filter),
    },
    {
      name: 'RepositoryConnection',
      fields: (c) => ({ totalCount: c.int({ nullable: true, description: 'All repositories matching the filter.', resolve: (conn) => totalCountOf(conn) }) }),
    },
    { name: 'RepositoryEdge' },
  ),
);

const repositoryResult = (name: string) =>
  builder.objectRef<{ repository: RepositoryRecord }>(name).implement({
    isTypeOf: (v) => typeof v === 'object' && v !== null && 'repository' in v && !(v instanceof Error),
    fields: (t) => ({ repository: t.field({ type: Repository, resolve: (r) => r.repository }) }),
  });

builder.mutationField('createRepository', (t) =>
  t.field({
    type: repositoryResult('CreateRepositorySuccess'),
    description: 'Creates a repository in an existing organisation (SWR answers 201; the record is read back). 409 → ConflictError.',
    args: {
      input: t.arg({
        type: builder.inputType('CreateRepositoryInput', {
          fields: (f) => ({
            namespace: f.string({ required: true }),
            name: f.string({ required: true, description: 'Lowercase letters, digits, `.`, `/`, `_`, `-`; 1–128 characters.' }),
            isPublic: f.boolean({ required: true, defaultValue: false }),
            category: f.field({ type: RepositoryCategoryEnum, required: false }),
            description: f.string({ required: false }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'CreateRepositoryResult' } },
    resolve: async (_root, { input }, ctx) => ({ repository: await requirePort(ctx, 'SWR').createRepository(input) }),
  }),
);

/** SWR needs `is_public` on every update; when the client leaves it out, the current value is kept. */
async function updateRepository(
  ctx: GatewayContext,
  input: { id: string | number; isPublic?: boolean | null; category?: RepositoryRecord['category']; description?: string | null },
): Promise<{ repository: RepositoryRecord }> {
  const key = repositoryKeyFromGlobalId(String(input.id), 'input.id');
  const swr = requirePort(ctx, 'SWR');
  let isPublic = input.isPublic;
  if (isPublic == null) {
    const [current] = await swr.getRepositories([key]);
    if (current instanceof Error) throw current;
    isPublic = current!.isPublic;
  }
  return { repository: await swr.updateRepository(key, { isPublic, category: input.category, description: input.description }) };
}

builder.mutationField('updateRepository', (t) =>
  t.field({
    type: repositoryResult('UpdateRepositorySuccess'),
    description: 'Changes visibility, category or description (SWR answers 201; the record is read back).',
    args: {
      input: t.arg({
        type: builder.inputType('UpdateRepositoryInput', {
          fields: (f) => ({
            id: f.id({ required: true, description: 'A Repository id.' }),
            isPublic: f.boolean({ required: false, description: 'Default: unchanged (costs one read, as SWR needs it on every update).' }),
            category: f.field({ type: RepositoryCategoryEnum, required: false, description: 'Default: unchanged.' }),
            description: f.string({ required: false, description: 'Default: unchanged.' }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'UpdateRepositoryResult' } },
    resolve: (_root, { input }, ctx) => updateRepository(ctx, input),
  }),
);

const DeleteRepositorySuccess = builder.objectRef<{ deletedId: string }>('DeleteRepositorySuccess').implement({
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'deletedId' in v && !(v instanceof Error),
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { description: 'The global id of the deleted repository.' }) }),
});

builder.mutationField('deleteRepository', (t) =>
  t.field({
    type: DeleteRepositorySuccess,
    description: 'Deletes an empty repository. While it still holds images SWR answers 406: a ConflictError saying so, and nothing changes.',
    args: {
      input: t.arg({
        type: builder.inputType('DeleteRepositoryInput', { fields: (f) => ({ id: f.id({ required: true, description: 'A Repository id.' }) }) }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'DeleteRepositoryResult' } },
    resolve: async (_root, { input }, ctx) => {
      const key = repositoryKeyFromGlobalId(String(input.id), 'input.id');
      await requirePort(ctx, 'SWR').deleteRepository(key);
      return { deletedId: encodeId('Repository', 'SWR', `${key.namespace}/${key.name}`) };
    },
  }),
);
