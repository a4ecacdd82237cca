import { NotFoundError } from '../../core/errors.js';
import { followJob } from '../../events/follow-job.js';
import type { JobRecord, JobSource, JobState, Provider } from '../../core/records.js';
import { PROVIDERS } from '../../core/provider.js';
import type { GatewayContext } from '../../context.js';
import { builder } from '../builder.js';
import { expectId, splitRawId } from '../global-id.js';
import { DateTime } from '../scalars.js';
import { ProviderEnum } from './provider.js';
import { imageByProviderId, ImageInterface } from './image.js';
import { connectionOfList, offsetCursors, offsetWindow, type ForwardArgs } from '../pagination/offset.js';
import { checkProviderFilter, JOB_PROVIDERS } from '../provider-filter.js';
import { settleByProvider } from '../partial-lists.js';
import { requireFeed } from '../capabilities.js';

export const JobStateEnum = builder.enumType('JobState', {
  values: ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED'] as const,
});

export function jobSource(ctx: GatewayContext, provider: Provider): JobSource {
  return requireFeed(ctx, 'jobs', provider);
}

const JobTask = builder.objectRef<JobRecord['tasks'][number]>('JobTask').implement({
  fields: (t) => ({
    caption: t.exposeString('caption'),
    state: t.field({ type: JobStateEnum, resolve: (task) => task.state }),
    error: t.exposeString('error', { nullable: true }),
    steps: t.field({
      type: [builder.objectRef<JobRecord['tasks'][number]['steps'][number]>('JobTaskStep').implement({
        fields: (s) => ({
          caption: s.exposeString('caption'),
          startedAt: s.field({ type: DateTime, nullable: true, resolve: (step) => step.startedAt }),
          completedAt: s.field({ type: DateTime, nullable: true, resolve: (step) => step.completedAt }),
        }),
      })],
      resolve: (task) => task.steps,
    }),
  }),
});

const JobLayer = builder.objectRef<JobRecord['layers'][number]>('JobLayer').implement({
  description: 'Progress of one layer of a Docker pull.',
  fields: (t) => ({
    id: t.exposeString('id'),
    status: t.exposeString('status'),
    currentBytes: t.float({ nullable: true, resolve: (l) => l.current }),
    totalBytes: t.float({ nullable: true, resolve: (l) => l.total }),
  }),
});

/** Batches job loads per provider: one `getJobs` call per provider per tick. */
export const Job = builder.loadableNode('Job', {
  description: 'Long-running work: a Docker pull or import, a Cycle job, a PAI-DLC job.',
  id: { resolve: (job) => `${job.provider}:${job.id}` },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'action' in value && 'tasks' in value,
  load: async (rawIds: string[], ctx: GatewayContext) => loadJobs(rawIds, ctx),
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, resolve: (j) => j.provider }),
    action: t.exposeString('action'),
    state: t.field({ type: JobStateEnum, resolve: (j) => j.state }),
    progress: t.float({ nullable: true, description: '0..1 when known.', resolve: (j) => j.progress }),
    caption: t.exposeString('caption', { nullable: true }),
    tasks: t.field({ type: [JobTask], resolve: (j) => j.tasks }),
    layers: t.field({ type: [JobLayer], resolve: (j) => j.layers }),
    error: t.exposeString('error', { nullable: true }),
    createdAt: t.field({ type: DateTime, resolve: (j) => j.createdAt }),
    startedAt: t.field({ type: DateTime, nullable: true, resolve: (j) => j.startedAt }),
    completedAt: t.field({ type: DateTime, nullable: true, resolve: (j) => j.completedAt }),
  }),
});

builder.objectField(Job, 'image', (t) =>
  t.field({
    type: ImageInterface,
    nullable: true,
    description: 'The image the job acts on or produced, once known.',
    resolve: (job, _args, ctx) => (job.imageId ? imageByProviderId(ctx, job.provider, job.imageId) : null),
  }),
);

export async function loadJobs(rawIds: readonly string[], ctx: GatewayContext): Promise<(JobRecord | Error)[]> {
  const byProvider = new Map<Provider, { index: number; localId: string }[]>();
  rawIds.forEach((raw, index) => {
    const { provider, localId } = splitRawId(raw);
    byProvider.set(provider, [...(byProvider.get(provider) ?? []), { index, localId }]);
  });
  const out: (JobRecord | Error)[] = new Array(rawIds.length);
  await Promise.all(
    [...byProvider].map(async ([provider, keys]) => {
      let results: (JobRecord | Error)[];
      try {
        results = await jobSource(ctx, provider).getJobs(keys.map((k) => k.localId));
      } catch (err) {
        results = keys.map(() => (err instanceof Error ? err : new Error(String(err))));
      }
      keys.forEach((k, i) => (out[k.index] = results[i] ?? new NotFoundError(`No ${provider} job ${k.localId}`, provider)));
    }),
  );
  return out;
}

const JobFilter = builder.inputType('JobFilter', {
  fields: (t) => ({
    providers: t.field({ type: [ProviderEnum], required: false }),
    states: t.field({ type: [JobStateEnum], required: false }),
  }),
});

/** How many recent jobs each provider contributes to the merged `jobs` list. */
export const JOBS_PER_PROVIDER_LIMIT = 100;

builder.queryField('jobs', (t) =>
  t.connection(
    {
      type: Job,
      args: { filter: t.arg({ type: JobFilter, required: false }) },
      description: 'Jobs of every provider, newest first.',
      resolve: async (_root, args, ctx) => {
        checkOffsetArgs(args); // before any upstream call
        checkProviderFilter(args.filter?.providers, JOB_PROVIDERS, 'jobs');
        const providers = (args.filter?.providers ?? PROVIDERS).filter((p) => ctx.services.jobSources[p]);
        // A provider that fails leaves its jobs out, with one error naming it (usePartialErrors).
        const lists = await settleByProvider(ctx, providers, (p) =>
          jobSource(ctx, p).listJobs({ states: (args.filter?.states ?? undefined) as JobState[] | undefined, limit: JOBS_PER_PROVIDER_LIMIT }),
        );
        const merged = lists.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
        return offsetConnection(merged, args);
      },
    },
    { name: 'JobConnection' },
    { name: 'JobEdge' },
  ),
);

/** The cursors of the merged lists (`jobs`, `imageBuilds`): positions in the merged, sorted list. */
export const MERGED_LIST_CURSORS = offsetCursors('offset');

/** The paging arguments of a merged list, checked before its lists are fetched (no call for a bad `first`/`after`). */
export function checkOffsetArgs(args: ForwardArgs): void {
  offsetWindow(args, MERGED_LIST_CURSORS);
}

/** Offset-cursor paging over a merged, in-memory list. */
export function offsetConnection<T>(items: T[], args: ForwardArgs) {
  return connectionOfList(MERGED_LIST_CURSORS, items, args);
}

builder.subscriptionField('jobUpdated', (t) =>
  t.field({
    type: Job,
    description: 'The current snapshot first, then every change; completes when the job ends.',
    args: { jobId: t.arg.id({ required: true }) },
    subscribe: (_root, args, ctx) => {
      const { provider, localId } = expectId(String(args.jobId), 'jobId', ['Job']);
      return followJob(ctx.services.pubsub, jobSource(ctx, provider), provider, localId);
    },
    resolve: (job) => job,
  }),
);
