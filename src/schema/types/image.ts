import { NotFoundError } from '../../core/errors.js';
import type { GatewayContext } from '../../context.js';
import type { CycleImageRecord, DockerImageRecord, ImageRecord, ImageSource, PaiImageRecord, Provider } from '../../core/records.js';
import { builder } from '../builder.js';
import { splitRawId } from '../global-id.js';
import { requestLoader } from '../loaders.js';
import { decodeMergeCursor, mergePages } from '../pagination/merge.js';
import { DateTime } from '../scalars.js';
import { ProviderEnum } from './provider.js';
import { forwardPageSize, type ForwardPageArgs } from '../pagination/connection-args.js';
import { checkProviderFilter } from '../provider-filter.js';
import { AccessibilityEnum, PaiImageFilter, paiFilterOf } from './pai-image-filter.js';
import { requireFeed } from '../capabilities.js';

/** Providers whose images are in the merged `images` feed. */
export const IMAGE_PROVIDERS = ['DOCKER', 'CYCLE', 'PAI'] as const satisfies readonly Provider[];

/** Page size asked of each provider while merging: enough for a typical page, within every provider's limit. */
export const MERGE_PROVIDER_PAGE_SIZE = 50;

export function imageSource(ctx: GatewayContext, provider: Provider): ImageSource {
  return requireFeed(ctx, 'images', provider);
}

/** Loads images by provider-local id, batched per provider. */
export function imageByProviderId(ctx: GatewayContext, provider: Provider, localId: string): Promise<ImageRecord> {
  return requestLoader<string, ImageRecord>(ctx, `images:${provider}`, (ids) => imageSource(ctx, provider).getImages(ids)).load(localId);
}

const Label = builder.objectRef<{ key: string; value: string }>('Label').implement({
  fields: (t) => ({ key: t.exposeString('key'), value: t.exposeString('value') }),
});

export const ImageInterface = builder.interfaceRef<ImageRecord>('Image').implement({
  description: 'A container image held by a provider: a Docker engine, Cycle, or a PAI workspace.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (image) => ({ DOCKER: 'DockerImage', CYCLE: 'CycleImage', PAI: 'PaiImage' })[image.provider],
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (i) => i.provider }),
    name: t.exposeString('name'),
    reference: t.exposeString('reference', { nullable: true, description: 'A pullable reference, when known.' }),
    digest: t.exposeString('digest', { nullable: true }),
    sizeBytes: t.float({ nullable: true, resolve: (i) => i.sizeBytes }),
    createdAt: t.field({ type: DateTime, nullable: true, resolve: (i) => i.createdAt }),
    labels: t.field({ type: [Label], resolve: (i) => Object.entries(i.labels).map(([key, value]) => ({ key, value })) }),
  }),
});

function loadImagesOf<T extends ImageRecord>(provider: T['provider']) {
  return async (rawIds: string[], ctx: GatewayContext): Promise<(T | Error)[]> => {
    const localIds = rawIds.map((raw) => splitRawId(raw).localId);
    const results = await imageSource(ctx, provider).getImages(localIds);
    return results.map((r, i) => r ?? new NotFoundError(`No ${provider} image ${localIds[i]}`, provider)) as (T | Error)[];
  };
}

/** Docker inspect, batched per request: one `GET /images/{id}/json` per image that needs it. */
function dockerDetails(ctx: GatewayContext, image: DockerImageRecord): Promise<DockerImageRecord> {
  if (image.architecture !== undefined) return Promise.resolve(image);
  return requestLoader<string, DockerImageRecord>(ctx, 'docker:inspect', (ids) => ctx.services.docker!.inspectImages(ids)).load(image.id);
}

export const DockerImage = builder.loadableNode('DockerImage', {
  interfaces: [ImageInterface],
  id: { resolve: (i: DockerImageRecord) => `DOCKER:${i.id}` },
  isTypeOf: (v) => (v as ImageRecord).provider === 'DOCKER' && 'repoTags' in (v as object),
  load: loadImagesOf<DockerImageRecord>('DOCKER'),
  fields: (t) => ({
    repoTags: t.exposeStringList('repoTags'),
    repoDigests: t.exposeStringList('repoDigests'),
    engine: t.exposeString('engine'),
    architecture: t.string({ nullable: true, resolve: async (i, _a, ctx) => (await dockerDetails(ctx, i)).architecture ?? null }),
    os: t.string({ nullable: true, resolve: async (i, _a, ctx) => (await dockerDetails(ctx, i)).os ?? null }),
  }),
});

