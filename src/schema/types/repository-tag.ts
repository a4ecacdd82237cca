/**
 * The tags of an SWR repository: `RepositoryTag` and the `Repository.tags` connection, and the offset
 * cursors every SWR list uses.
 *
 * Upstream calls: `tags(first)` on a listed repository asking only tag names costs none (the list item
 * already carries every tag name, `ShowReposResp.tags`, so the page is cut from it when it covers the
 * window); asking for anything else (digest, size…) costs one `GET …/repos/{repo}/tags?offset&limit=first`
 * per repository, deduplicated per request. SWR has no endpoint that lists the tags of several repositories.
 */
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from '../../context.js';
import { NotFoundError } from '../../core/errors.js';
import type { Page } from '../../core/records.js';
import type { RepositoryKey, RepositoryRecord, TagRecord } from '../../providers/huawei-swr/port.js';
import { builder } from '../builder.js';
import { requirePort } from '../capabilities.js';
import { requestLoader } from '../loaders.js';
import { offsetConnection, offsetCursors, offsetWindow, type ForwardArgs } from '../pagination/offset.js';
import { DateTime } from '../scalars.js';

/** Largest `first` of `repositories` and `tags` (SWR itself allows 1000 rows per call). */
export const REPOSITORY_MAX_PAGE_SIZE = 100;
/** `first` when the client gives none. */
export const REPOSITORY_DEFAULT_PAGE_SIZE = 20;

/** `first` of SWR's lists: 20 by default, at most REPOSITORY_MAX_PAGE_SIZE. */
export const SWR_PAGE_LIMITS = { defaultFirst: REPOSITORY_DEFAULT_PAGE_SIZE, max: REPOSITORY_MAX_PAGE_SIZE };

/** Cursors of SWR's lists (repositories, tags): the SWR list offset of the edge, opaque to clients. */
export const SWR_CURSORS = offsetCursors('swr-offset', 'SWR');

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
          return await requirePort(ctx, 'SWR').listTags({ namespace, name }, { offset: Number(from), limit: Number(size) });
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
export async function resolveTags(repo: RepositoryRecord, args: ForwardArgs, ctx: GatewayContext, info: GraphQLResolveInfo) {
  const { offset, first } = offsetWindow(args, SWR_CURSORS, SWR_PAGE_LIMITS);
  const names = repo.tagNames;
  const namesComplete = names.length >= repo.tagCount;
  if (onlyTagNamesSelected(info) && (namesComplete || offset + first <= names.length)) {
    const window = { offset, limit: Math.max(first, 1) };
    const items: TagNameRef[] = names
      .slice(offset, offset + first)
      .map((name) => ({ provider: 'SWR', namespace: repo.namespace, repository: repo.name, name, window }));
    const total = Math.max(repo.tagCount, names.length);
    return offsetConnection<RepositoryTagShape>(SWR_CURSORS, items, offset, offset + items.length < total, total);
  }
  // SWR's limit is 1..1000: `first: 0` still asks for one row, to learn the total.
  const page = await loadTagWindow(ctx, repo, offset, Math.max(first, 1));
  const items = page.items.slice(0, first);
  return offsetConnection<RepositoryTagShape>(SWR_CURSORS, items, offset, first === 0 ? (page.total ?? page.items.length) > offset : page.hasNextPage, page.total ?? null);
}
