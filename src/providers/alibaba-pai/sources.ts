/**
 * PAI behind the provider-neutral ports the schema consumes (ports.ts): the PAI part of the merged
 * `images` feed, `deleteImage`, `createImageBuild(pai: …)`, `ImageBuild` (status, log, stop) and the
 * PAI-DLC jobs behind builds. Everything goes through PaiPort, so the schema never sees a wire type.
 */
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { BuildSource, BuildStatus, ImageBuildRecord, ImageSource, JobSource, JobState, PaiImageRecord } from '../../core/records.js';
import { decodePaiBuildId, encodePaiBuildId } from './validate.js';
import { UpstreamJobTracker } from '../../events/job-tracker.js';
import type { ProviderSources, WireDeps } from '../wiring.js';
import type { PaiCreateImageBuildInput, PaiPort } from './port.js';
import { MAX_LOG_LINES, MAX_PAGE_SIZE, validateListImages } from './validate.js';
import { PAI_GET_BY_ID_CONCURRENCY } from './adapter.js';
import { loadEach } from '../../core/map-limit.js';
import { inCreatedWindow, olderThanWindow } from '../../core/image-filter.js';

/** The port already answers typed errors; anything else is wrapped, not lost. */
const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/**
 * PAI page size in the merged feed. Fixed (not the merger's `limit`) so that a position, which is just
 * the PAI page number, means the same page on every request whatever `first` the client asks for.
 */
export const PAI_FEED_PAGE_SIZE = 50;
/** DLC pages read at most for one `imageBuilds` list: build jobs are picked out of all DLC jobs. */
export const MAX_BUILD_LIST_PAGES = 3;

/** BuildStatus → the DLC statuses it covers (the inverse of adapter.ts `dlcStatusToBuildStatus`). */
export const BUILD_STATUS_TO_DLC: Record<BuildStatus, string[]> = {
  QUEUED: ['Creating', 'Queuing', 'Bidding', 'EnvPreparing', 'SanityChecking'],
  RUNNING: ['Running', 'Restarting', 'Stopping'],
  SUCCEEDED: ['Succeeded', 'SucceededReserving'],
  FAILED: ['Failed', 'FailedReserving'],
  CANCELLED: ['Stopped'],
};

/** DLC has no EXPIRED jobs; the others map as builds do. */
function dlcStatuses(states: readonly (BuildStatus | JobState)[] | undefined): string[] | undefined {
  if (!states?.length) return undefined;
  return states.flatMap((s) => (s === 'EXPIRED' ? [] : BUILD_STATUS_TO_DLC[s]));
}

const nonNull = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

// ------------------------------------------------------------------------------------ images

export function paiImageSource(pai: PaiPort): ImageSource {
  return {
    getImages: (ids) => pai.getImages(ids),
    /**
     * One ListImages per position (a page number, newest first). ListImages has no time filter and its
     * `Query` matches name or description, not the reference, so the feed's filters apply to the page
     * here; the list is newest first, so the first image older than `createdAfter` ends the lane.
     */
    async listImages({ position, filter }) {
      const pageNumber = position === null ? 1 : Number(position);
      if (!Number.isInteger(pageNumber) || pageNumber < 1) throw ValidationError.field('after', 'is not a cursor of this list', 'PAI');
      const pf = filter.pai;
      if (pf) validateListImages({ labels: pf.labels ? Object.fromEntries(pf.labels.map((l) => [l.key, l.value])) : undefined }, 'filter.pai');
      const page = await pai.listImages({
        pageNumber,
        pageSize: PAI_FEED_PAGE_SIZE,
        order: 'DESC',
        name: nonNull(pf?.name) || undefined,
        labels: pf?.labels?.length ? Object.fromEntries(pf.labels.map((l) => [l.key, l.value])) : undefined,
        accessibility: nonNull(pf?.accessibility),
        verbose: nonNull(pf?.verbose),
      });
      const search = filter.search?.toLowerCase();
      let older = false;
      const items = page.items.filter((image: PaiImageRecord) => {
        if (olderThanWindow(image.createdAt, filter)) older = true;
        if (!inCreatedWindow(image.createdAt, filter)) return false;
        return !search || image.name.toLowerCase().includes(search) || image.imageUri.toLowerCase().includes(search) || image.id.toLowerCase() === search;
      });
      return { items, next: page.hasNextPage && !older ? String(pageNumber + 1) : null };
    },
  };
}

/** RemoveImage; a missing image is reported as `notFound` (the mutation answers NotFoundError). */
export function paiImageDeleter(pai: PaiPort) {
  return async (localId: string): Promise<{ job: null; notFound?: boolean }> => {
    try {
      await pai.removeImage(localId);
      return { job: null };
    } catch (err) {
      if (err instanceof NotFoundError) return { job: null, notFound: true };
      throw err;
    }
  };
}

