import { setTimeout as sleep } from 'node:timers/promises';
import { NotFoundError, RateLimitedError, UpstreamError } from '../../core/errors.js';
import { mapUpstream, toGatewayError } from '../../http/errors.js';
import type { TransportOptions } from '../../http/transport.js';
import { TERMINAL_JOB_STATES, type CycleImageRecord } from '../../core/records.js';
import { CycleClient, type CycleListQuery } from './client.js';
import { checkImageName, checkSourceId, checkSourceIds, CREATE_BUILD_FIELDS, pageArgs, renameFields } from './validate.js';
import type { CycleImageDto, CycleJobDto } from './dto.js';
import {
  IMAGE_STATES_BY_BUILD_STATUS,
  buildOfImage,
  buildStatusOf,
  cycleJobStates,
  descriptorToJobRecord,
  splitBuildLog,
  toBuildRecord,
  toImageRecord,
  toJobRecord,
  toSourceRecord,
} from './dto.js';
import {
  CYCLE_GET_BY_ID_CONCURRENCY,
  CYCLE_JOB_NOT_FOUND_RETRIES,
  CYCLE_JOB_POLL_INTERVAL_MS,
  type CycleImageFilter,
  type CycleListArgs,
  type CyclePort,
  type CycleTrackOptions,
} from './port.js';
import { loadEach } from '../../core/map-limit.js';
import type { CycleConfig } from '../../config.js';

/** What the adapter connects with: the configuration (`config.ts`) plus the gateway's hooks. */
export interface CycleAdapterConfig extends CycleConfig {
  onCall?: TransportOptions['onCall'];
  /** @default the transport's retry policy */
  retry?: TransportOptions['retry'];
  /** Default first poll interval of trackJob/waitForJob. @default CYCLE_JOB_POLL_INTERVAL_MS */
  jobPollIntervalMs?: number;
}

/** Asked with every image read: the image's source and its container count come in the same answer. */
const IMAGE_EXTRAS = { include: ['sources'], meta: ['containers_count'] };


function imageQuery(args: CycleListArgs<CycleImageFilter> | undefined, states?: string[]): CycleListQuery {
  const f = args?.filter ?? {};
  const wanted = states ?? f.states;
  return {
    ...pageArgs(args),
    filter: {
      search: f.search,
      state: wanted?.length ? wanted.join(',') : undefined,
      source_id: f.sourceId,
      source_type: f.sourceType,
      identifier: f.identifier,
    },
    ...(args?.sort ? { sort: args.sort } : {}),
  };
}

function isTransient(err: Error): boolean {
  return err instanceof RateLimitedError || (err instanceof UpstreamError && (err.status === null || err.status >= 500));
}

