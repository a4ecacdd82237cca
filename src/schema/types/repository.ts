/**
 * Huawei Cloud SWR in the graph: `Namespace` (an SWR organisation), `Repository` with its `tags`
 * connection, the `namespaces` and `repositories` queries, and the namespace/repository mutations.
 *
 * Upstream calls per query (the fewest the `/v2/manage` API allows):
 * - `repositories(first ≤ 100)`: one `GET /v2/manage/repos` (offset/limit; the total comes in `Content-Range`).
 * - `tags(first)` on a listed repository asking only tag names: zero calls. The list item already carries
 *   every tag name (`ShowReposResp.tags`), so the page is cut from it when it covers the window.
 * - `tags` asking for anything else (digest, size…): one `GET …/repos/{repo}/tags?offset&limit=first` per
 *   repository, deduplicated per request. SWR has no endpoint that lists the tags of several repositories.
 * So `repositories(first: 100) { … tags(first: 1) { … name } }` costs 1 call, and with `digest` 101.
 */
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from '../../context.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { namespaceNameError, repositoryNameError } from '../../providers/huawei-swr/validate.js';
import {
  REPOSITORY_CATEGORIES,
  type NamespaceRecord,
  type RepositoryKey,
  type RepositoryRecord,
  type SwrPort,
  type TagRecord,
} from '../../providers/huawei-swr/port.js';
import type { Page } from '../../core/records.js';
import { builder } from '../builder.js';
import { encodeId, expectId, splitRawId } from '../global-id.js';
import { requestLoader } from '../loaders.js';
import { DateTime } from '../scalars.js';
import { MUTATION_ERRORS } from './errors.js';
import { ProviderEnum } from './provider.js';
import { forwardPageSize } from '../connection-args.js';
import { requirePort } from '../capabilities.js';

/** Largest `first` of `repositories` and `tags` (SWR itself allows 1000 rows per call). */
export const REPOSITORY_MAX_PAGE_SIZE = 100;
/** `first` when the client gives none. */
export const REPOSITORY_DEFAULT_PAGE_SIZE = 20;

function swrPort(ctx: GatewayContext): SwrPort {
  return requirePort(ctx, 'SWR');
}

// ---------------------------------------------------------------------------------------------
// Ids and cursors

/** Raw id of a repository: `SWR:<namespace>/<name>`. An organisation name never holds `/`, so the first `/` splits. */
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

/** Cursors are the SWR list offset of the edge, opaque to clients. */
function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`swr-offset:${offset}`, 'utf8').toString('base64url');
}

function decodeOffsetCursor(cursor: string, field: string): number {
  const m = /^swr-offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw ValidationError.field(field, `"${cursor}" is not a cursor of this list`, 'SWR');
  return Number(m[1]);
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

function pageWindow(args: PageArgs): { offset: number; first: number } {
  // SWR lists page forwards by offset only; a backward window would need the total first (an extra call).
  const first = forwardPageSize(args, { defaultFirst: REPOSITORY_DEFAULT_PAGE_SIZE, max: REPOSITORY_MAX_PAGE_SIZE });
  return { offset: args.after ? decodeOffsetCursor(args.after, 'after') + 1 : 0, first };
}

/** A Relay connection over an SWR offset window, with the total when SWR reported one. */
function offsetConnection<T>(items: T[], offset: number, hasNextPage: boolean, total: number | null) {
  return {
    edges: items.map((node, i) => ({ node, cursor: encodeOffsetCursor(offset + i) })),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: items.length ? encodeOffsetCursor(offset) : null,
      endCursor: items.length ? encodeOffsetCursor(offset + items.length - 1) : null,
    },
    totalCount: total,
  };
}

/** Reads the `totalCount` that `offsetConnection` puts next to the Relay fields. */
function totalCountOf(connection: object): number | null {
  return 'totalCount' in connection && typeof connection.totalCount === 'number' ? connection.totalCount : null;
}

// ---------------------------------------------------------------------------------------------
// Types

export const RepositoryCategoryEnum = builder.enumType('RepositoryCategory', {
  description: 'SWR repository category. ARM is sent to SWR as `arm` (what the service stores and filters on), not the SDK enum’s `arms`.',
  values: REPOSITORY_CATEGORIES,
});

export const NamespaceAccessEnum = builder.enumType('NamespaceAccess', {
  description: 'The caller’s permission on an organisation (SWR `auth` 7 / 3 / 1).',
  values: ['MANAGE', 'EDIT', 'READ'] as const,
});

