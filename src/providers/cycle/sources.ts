/**
 * The Cycle port seen through the provider-neutral ports the schema consumes: the merged `images`
 * feed (ImageSource), `jobs`/`jobUpdated` (JobSource) and `imageBuilds`/`buildLog` (BuildSource).
 * Ids are Cycle's own; the schema wraps them into global ids.
 */
import { ValidationError } from '../../core/errors.js';
import { toGatewayError } from '../../http/errors.js';
import { UpstreamJobTracker } from '../../events/job-tracker.js';
import type { PollCoordinator } from '../../events/poll-coordinator.js';
import type { GatewayPubSub } from '../../events/pubsub.js';
import { TERMINAL_BUILD_STATUSES, type BuildSource, type ImageBuildRecord, type ImageListFilter, type ImageRecord, type ImageSource, type JobSource } from '../../core/records.js';
import { loadEach } from '../../core/map-limit.js';
import { CYCLE_GET_BY_ID_CONCURRENCY, CYCLE_JOB_NOT_FOUND_RETRIES, CYCLE_JOB_POLL_INTERVAL_MS, CYCLE_MAX_PAGE_SIZE, type CyclePort } from './port.js';
import { inCreatedWindow, olderThanWindow } from '../../core/image-filter.js';
import type { ProviderSources, WireDeps } from '../wiring.js';

/**
 * Newest first for the merged feed. `-id` rather than `-created`: a Cycle id is an ObjectId whose
 * leading bytes are its creation second, it is unique (a stable order for page numbers), and it is the
 * key Cycle's own dashboard sorts on.
 */
export const CYCLE_NEWEST_FIRST = ['-id'];

/**
 * The merge cursor's position for Cycle: the page number, qualified by the page size it was counted in
 * (`3:20` is page 3 of pages of 20). Cycle pages by number only, so a position without its size would
 * point somewhere else if the next request asked for pages of another size.
 */
export function encodeCyclePosition(pageNumber: number, pageSize: number): string {
  return `${pageNumber}:${pageSize}`;
}

export function decodeCyclePosition(position: string | null, fallbackSize: number): { pageNumber: number; pageSize: number } {
  const m = position === null ? null : /^(\d+)(?::(\d+))?$/.exec(position);
  // A position this source did not write is refused (as every source does), not read as page 1.
  if (position !== null && !m) throw ValidationError.field('after', 'is not a cursor of this list', 'CYCLE');
  const size = Math.min(Math.max(1, Number(m?.[2] ?? fallbackSize)), CYCLE_MAX_PAGE_SIZE);
  return { pageNumber: Math.max(1, Number(m?.[1] ?? 1)), pageSize: size };
}

/** Cycle has no date filter on images: the page is filtered here, and a page older than `createdAfter` ends the list. */
function applyDates(items: ImageRecord[], filter: ImageListFilter): { items: ImageRecord[]; pastTheEnd: boolean } {
  if (!filter.createdAfter && !filter.createdBefore) return { items, pastTheEnd: false };
  // Newest first: once the last item is older than `createdAfter`, every later page is too.
  return { items: items.filter((i) => inCreatedWindow(i.createdAt, filter)), pastTheEnd: olderThanWindow(items.at(-1)?.createdAt, filter) };
}

export function cycleImageSource(cycle: CyclePort): ImageSource {
  return {
    getImages: (ids) => cycle.getImages(ids),
    async listImages({ position, limit, filter }) {
      const { pageNumber, pageSize } = decodeCyclePosition(position, limit);
      const search = filter.search?.trim();
      const page = await cycle.listImages({ pageNumber, pageSize, sort: CYCLE_NEWEST_FIRST, ...(search ? { filter: { search } } : {}) });
      const { items, pastTheEnd } = applyDates(page.items, filter);
      return { items, next: page.hasNextPage && !pastTheEnd ? encodeCyclePosition(pageNumber + 1, pageSize) : null };
    },
  };
}

/** How many builds' terminal state is remembered (see `cycleBuildSource`). */
const ENDED_BUILDS_REMEMBERED = 1000;

/**
 * Builds are Cycle images seen from their import. `getLog` returns a last line without its newline
 * only once the build is known to have ended: while it runs the factory flushes mid-line, and the
 * same line number would later carry longer text. Both the poller and the `log` field read the
 * build's status before its log, so "known to have ended" costs no extra call.
 */
