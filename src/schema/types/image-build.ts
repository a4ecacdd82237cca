import { NotFoundError, UnsupportedOperationError, ValidationError } from '../../core/errors.js';
import type { BuildLogEvent } from '../../events/pubsub.js';
import type { GatewayContext } from '../../context.js';
import type { BuildSource, BuildStatus, ImageBuildRecord, Provider } from '../../core/records.js';
import { PROVIDERS } from '../../core/provider.js';
import { builder } from '../builder.js';
import { fieldScopes } from '../../auth/operation-scopes.js';
import { expectId, splitRawId } from '../global-id.js';
import { DateTime } from '../scalars.js';
import { requestLoader } from '../loaders.js';
import { imageByProviderId, ImageInterface } from './image.js';
import { Job } from './job.js';
import { checkOffsetArgs, offsetConnection } from './job.js';
import { ProviderEnum } from './provider.js';
import { MUTATION_ERRORS } from './errors.js';
import { announceImageChange } from '../../events/image-events.js';
import { BUILD_PROVIDERS, checkProviderFilter } from '../provider-filter.js';
import { settleByProvider } from '../partial-lists.js';
import { CycleImageBuildInput, PaiImageBuildInput, startImageBuild } from './image-build-input.js';
import { requireFeed } from '../capabilities.js';

export const BuildStatusEnum = builder.enumType('BuildStatus', {
  values: ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const,
});

export function buildSource(ctx: GatewayContext, provider: Provider): BuildSource {
  return requireFeed(ctx, 'builds', provider);
}

export const BuildLogLineRef = builder.objectRef<{ number: number; text: string }>('BuildLogLine').implement({
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Stable, 0-based: resume with fromLine = last number + 1.' }),
    text: t.exposeString('text'),
  }),
});

/** Loads builds by provider-local id, batched per provider and request. */
function buildByProviderId(ctx: GatewayContext, provider: Provider, localId: string): Promise<ImageBuildRecord> {
  return requestLoader<string, ImageBuildRecord>(ctx, `builds:${provider}`, (ids) => buildSource(ctx, provider).getBuilds(ids)).load(localId);
}

/** Largest `limit` for `ImageBuild.log`. */
export const MAX_LOG_LINES = 1000;

export const ImageBuild = builder.loadableNode('ImageBuild', {
  description: 'An image build: a Cycle image being imported/built, or a PAI image build running as a PAI-DLC job.',
  id: { resolve: (b: ImageBuildRecord) => `${b.provider}:${b.id}` },
  isTypeOf: (v) => typeof v === 'object' && v !== null && 'status' in v && 'targetImage' in v,
  // One getBuilds call per provider for the whole batch, results back in key order.
  load: async (rawIds: string[], ctx: GatewayContext) => {
    const out: (ImageBuildRecord | Error)[] = new Array(rawIds.length);
    const byProvider = new Map<Provider, { index: number; localId: string }[]>();
    rawIds.forEach((raw, index) => {
      const { provider, localId } = splitRawId(raw);
      byProvider.set(provider, [...(byProvider.get(provider) ?? []), { index, localId }]);
    });
    await Promise.all(
      [...byProvider].map(async ([provider, keys]) => {
        try {
          const records = await buildSource(ctx, provider).getBuilds(keys.map((k) => k.localId));
          keys.forEach((k, i) => (out[k.index] = records[i] ?? new NotFoundError(`No ${provider} build ${k.localId}`, provider)));
        } catch (err) {
          for (const k of keys) out[k.index] = err instanceof Error ? err : new Error(String(err));
        }
      }),
    );
    return out;
  },
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (b) => b.provider }),
    status: t.field({ type: BuildStatusEnum, resolve: (b) => b.status }),
    targetImage: t.exposeString('targetImage', { nullable: true }),
    reason: t.string({ nullable: true, resolve: (b) => b.reason ?? null }),
    createdAt: t.field({ type: DateTime, nullable: true, resolve: (b) => b.createdAt }),
    finishedAt: t.field({ type: DateTime, nullable: true, resolve: (b) => b.finishedAt }),
    image: t.field({
      type: ImageInterface,
      nullable: true,
      description: 'The image the build produced (or is producing), once known.',
      resolve: (b, _a, ctx) => b.image ?? (b.imageId ? imageByProviderId(ctx, b.provider, b.imageId) : null),
    }),
    job: t.field({
      type: Job,
      nullable: true,
      resolve: async (b, _a, ctx) => {
        // Lists may leave the job id out (Cycle: it costs a jobs search per build); load the build then.
        const finder = buildSource(ctx, b.provider).getJobId;
        const jobId = b.jobId ?? (finder ? await finder(b.id) : (await buildByProviderId(ctx, b.provider, b.id)).jobId);
        if (!jobId) return null;
        const [job] = await ctx.services.jobSources[b.provider]!.getJobs([jobId]);
        if (job instanceof Error) throw job;
        return job ?? null;
      },
    }),
    log: t.field({
      type: [BuildLogLineRef],
      args: {
        fromLine: t.arg.int({ required: false, defaultValue: 0 }),
        limit: t.arg.int({ required: false, defaultValue: 200 }),
      },
      resolve: (b, args, ctx) => buildSource(ctx, b.provider).getLog(b.id, Math.max(0, args.fromLine ?? 0), Math.min(Math.max(1, args.limit ?? 200), MAX_LOG_LINES)),
    }),
  }),
});