/** Loads organisations by name: one `GET /v2/manage/namespaces` answers the whole batch. */
async function loadNamespaces(names: readonly string[], ctx: GatewayContext): Promise<(NamespaceRecord | Error)[]> {
  const invalid = names.map((name) => namespaceNameError(name, 'id'));
  const list = invalid.every(Boolean) ? [] : await swrPort(ctx).listNamespaces();
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

/** A tag known only by name (cut from the repository list item); details are loaded if a field needs them. */
interface TagNameRef {
  provider: 'SWR';
  namespace: string;
  repository: string;
  name: string;
  /** The window it was cut from, so a detail load asks SWR for the same window. */
  window: { offset: number; limit: number };
}

type RepositoryTagShape = TagRecord | TagNameRef;

const isTagNameRef = (tag: RepositoryTagShape): tag is TagNameRef => 'window' in tag;

/** Lists one window of a repository's tags; deduplicated per request (the same window is fetched once). */
function loadTagWindow(ctx: GatewayContext, key: RepositoryKey, offset: number, limit: number): Promise<Page<TagRecord>> {
  const loader = requestLoader<string, Page<TagRecord>>(ctx, 'swr:tag-windows', (ids) =>
    // One call per distinct window: SWR lists tags one repository at a time. Concurrency is bounded by
    // the transport's connection pool, so a page of 100 repositories does not open 100 sockets.
    Promise.all(
      ids.map(async (id) => {
        const [namespace, name, from, size] = id.split('\u0000') as [string, string, string, string];
        try {
          return await swrPort(ctx).listTags({ namespace, name }, { offset: Number(from), limit: Number(size) });
        } catch (err) {
          return err instanceof Error ? err : new Error(String(err));
        }
      }),
    ),
  );
  return loader.load([key.namespace, key.name, offset, limit].join('\u0000'));
}

/**
 * Details of a tag that was answered from the list. Only reached when a query asks a detail field in a
 * way `onlyTagNamesSelected` did not foresee; it fetches the same window and picks the tag by name.
 */
async function tagDetails(ctx: GatewayContext, tag: RepositoryTagShape): Promise<TagRecord> {
  if (!isTagNameRef(tag)) return tag;
  const page = await loadTagWindow(ctx, { namespace: tag.namespace, name: tag.repository }, tag.window.offset, tag.window.limit);
  const found = page.items.find((t) => t.name === tag.name);
  if (!found) throw new NotFoundError(`SWR: tag ${tag.namespace}/${tag.repository}:${tag.name} no longer exists`, 'SWR');
  return found;
}

const ManifestTypeEnum = builder.enumType('RepositoryTagManifestType', {
  description: 'SWR `tag_type`: a single-platform manifest (0) or a manifest list (1).',
  values: ['MANIFEST', 'MANIFEST_LIST'] as const,
});

export const RepositoryTag = builder.objectRef<RepositoryTagShape>('RepositoryTag').implement({
  description: 'One tag (image version) of an SWR repository.',
  fields: (t) => ({
    name: t.exposeString('name'),
    digest: t.string({ nullable: true, resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).digest }),
    imageId: t.string({ nullable: true, resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).imageId }),
    sizeBytes: t.float({ nullable: true, resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).sizeBytes }),
    manifestType: t.field({ type: ManifestTypeEnum, resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).manifestType }),
    schemaVersion: t.int({ nullable: true, resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).schemaVersion }),
    pullPath: t.string({ nullable: true, description: '`<registry>/<namespace>/<repository>:<tag>`.', resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).pullPath }),
    internalPath: t.string({ nullable: true, description: 'The in-cluster (CCE) pull path.', resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).internalPath }),
    isTrusted: t.boolean({ resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).isTrusted }),
    scanned: t.boolean({ resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).scanned }),
    createdAt: t.field({ type: DateTime, nullable: true, resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).createdAt }),
    updatedAt: t.field({ type: DateTime, nullable: true, resolve: async (tag, _a, ctx) => (await tagDetails(ctx, tag)).updatedAt }),
  }),
});

/** Collects the fields of a selection set, looking through inline fragments and fragment spreads. */
function selectedFields(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: FieldNode[] = []): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) selectedFields(selection.selectionSet, info, out);
    else selectedFields(info.fragments[selection.name.value]?.selectionSet, info, out);
  }
  return out;
}

const NAME_ONLY_NODE_FIELDS = new Set(['name', '__typename']);
const FREE_CONNECTION_FIELDS = new Set(['pageInfo', 'totalCount', '__typename']);
const FREE_EDGE_FIELDS = new Set(['cursor', '__typename']);