// ------------------------------------------------------------------------------------ builds

/** The record under the local id the schema exposes (see build-key.ts). */
function withLocalId(record: ImageBuildRecord, localId: string): ImageBuildRecord {
  return { ...record, id: localId, providerBuildId: record.providerBuildId ?? record.id };
}

function localIdOf(record: ImageBuildRecord, region: string): string {
  return encodePaiBuildId({ region: record.region ?? region, buildId: record.id, jobId: record.jobId ?? '' });
}

/**
 * `createImageBuild(input: {pai})`: CreateImageBuild with a ClientToken (the client's, else one the
 * adapter generates and reuses on every retry of this call). The adapter validates every field, with
 * paths under `input.pai`, before the call.
 */
export function paiBuildCreator(pai: PaiPort) {
  return async (input: PaiCreateImageBuildInput): Promise<ImageBuildRecord> => {
    const record = await pai.createImageBuild(input);
    return withLocalId(record, localIdOf(record, pai.region));
  };
}

export function paiBuildSource(pai: PaiPort): BuildSource {
  return {
    /** One GetJob per build (+ one ListImages once succeeded); no batch read exists. */
    async getBuilds(ids) {
      return loadEach(ids, PAI_GET_BY_ID_CONCURRENCY, async (id) => withLocalId(await pai.getBuild(decodePaiBuildId(id)), id), asError);
    },

    /** Newest first; build jobs are recognised among DLC jobs (see adapter.ts listBuilds). */
    async listBuilds({ statuses, limit }) {
      const out: ImageBuildRecord[] = [];
      const wanted = statuses?.length ? new Set(statuses) : null;
      const pageSize = Math.min(Math.max(limit, 1), MAX_PAGE_SIZE);
      for (let pageNumber = 1; pageNumber <= MAX_BUILD_LIST_PAGES && out.length < limit; pageNumber++) {
        const page = await pai.listBuilds({ pageNumber, pageSize, statuses: dlcStatuses(statuses) });
        // Filtered here as well: the real ListJobs may take a single status only.
        for (const record of page.items) if (!wanted || wanted.has(record.status)) out.push(withLocalId(record, localIdOf(record, pai.region)));
        if (!page.hasNextPage) break;
      }
      return out.slice(0, limit);
    },

    /** Pod log lines, 0-based and stable. GetPodLogs reads at most MAX_LOG_LINES from the job's start. */
    async getLog(id, fromLine, limit) {
      const { jobId } = decodePaiBuildId(id);
      const room = Math.min(limit, MAX_LOG_LINES - fromLine);
      if (room <= 0) return [];
      return pai.getBuildLog(jobId, { fromLine, limit: room });
    },

    /** PAI-DLC StopJob; a finished build is a ConflictError (adapter). */
    async stop(id) {
      return withLocalId(await pai.stopBuild(decodePaiBuildId(id, 'input.id')), id);
    },
  };
}

// ------------------------------------------------------------------------------------ jobs

export function paiJobSource(pai: PaiPort, tracker: UpstreamJobTracker): JobSource {
  return {
    /** One GetJob per id (DLC ListJobs can filter by `JobIds`, but without pods or status history). */
    async getJobs(ids) {
      return loadEach(ids, PAI_GET_BY_ID_CONCURRENCY, (id) => pai.getJob(id), asError);
    },

    async listJobs({ states, limit }) {
      const statuses = dlcStatuses(states);
      if (states?.length && !statuses?.length) return []; // only EXPIRED asked for: DLC has none
      const page = await pai.listJobs({ pageNumber: 1, pageSize: Math.min(Math.max(limit, 1), MAX_PAGE_SIZE), statuses });
      const wanted = states?.length ? new Set<JobState>(states) : null;
      return page.items.filter((job) => !wanted || wanted.has(job.state)).slice(0, limit);
    },

    follow: (id) => tracker.follow(id),
  };
}

/** What PAI joins: the `images` feed (and `deleteImage`), builds and PAI-DLC jobs; `close` stops the job tracker. */
export function paiSources(pai: PaiPort, deps: Pick<WireDeps, 'pubsub' | 'pollCoordinator'>): ProviderSources {
  const tracker = new UpstreamJobTracker('PAI', (id) => pai.getJob(id), deps.pubsub, { coordinator: deps.pollCoordinator });
  return {
    images: paiImageSource(pai),
    deleteImage: paiImageDeleter(pai),
    builds: paiBuildSource(pai),
    jobs: paiJobSource(pai, tracker),
    close: () => tracker.close(),
  };
}
