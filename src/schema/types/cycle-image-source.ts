/**
 * Cycle image sources (where Cycle imports images from) and the Cycle-only fields of `CycleImage`
 * that lead to them and to the image's build. Sources are Nodes so that `createImageBuild(cycle:
 * {sourceId})` and `pruneImages(cycle: {sourceIds})` take the global ids the graph returned.
 */
import { NotFoundError } from '../../core/errors.js';
import type { GatewayContext } from '../../context.js';
import type { CyclePort, CycleImageSourceRecord } from '../../providers/cycle/port.js';
import type { CycleImageRecord, Page } from '../../core/records.js';
import { builder } from '../builder.js';
import { splitRawId } from '../global-id.js';
import { DateTime } from '../scalars.js';
import { CycleImage } from './image.js';
import { ImageBuild } from './image-build.js';
import { forwardPageSize } from '../pagination/connection-args.js';
import { buildOfImage } from '../../providers/cycle/dto.js';
import { requirePort } from '../capabilities.js';
import { offsetCursors } from '../pagination/offset.js';

function cyclePort(ctx: GatewayContext): CyclePort {
  return requirePort(ctx, 'CYCLE');
}

export const CycleImageSource = builder.loadableNode('CycleImageSource', {
  description: 'Where Cycle imports images from: a registry image, a Dockerfile repository, an upload…',
  id: { resolve: (s: CycleImageSourceRecord) => `CYCLE:${s.id}` },
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'originType' in v && 'identifier' in v,
  // One `GET /v1/images/sources/{id}` per id (Cycle has no id filter), at most CYCLE_GET_BY_ID_CONCURRENCY at once.
  load: async (rawIds: string[], ctx: GatewayContext) => {
    const ids = rawIds.map((raw) => splitRawId(raw).localId);
    const results = await cyclePort(ctx).getSources(ids);
    return results.map((r, i) => r ?? new NotFoundError(`No Cycle image source ${ids[i]}`, 'CYCLE'));
  },
  fields: (t) => ({
    identifier: t.exposeString('identifier', { description: 'Human-readable slug; not unique.' }),
    name: t.exposeString('name'),
    type: t.exposeString('type', { description: 'Cycle’s source type: direct, stack-build or bucket.' }),
    originType: t.exposeString('originType', { description: 'docker-hub, docker-file, docker-registry, oci-registry, cycle-upload, cycle-source or none.' }),
    target: t.exposeString('target', {
      nullable: true,
      description: 'What the source pulls (registry/repository:tag) or builds (a repository URL). Origin credentials are never exposed.',
    }),
    state: t.exposeString('state', { description: 'live, deleting or deleted.' }),
    description: t.exposeString('description', { nullable: true }),
    creatorId: t.exposeString('creatorId', { nullable: true, description: 'Cycle id of the account or API key that created it.' }),
    createdAt: t.field({ type: DateTime, nullable: true, resolve: (s) => s.createdAt }),
    updatedAt: t.field({ type: DateTime, nullable: true, resolve: (s) => s.updatedAt }),
  }),
});

// ---------------------------------------------------------------- paging over Cycle page numbers

/**
 * Cycle pages by number (`page[number]`, `page[size]`), clients by cursor. The cursor is the absolute
 * offset of an item; a request reads the one or two Cycle pages (of size `first`) that cover
 * `[offset, offset + first]`, so it never costs more than two calls.
 */
const CURSORS = offsetCursors('cycle', 'CYCLE');

export async function cyclePagedConnection<T>(
  args: { first?: number | null; after?: string | null },
  fetch: (pageNumber: number, pageSize: number) => Promise<Page<T>>,
) {
  const first = forwardPageSize(args);
  const start = args.after ? CURSORS.decode(args.after) + 1 : 0;
  const size = Math.max(first, 1);
  let pageNumber = Math.floor(start / size) + 1;
  const skip = start % size;
  const items: T[] = [];
  let more = true;
  // Up to two pages: the rest of the page holding `start`, then as much of the next as needed (+1 to know about a next page).
  for (let fetched = 0; fetched < 2 && more && items.length < skip + first + 1; fetched++, pageNumber++) {
    const page = await fetch(pageNumber, size);
    items.push(...page.items);
    more = page.hasNextPage;
  }
  const slice = items.slice(skip, skip + first);
  return {
    edges: slice.map((node, i) => ({ node, cursor: CURSORS.encode(start + i) })),
    pageInfo: {
      hasNextPage: items.length > skip + first || (more && slice.length === first && first > 0),
      hasPreviousPage: start > 0,
      startCursor: slice.length ? CURSORS.encode(start) : null,
      endCursor: slice.length ? CURSORS.encode(start + slice.length - 1) : null,
    },
  };
}

const CycleImageSourceFilter = builder.inputType('CycleImageSourceFilter', {
  fields: (t) => ({
    search: t.string({ required: false, description: 'Cycle’s `filter[search]`: id, name or identifier.' }),
    identifier: t.string({ required: false }),
  }),
});