/**
 * True when this `tags` selection needs nothing but tag names, which the repository list item already
 * carries. Conservative: any field it does not know means "fetch the details".
 */
export function onlyTagNamesSelected(info: GraphQLResolveInfo): boolean {
  for (const tagsField of info.fieldNodes) {
    for (const field of selectedFields(tagsField.selectionSet, info)) {
      const name = field.name.value;
      if (FREE_CONNECTION_FIELDS.has(name)) continue;
      if (name !== 'edges') return false;
      for (const edgeField of selectedFields(field.selectionSet, info)) {
        if (FREE_EDGE_FIELDS.has(edgeField.name.value)) continue;
        if (edgeField.name.value !== 'node') return false;
        if (!selectedFields(edgeField.selectionSet, info).every((f) => NAME_ONLY_NODE_FIELDS.has(f.name.value))) return false;
      }
    }
  }
  return true;
}

/**
 * `Repository.tags`: cut from the list item's tag names when only names are asked and the names cover the
 * window (they are complete whenever their count equals `num_images`); otherwise one tags call for exactly
 * that window. Both orders are SWR's default, newest update first.
 */
async function resolveTags(repo: RepositoryRecord, args: PageArgs, ctx: GatewayContext, info: GraphQLResolveInfo) {
  const { offset, first } = pageWindow(args);
  const names = repo.tagNames;
  const namesComplete = names.length >= repo.tagCount;
  if (onlyTagNamesSelected(info) && (namesComplete || offset + first <= names.length)) {
    const window = { offset, limit: Math.max(first, 1) };
    const items: TagNameRef[] = names
      .slice(offset, offset + first)
      .map((name) => ({ provider: 'SWR', namespace: repo.namespace, repository: repo.name, name, window }));
    const total = Math.max(repo.tagCount, names.length);
    return offsetConnection<RepositoryTagShape>(items, offset, offset + items.length < total, total);
  }
  // SWR's limit is 1..1000: `first: 0` still asks for one row, to learn the total.
  const page = await loadTagWindow(ctx, repo, offset, Math.max(first, 1));
  const items = page.items.slice(0, first);
  return offsetConnection<RepositoryTagShape>(items, offset, first === 0 ? (page.total ?? page.items.length) > offset : page.hasNextPage, page.total ?? null);
}

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
  const loaded = valid.length ? await swrPort(ctx).getRepositories(valid) : [];
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

// ---------------------------------------------------------------------------------------------
// Queries

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
async function resolveRepositories(ctx: GatewayContext, args: PageArgs, filter: RepositoryFilterShape | null | undefined) {
  const { offset, first } = pageWindow(args);
  // SWR's limit is 1..1000: `first: 0` still asks for one row, to learn the total.
  const page = await swrPort(ctx).listRepositories({
    offset,
    limit: Math.max(first, 1),
    namespace: filter?.namespace ?? undefined,
    name: filter?.name || undefined,
    category: filter?.category ?? undefined,
  });
  const items = page.items.slice(0, first);
  const hasNextPage = first === 0 ? (page.total ?? page.items.length) > offset : page.hasNextPage;
  return offsetConnection(items, offset, hasNextPage, page.total ?? null);
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

builder.queryField('namespaces', (t) =>
  t.field({
    type: [Namespace],
    nullable: true, // null (with an error naming SWR) when SWR fails
    description: 'SWR organisations the credentials can see (one upstream call).',
    resolve: (_root, _args, ctx) => swrPort(ctx).listNamespaces(),
  }),
);

// ---------------------------------------------------------------------------------------------
// Mutations (validated before any upstream call; the adapter re-reads what it wrote)

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
    resolve: async (_root, { input }, ctx) => ({ namespace: await swrPort(ctx).createNamespace(input.name) }),
  }),
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
    resolve: async (_root, { input }, ctx) => ({ repository: await swrPort(ctx).createRepository(input) }),
  }),
);

/** SWR needs `is_public` on every update; when the client leaves it out, the current value is kept. */
async function updateRepository(
  ctx: GatewayContext,
  input: { id: string | number; isPublic?: boolean | null; category?: RepositoryRecord['category']; description?: string | null },
): Promise<{ repository: RepositoryRecord }> {
  const key = repositoryKeyFromGlobalId(String(input.id), 'input.id');
  const swr = swrPort(ctx);
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
      await swrPort(ctx).deleteRepository(key);
      return { deletedId: encodeId('Repository', 'SWR', `${key.namespace}/${key.name}`) };
    },
  }),
);