/** The Cycle adapter: implements CyclePort over the platform API; every failure is a typed gateway error. */
export function createCycleAdapter(config: CycleAdapterConfig): CyclePort & { close(): Promise<void> } {
  const client = new CycleClient(config);
  const defaultInterval = config.jobPollIntervalMs ?? CYCLE_JOB_POLL_INTERVAL_MS;

  /**
   * One `GET /v1/images/{id}` with the image's source and container count in the same answer
   * (`include=sources`, `meta=containers_count`), so `source` and `build` cost no further call.
   */
  async function getImageRecord(id: string): Promise<CycleImageRecord> {
    const res = await mapUpstream(() => client.getImage(id, IMAGE_EXTRAS));
    return toImageRecord(res.data, res.includes?.sources);
  }

  /** The newest import job of an image, found by searching jobs for its id (null when none or not allowed). */
  async function importJobIdOf(imageId: string): Promise<string | null> {
    try {
      const res = await client.listJobs({ filter: { search: imageId }, sort: ['-id'], pageNumber: 1, pageSize: 10 });
      const job = res.data.find((j) => j.tasks.some((t) => t.header === 'image.import' && t.input.image_id === imageId));
      return job?.id ?? null;
    } catch {
      // The key may lack `apionly-jobs-view`; the build itself is still known.
      return null;
    }
  }

  const port: CyclePort & { close(): Promise<void> } = {
    provider: 'CYCLE',

    async listImages(args) {
      // The page's sources and container counts come with it: `CycleImage.source` then costs no call per source.
      const q = { ...imageQuery(args), ...IMAGE_EXTRAS };
      const res = await mapUpstream(() => client.listImages(q));
      const sources = res.includes?.sources;
      return { items: res.data.map((dto) => toImageRecord(dto, sources)), hasNextPage: res.data.length === q.pageSize };
    },

    async getImage(id) {
      return getImageRecord(id);
    },

    async getImages(ids) {
      return loadEach(ids, CYCLE_GET_BY_ID_CONCURRENCY, getImageRecord, toGatewayError);
    },

    async updateImage(id, patch) {
      checkImageName(patch.name, 'name');
      const res = await mapUpstream(() => client.updateImage(id, { name: patch.name }));
      return toImageRecord(res.data);
    },

    async reimportImage(id) {
      // Not retried: a second import while one runs is Cycle's 409.duplicate-found.
      const res = await mapUpstream(() => client.createImageJob(id, { action: 'import' }));
      const job = descriptorToJobRecord(res.data, 'image.import');
      return { ...job, imageId: job.imageId ?? id };
    },

    findImportJobId: (imageId) => importJobIdOf(imageId),

    async createSource(input) {
      try {
        return toSourceRecord((await client.createSource(input)).data);
      } catch (err) {
        throw toGatewayError(err);
      }
    },

    async updateSource(id, patch) {
      return toSourceRecord((await mapUpstream(() => client.updateSource(id, patch))).data);
    },

    async deleteSource(id) {
      return descriptorToJobRecord((await mapUpstream(() => client.deleteSource(id))).data, 'image.source.delete');
    },

    async deleteImage(id) {
      const res = await mapUpstream(() => client.deleteImage(id));
      const job = descriptorToJobRecord(res.data, 'image.delete');
      return { ...job, imageId: job.imageId ?? id };
    },

    async createImageBuild(input) {
      checkSourceId(input.sourceId, 'sourceId');
      const build = input.buildArgs || input.useDisk !== undefined ? { ...(input.buildArgs ? { args: input.buildArgs } : {}), ...(input.useDisk !== undefined ? { use_disk: input.useDisk } : {}) } : undefined;
      let created: CycleImageDto;
      try {
        created = (
          await client.createImage({
            source_id: input.sourceId,
            ...(input.name ? { name: input.name } : {}),
            ...(build ? { build } : {}),
            ...(input.overrideTarget || input.overrideTargzUrl
              ? { override: { ...(input.overrideTarget ? { target: input.overrideTarget } : {}), ...(input.overrideTargzUrl ? { targz_url: input.overrideTargzUrl } : {}) } }
              : {}),
          })
        ).data;
      } catch (err) {
        throw renameFields(toGatewayError(err), CREATE_BUILD_FIELDS);
      }
      let jobId: string;
      try {
        const descriptor = (await client.createImageJob(created.id, { action: 'import' })).data;
        jobId = descriptor.job?.id ?? '';
      } catch (err) {
        // Nothing half-created: the image record without its import is removed again (best effort).
        await client.deleteImage(created.id).catch(() => undefined);
        throw toGatewayError(err);
      }
      return { ...toBuildRecord(created, jobId || null), status: 'QUEUED', finishedAt: null, reason: null };
    },

    async getBuild(imageId, options = {}) {
      // The import job costs a jobs search; a caller that only needs the status (the log poller) skips it.
      const [image, jobId] = await Promise.all([getImageRecord(imageId), options.withJob === false ? null : importJobIdOf(imageId)]);
      return buildOfImage(image, jobId);
    },

    async listBuilds(args) {
      const statuses = args?.statuses;
      if (statuses && statuses.length === 0) return { items: [], hasNextPage: false };
      const states = statuses ? [...new Set(statuses.flatMap((s) => IMAGE_STATES_BY_BUILD_STATUS[s]))] : undefined;
      if (states && states.length === 0) return { items: [], hasNextPage: false };
      const q = imageQuery(args, states);
      const res = await mapUpstream(() => client.listImages(q));
      // FAILED needs `state.error`, which Cycle cannot filter on: the page is filtered here, so it may be short.
      const items = res.data.filter((i) => !statuses || statuses.includes(buildStatusOf(i))).map((i) => toBuildRecord(i, null));
      return { items, hasNextPage: res.data.length === q.pageSize };
    },

    async getBuildLog(imageId, options = {}) {
      try {
        const res = await client.getBuildLog(imageId);
        return splitBuildLog(res.data.log, options.fromLine ?? 0, options.includePartialLastLine ?? false);
      } catch (err) {
        const mapped = toGatewayError(err);
        // The image exists but has not started an import: an empty log, not an error.
        if (mapped instanceof NotFoundError && mapped.upstreamCode === '404.image.build-log') return [];
        throw mapped;
      }
    },

    async pruneImages(sourceIds) {
      checkSourceIds(sourceIds, 'sourceIds');
      const res = await mapUpstream(() => client.createImagesJob({ action: 'prune', contents: { source_ids: [...sourceIds] } }));
      return descriptorToJobRecord(res.data, 'images.prune');
    },

    async listSources(args) {
      const f = args?.filter ?? {};
      const q: CycleListQuery = {
        ...pageArgs(args),
        filter: { search: f.search, identifier: f.identifier, state: f.states?.length ? f.states.join(',') : undefined },
        ...(args?.sort ? { sort: args.sort } : {}),
      };
      const res = await mapUpstream(() => client.listSources(q));
      return { items: res.data.map(toSourceRecord), hasNextPage: res.data.length === q.pageSize };
    },

    async getSource(id) {
      return toSourceRecord((await mapUpstream(() => client.getSource(id))).data);
    },

    async getSources(ids) {
      return loadEach(ids, CYCLE_GET_BY_ID_CONCURRENCY, async (id) => toSourceRecord((await client.getSource(id)).data), toGatewayError);
    },

    async listJobs(args) {
      const f = args?.filter ?? {};
      const states = f.states ? cycleJobStates(f.states) : undefined;
      if (states && states.length === 0) return { items: [], hasNextPage: false };
      const q: CycleListQuery = {
        ...pageArgs(args),
        filter: {
          state: states?.join(','),
          search: f.search,
          'range-start': f.queuedAfter?.toISOString(),
          'range-end': f.queuedBefore?.toISOString(),
        },
        ...(args?.sort ? { sort: args.sort } : {}),
      };
      const res = await mapUpstream(() => client.listJobs(q));
      return { items: res.data.map(toJobRecord), hasNextPage: res.data.length === q.pageSize };
    },

    async getJob(id) {
      return toJobRecord((await mapUpstream(() => client.getJob(id))).data);
    },

    async trackJob(jobId, onUpdate, signal, options = {}) {
      const base = options.intervalMs ?? defaultInterval;
      const max = Math.max(base, options.maxIntervalMs ?? 10_000);
      const notFoundRetries = options.notFoundRetries ?? CYCLE_JOB_NOT_FOUND_RETRIES;
      const transientRetries = options.transientRetries ?? 5;
      let interval = base;
      let notFound = 0;
      let transient = 0;
      let last: string | undefined;
      for (;;) {
        signal?.throwIfAborted();
        let dto: CycleJobDto | undefined;
        try {
          dto = (await client.getJob(jobId, signal)).data;
          notFound = 0;
          transient = 0;
        } catch (err) {
          if (signal?.aborted) throw signal.reason;
          const mapped = toGatewayError(err);
          // A just-created job may not be visible yet (Cycle's client retries `404.job` too).
          if (mapped instanceof NotFoundError && mapped.upstreamCode === '404.job' && notFound < notFoundRetries) notFound += 1;
          else if (isTransient(mapped) && transient < transientRetries) {
            transient += 1;
            interval = Math.min(max, base * 2 ** transient);
          } else throw mapped;
        }
        if (dto) {
          const record = toJobRecord(dto);
          const fingerprint = JSON.stringify([dto.state, dto.events, dto.tasks.map((t) => [t.state, t.steps, t.error])]);
          if (fingerprint !== last) {
            last = fingerprint;
            interval = base;
            onUpdate(record);
          } else {
            interval = Math.min(max, Math.round(interval * 1.5));
          }
          if (TERMINAL_JOB_STATES.includes(record.state)) return record;
        }
        await sleep(interval, undefined, signal ? { signal } : undefined).catch((err: unknown) => {
          throw signal?.aborted ? signal.reason : err;
        });
      }
    },

    async waitForJob(jobId, options: CycleTrackOptions = {}) {
      const { signal, ...rest } = options;
      return port.trackJob(jobId, () => undefined, signal, rest);
    },

    close() {
      return client.close();
    },
  };
  return port;
}

export type { CyclePort } from './port.js';