export function cycleBuildSource(cycle: CyclePort): BuildSource {
  const ended = new Set<string>();
  const remember = (build: ImageBuildRecord) => {
    if (!TERMINAL_BUILD_STATUSES.includes(build.status) || ended.has(build.id)) return;
    ended.add(build.id);
    if (ended.size > ENDED_BUILDS_REMEMBERED) ended.delete(ended.values().next().value!);
  };
  return {
    /** Two calls per build (the image and a jobs search for its import), at most CYCLE_GET_BY_ID_CONCURRENCY builds at a time. */
    async getBuilds(ids) {
      return loadEach(
        ids,
        CYCLE_GET_BY_ID_CONCURRENCY,
        async (id) => {
          const build = await cycle.getBuild(id);
          remember(build);
          return build;
        },
        toGatewayError,
      );
    },
    async getStatus(id) {
      const build = await cycle.getBuild(id, { withJob: false });
      remember(build);
      return build.status;
    },
    async listBuilds({ statuses, limit }) {
      const page = await cycle.listBuilds({ pageSize: Math.min(limit, CYCLE_MAX_PAGE_SIZE), sort: CYCLE_NEWEST_FIRST, ...(statuses ? { statuses } : {}) });
      page.items.forEach(remember);
      return page.items;
    },
    getJobId: (id) => cycle.findImportJobId(id),
    async getLog(id, fromLine, limit) {
      const lines = await cycle.getBuildLog(id, { fromLine, includePartialLastLine: ended.has(id) });
      return lines.slice(0, limit);
    },
    // No `stop`: Cycle jobs cannot be cancelled, so stopImageBuild answers UnsupportedOperationError.
  };
}

export interface CycleJobSource extends JobSource {
  /** Jobs followed upstream right now (one tracker per job however many subscribers). */
  activeTrackers(): number;
  /** Upstream trackers started so far, for tests and the bench. */
  trackersStarted(): number;
  /** Stops every tracker (gateway shutdown). */
  close(): void;
}

/**
 * Cycle jobs, read upstream. `follow` joins the one shared tracker of the job (src/events/job-tracker.ts:
 * refcounted, lease-coordinated across replicas), polling the way Cycle's own client does: every 2 s,
 * backing off while nothing changes, tolerating `404.job` a few times (a job just created may not be
 * readable yet), ending at completed, error or expired. Every change is published on `job:updated`,
 * so `jobUpdated` works for Cycle jobs exactly as it does for Docker ones.
 */
export function cycleJobSource(
  cycle: CyclePort,
  pubsub: GatewayPubSub,
  options: { intervalMs?: number; coordinator?: PollCoordinator } = {},
): CycleJobSource {
  const tracker = new UpstreamJobTracker('CYCLE', (id) => cycle.getJob(id), pubsub, {
    minIntervalMs: options.intervalMs ?? CYCLE_JOB_POLL_INTERVAL_MS,
    maxIntervalMs: Math.max(options.intervalMs ?? CYCLE_JOB_POLL_INTERVAL_MS, 10_000),
    maxNotFound: CYCLE_JOB_NOT_FOUND_RETRIES,
    coordinator: options.coordinator,
  });
  return {
    async getJobs(ids) {
      return loadEach(ids, CYCLE_GET_BY_ID_CONCURRENCY, (id) => cycle.getJob(id), toGatewayError);
    },
    async listJobs({ states, limit }) {
      const page = await cycle.listJobs({ pageSize: Math.min(limit, CYCLE_MAX_PAGE_SIZE), sort: CYCLE_NEWEST_FIRST, ...(states ? { filter: { states } } : {}) });
      return page.items;
    },
    follow: (id) => tracker.follow(id),
    activeTrackers: () => tracker.activeCount(),
    trackersStarted: () => tracker.started,
    close: () => tracker.close(),
  };
}

/** What Cycle joins: the `images` feed (and `deleteImage`), builds and jobs; `close` stops the job trackers. */
export function cycleSources(cycle: CyclePort, deps: Pick<WireDeps, 'pubsub' | 'pollCoordinator'>): ProviderSources {
  const jobs = cycleJobSource(cycle, deps.pubsub, { coordinator: deps.pollCoordinator });
  return {
    images: cycleImageSource(cycle),
    // A missing image is thrown as the adapter's NotFoundError (not `notFound`) so it keeps Cycle's code `404.image`.
    deleteImage: async (id) => ({ job: await cycle.deleteImage(id) }),
    builds: cycleBuildSource(cycle),
    jobs,
    close: () => jobs.close(),
  };
}