const ImageBuildFilter = builder.inputType('ImageBuildFilter', {
  fields: (t) => ({
    providers: t.field({ type: [ProviderEnum], required: false }),
    statuses: t.field({ type: [BuildStatusEnum], required: false }),
  }),
});

/** How many recent builds each provider contributes to the merged list. */
export const BUILDS_PER_PROVIDER_LIMIT = 100;

builder.queryField('imageBuilds', (t) =>
  t.connection(
    {
      type: ImageBuild,
      args: { filter: t.arg({ type: ImageBuildFilter, required: false }) },
      resolve: async (_root, args, ctx) => {
        checkOffsetArgs(args); // before any upstream call
        checkProviderFilter(args.filter?.providers, BUILD_PROVIDERS, 'image builds');
        const providers = (args.filter?.providers ?? PROVIDERS).filter((p) => ctx.services.buildSources[p]);
        // A provider that fails leaves its builds out, with one error naming it (usePartialErrors).
        const lists = await settleByProvider(ctx, providers, (p) =>
          buildSource(ctx, p).listBuilds({ statuses: (args.filter?.statuses ?? undefined) as BuildStatus[] | undefined, limit: BUILDS_PER_PROVIDER_LIMIT }),
        );
        const merged = lists.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
        return offsetConnection(merged, args);
      },
    },
    { name: 'ImageBuildConnection' },
    { name: 'ImageBuildEdge' },
  ),
);

const BuildLogChunk = builder.objectRef<BuildLogEvent & { buildId: string }>('BuildLogChunk').implement({
  fields: (t) => ({
    buildId: t.exposeID('buildId'),
    lines: t.field({ type: [BuildLogLineRef], resolve: (c) => c.lines }),
    status: t.field({ type: BuildStatusEnum, resolve: (c) => c.status }),
    done: t.exposeBoolean('done', { description: 'True on the last chunk; the subscription then completes.' }),
  }),
});

builder.subscriptionField('buildLog', (t) =>
  t.field({
    type: BuildLogChunk,
    description: 'A build’s log as it grows, from `fromLine` on; one upstream poller per build however many subscribers. Completes when the build ends.',
    args: {
      buildId: t.arg.id({ required: true }),
      fromLine: t.arg.int({ required: false, defaultValue: 0 }),
    },
    subscribe: (_root, args, ctx) => {
      const { provider, localId } = expectId(String(args.buildId), 'buildId', ['ImageBuild']);
      if ((args.fromLine ?? 0) < 0) throw ValidationError.field('fromLine', 'must be 0 or more');
      return ctx.services.buildLogs.follow(provider, localId, buildSource(ctx, provider), args.fromLine ?? 0);
    },
    resolve: (chunk, args) => ({ ...chunk, buildId: String(args.buildId) }),
  }),
);

const ImageBuildSuccess = (name: string) =>
  builder.objectRef<{ imageBuild: ImageBuildRecord }>(name).implement({
    isTypeOf: (v) => typeof v === 'object' && v !== null && 'imageBuild' in v && !(v instanceof Error),
    fields: (t) => ({ imageBuild: t.field({ type: ImageBuild, resolve: (r) => r.imageBuild }) }),
  });

builder.mutationField('createImageBuild', (t) =>
  t.field({
    // Fetches or builds an image from elsewhere (a registry, a URL, an upload, a build source).
    extensions: fieldScopes('import'),
    type: ImageBuildSuccess('CreateImageBuildSuccess'),
    description: 'Cycle: creates the image from a source, then starts its import. PAI: CreateImageBuild (a PAI-DLC job), always with a ClientToken.',
    args: {
      input: t.arg({
        type: builder.inputType('CreateImageBuildInput', {
          isOneOf: true,
          fields: (f) => ({
            cycle: f.field({ type: CycleImageBuildInput, required: false }),
            pai: f.field({ type: PaiImageBuildInput, required: false }),
          }),
        }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'CreateImageBuildResult' } },
    resolve: async (_root, { input }, ctx) => {
      const imageBuild = await startImageBuild(ctx, input);
      announceImageChange(ctx.services.pubsub, { provider: imageBuild.provider, action: 'build', imageId: imageBuild.imageId ?? imageBuild.id, reference: imageBuild.targetImage, attributes: { buildId: imageBuild.id } });
      return { imageBuild };
    },
  }),
);

builder.mutationField('stopImageBuild', (t) =>
  t.field({
    type: ImageBuildSuccess('StopImageBuildSuccess'),
    args: {
      input: t.arg({
        type: builder.inputType('StopImageBuildInput', { fields: (f) => ({ id: f.id({ required: true, description: 'An ImageBuild id.' }) }) }),
        required: true,
      }),
    },
    errors: { types: MUTATION_ERRORS, union: { name: 'StopImageBuildResult' } },
    resolve: async (_root, { input }, ctx) => {
      const { provider, localId } = expectId(String(input.id), 'input.id', ['ImageBuild']);
      const source = buildSource(ctx, provider);
      if (!source.stop) throw new UnsupportedOperationError(`${provider} builds cannot be stopped`, provider);
      return { imageBuild: await source.stop(localId) };
    },
  }),
);