builder.queryField('cycleImageSources', (t) =>
  t.connection(
    {
      type: CycleImageSource,
      nullable: true, // null (with an error naming CYCLE) when Cycle fails
      description: 'Cycle image sources, newest first. Their ids are what `createImageBuild(cycle:)` and `pruneImages(cycle:)` take.',
      args: { filter: t.arg({ type: CycleImageSourceFilter, required: false }) },
      resolve: (_root, args, ctx) => {
        const cycle = cyclePort(ctx);
        const filter = { search: args.filter?.search ?? undefined, identifier: args.filter?.identifier ?? undefined };
        return cyclePagedConnection(args, (pageNumber, pageSize) => cycle.listSources({ pageNumber, pageSize, sort: ['-id'], filter }));
      },
    },
    { name: 'CycleImageSourceConnection' },
    { name: 'CycleImageSourceEdge' },
  ),
);

builder.objectField(CycleImageSource, 'images', (t) =>
  t.connection(
    {
      type: CycleImage,
      description: 'Images imported from this source, newest first.',
      resolve: (source, args, ctx) =>
        cyclePagedConnection(args, (pageNumber, pageSize) => cyclePort(ctx).listImages({ pageNumber, pageSize, sort: ['-id'], filter: { sourceId: source.id } })),
    },
    { name: 'CycleImageSourceImagesConnection' },
    { name: 'CycleImageSourceImagesEdge' },
  ),
);

// ---------------------------------------------------------------- CycleImage: source, build, config

interface CycleImageConfigShape {
  user: string | null;
  command: string[];
  entrypoint: string[];
  ports: { host: number; container: number; type: string }[];
  volumes: string[];
  workdir: string | null;
  signalStop: string | null;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The adapter keeps Cycle's config as loose JSON (it is what Cycle reports); the graph gives it a shape. */
function configSummary(config: Record<string, unknown> | null): CycleImageConfigShape | null {
  if (!config) return null;
  const ports = Array.isArray(config.ports) ? config.ports : [];
  const volumes = Array.isArray(config.volumes) ? config.volumes : [];
  return {
    user: text(config.user),
    command: strings(config.command),
    entrypoint: strings(config.entrypoint),
    ports: ports.flatMap((p: unknown) => {
      const o = (p ?? {}) as Record<string, unknown>;
      return typeof o.container === 'number' ? [{ host: typeof o.host === 'number' ? o.host : o.container, container: o.container, type: typeof o.type === 'string' ? o.type : 'tcp' }] : [];
    }),
    // Cycle reports volumes as objects (`{path, mode}`) or strings depending on the image: the path either way.
    volumes: volumes.flatMap((v: unknown) => (typeof v === 'string' ? [v] : typeof (v as { path?: unknown })?.path === 'string' ? [(v as { path: string }).path] : [])),
    workdir: text(config.workdir),
    signalStop: text(config.signalStop),
  };
}

const CycleImagePort = builder.objectRef<CycleImageConfigShape['ports'][number]>('CycleImagePort').implement({
  fields: (t) => ({ host: t.exposeInt('host'), container: t.exposeInt('container'), type: t.exposeString('type') }),
});

const CycleImageConfig = builder.objectRef<CycleImageConfigShape>('CycleImageConfig').implement({
  description: 'What Cycle read from the image config. The environment is left out on purpose: it often holds values nobody meant to publish.',
  fields: (t) => ({
    user: t.exposeString('user', { nullable: true }),
    command: t.exposeStringList('command'),
    entrypoint: t.exposeStringList('entrypoint'),
    ports: t.field({ type: [CycleImagePort], resolve: (c) => c.ports }),
    volumes: t.exposeStringList('volumes'),
    workdir: t.exposeString('workdir', { nullable: true }),
    signalStop: t.exposeString('signalStop', { nullable: true }),
  }),
});

builder.objectFields(CycleImage, (t) => ({
  source: t.field({
    type: CycleImageSource,
    nullable: true,
    description: 'The source the image was imported from (batched per request; null when the image has none).',
    // The list and the get ask Cycle to include the sources (`include=sources`): no call per source then.
    resolve: (image: CycleImageRecord) => (image.source !== undefined ? image.source : image.sourceId ? `CYCLE:${image.sourceId}` : null),
  }),
  build: t.field({
    type: ImageBuild,
    nullable: true,
    description: 'The image’s import seen as a build: its id is the image’s, its status follows the image state, and it has the build log.',
    // Made from the image record itself (a Cycle build is its image): no second read of the image.
    resolve: (image: CycleImageRecord) => buildOfImage(image, null),
  }),
  creatorId: t.exposeString('creatorId', { nullable: true, description: 'Cycle id of the account or API key that created the image.' }),
  configSummary: t.field({ type: CycleImageConfig, nullable: true, resolve: (image: CycleImageRecord) => configSummary(image.config) }),
}));