export const CycleImage = builder.loadableNode('CycleImage', {
  interfaces: [ImageInterface],
  id: { resolve: (i: CycleImageRecord) => `CYCLE:${i.id}` },
  isTypeOf: (v) => (v as ImageRecord).provider === 'CYCLE',
  load: loadImagesOf<CycleImageRecord>('CYCLE'),
  fields: (t) => ({
    state: t.exposeString('state', { description: "Cycle's image state: new, downloading, building, verifying, live, deleting, deleted…" }),
    sourceType: t.exposeString('sourceType', { nullable: true }),
    config: t.field({ type: 'JSON', nullable: true, resolve: (i) => i.config }),
    updatedAt: t.field({ type: DateTime, nullable: true, resolve: (i) => i.updatedAt }),
  }),
});

export const PaiImage = builder.loadableNode('PaiImage', {
  interfaces: [ImageInterface],
  id: { resolve: (i: PaiImageRecord) => `PAI:${i.id}` },
  isTypeOf: (v) => (v as ImageRecord).provider === 'PAI',
  load: loadImagesOf<PaiImageRecord>('PAI'),
  fields: (t) => ({
    workspaceId: t.exposeString('workspaceId', { nullable: true }),
    accessibility: t.field({ type: AccessibilityEnum, nullable: true, resolve: (i) => i.accessibility }),
    imageUri: t.exposeString('imageUri'),
    description: t.exposeString('description', { nullable: true }),
    updatedAt: t.field({ type: DateTime, nullable: true, resolve: (i) => i.updatedAt }),
  }),
});

const ImageFilter = builder.inputType('ImageFilter', {
  fields: (t) => ({
    providers: t.field({ type: [ProviderEnum], required: false, description: 'Default: DOCKER, CYCLE and PAI.' }),
    search: t.string({ required: false, description: 'Case-insensitive substring of the name or reference.' }),
    createdAfter: t.field({ type: DateTime, required: false }),
    createdBefore: t.field({ type: DateTime, required: false }),
    pai: t.field({ type: PaiImageFilter, required: false, description: 'PAI ListImages filters (name, labels, accessibility, verbose); limits the list to PAI.' }),
  }),
});

builder.queryField('images', (t) =>
  t.connection(
    {
      type: ImageInterface,
      description: 'Images of Docker, Cycle and PAI in one list, newest first. The cursor carries each provider’s own position.',
      args: { filter: t.arg({ type: ImageFilter, required: false }) },
      resolve: (_root, args, ctx) => listMergedImages(ctx, args),
    },
    { name: 'ImageConnection' },
    { name: 'ImageEdge' },
  ),
);

type ImageFilterShape = typeof ImageFilter.$inferInput;

/**
 * One page of the merged `images` feed: each wanted provider's list, merged newest first; a provider
 * that fails leaves its items out and is reported through `ctx.partialErrors`.
 */
async function listMergedImages(ctx: GatewayContext, args: ForwardPageArgs & { filter?: ImageFilterShape | null }) {
  checkProviderFilter(args.filter?.providers, IMAGE_PROVIDERS, 'images');
  const pai = paiFilterOf(args.filter);
  const wanted = (args.filter?.providers ?? (pai ? ['PAI' as const] : IMAGE_PROVIDERS)).filter((p): p is (typeof IMAGE_PROVIDERS)[number] => (IMAGE_PROVIDERS as readonly Provider[]).includes(p));
  const first = forwardPageSize(args);
  const filter = { search: args.filter?.search, createdAfter: args.filter?.createdAfter, createdBefore: args.filter?.createdBefore, pai };
  const sources = wanted
    .filter((p) => ctx.services.imageSources[p])
    .map((provider) => ({
      provider,
      fetch: (position: string | null, limit: number) => imageSource(ctx, provider).listImages({ position, limit, filter }),
    }));
  const page = await mergePages(sources, {
    first,
    after: args.after ? decodeMergeCursor(args.after) : undefined,
    pageSize: Math.min(Math.max(first, 1), MERGE_PROVIDER_PAGE_SIZE),
    newer: (a, b) => (a.createdAt?.getTime() ?? 0) > (b.createdAt?.getTime() ?? 0),
  });
  for (const failure of page.failures) ctx.partialErrors.push(failure);
  return {
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: !!args.after,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.edges.at(-1)?.cursor ?? null,
    },
  };
}
