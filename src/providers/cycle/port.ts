/**
 * The Cycle.io port: what the schema may ask of Cycle, in provider-neutral records. Implemented by
 * `adapter.ts` over the platform API (`client.ts`). Ids are Cycle's own (24-hex ObjectIds).
 */
import type { CycleImageSourceRecord } from '../../core/records.js';
import type { BuildLogLine, BuildStatus, CycleImageRecord, ImageBuildRecord, JobRecord, JobState, Page } from '../../core/records.js';

/**
 * Images fetched by id are one `GET /v1/images/{id}` each: the spec offers no id filter on
 * `GET /v1/images` (`filter[identifier]` matches a human identifier, which images do not even have).
 * This many such calls run at once per batch; the transport's pool caps the total as well.
 */
export const CYCLE_GET_BY_ID_CONCURRENCY = 8;

/** Largest `page[size]` the adapter asks for. The spec documents no maximum; its example uses 20. */
export const CYCLE_MAX_PAGE_SIZE = 100;
/** @default page size when none is given (the spec's "20 results per page"). */
export const CYCLE_DEFAULT_PAGE_SIZE = 20;

/** Cycle's own client polls `GET /v1/jobs/{id}` this often (`api-client-typescript` `src/jobs.ts`). */
export const CYCLE_JOB_POLL_INTERVAL_MS = 2000;
/** …and retries `404.job` this many times, because a just-created job may not be visible yet. */
export const CYCLE_JOB_NOT_FOUND_RETRIES = 5;

export type { CycleImageSourceRecord };

export interface CycleImageFilter {
  /** `filter[search]`: matches name, id and target. */
  search?: string;
  /** `filter[state]`: Cycle image states (`live`, `building`…); by default Cycle hides `deleted`. */
  states?: string[];
  /** `filter[source_id]`. */
  sourceId?: string;
  /** `filter[source_type]`: `direct`, `stack-build`, `bucket`. */
  sourceType?: string;
  /** `filter[identifier]`: the identifier of the image's source. */
  identifier?: string;
}

export interface CycleListArgs<F> {
  /** 1-based. @default 1 */
  pageNumber?: number;
  /** @default CYCLE_DEFAULT_PAGE_SIZE, at most CYCLE_MAX_PAGE_SIZE */
  pageSize?: number;
  filter?: F;
  /** Cycle sort keys, `-` for descending: `-id` (newest first), `name`, `created`… @default Cycle's order */
  sort?: string[];
}

export interface CycleSourceFilter {
  search?: string;
  identifier?: string;
  /** `live`, `deleting`, `deleted`. */
  states?: string[];
}

export interface CycleJobFilter {
  /** Gateway states; mapped to Cycle's (`QUEUED` → new, queued, scheduled…). `CANCELLED` has no Cycle equivalent. */
  states?: JobState[];
  search?: string;
  /** Jobs queued at or after this time (`filter[range-start]`). */
  queuedAfter?: Date;
  /** Jobs queued at or before this time (`filter[range-end]`). */
  queuedBefore?: Date;
}

/** Cycle's own limit on image names (the emulator answers `422.invalid-argument` past it). */
export const CYCLE_IMAGE_NAME_MAX = 256;

export interface CycleCreateImageBuildInput {
  sourceId: string;
  /** @default Cycle names it after the source and the time */
  name?: string;
  buildArgs?: Record<string, string>;
  /** Build on disk instead of `/dev/shm` (large images). @default false */
  useDisk?: boolean;
  /** Override the source's target (docker-hub/registry) for this image only. */
  overrideTarget?: string;
  /** Override the source's tarball URL (docker-file origins) for this image only. */
  overrideTargzUrl?: string;
}

/** `POST /v1/images/sources` body, already checked by the schema (credentials pass through, never stored). */
export type CycleCreateSourceInput = import('./dto.js').CycleCreateImageSourceBody;
export type CycleUpdateSourceInput = import('./dto.js').CycleUpdateImageSourceBody;

export interface CycleBuildLogOptions {
  /** First line to return (0-based, stable across calls). @default 0 */
  fromLine?: number;
  /**
   * Also return a last line that has no newline yet. Leave it off while the build runs: the factory
   * flushes mid-line, and the same line number would later carry longer text. Turn it on once the
   * build is terminal. @default false
   */
  includePartialLastLine?: boolean;
}

export interface CycleTrackOptions {
  /** First poll interval; grows ×1.5 while the job does not change, and resets when it does. @default CYCLE_JOB_POLL_INTERVAL_MS */
  intervalMs?: number;
  /** Ceiling of the interval (also for backoff after transient errors). @default 10000 */
  maxIntervalMs?: number;
  /** `404.job` answers tolerated before giving up. @default CYCLE_JOB_NOT_FOUND_RETRIES */
  notFoundRetries?: number;
  /** Consecutive transient failures (5xx, 429, unreachable) tolerated. @default 5 */
  transientRetries?: number;
  signal?: AbortSignal;
}

export interface CyclePort {
  readonly provider: 'CYCLE';

  /** `GET /v1/images`. `hasNextPage` is inferred from a full page (Cycle reports no total). */
  listImages(args?: CycleListArgs<CycleImageFilter>): Promise<Page<CycleImageRecord>>;
  /** `GET /v1/images/{id}`; throws NotFoundError (`404.image`). */
  getImage(id: string): Promise<CycleImageRecord>;
  /** DataLoader batch: a record or an Error per id, in key order (one GET each, see CYCLE_GET_BY_ID_CONCURRENCY). */
  getImages(ids: readonly string[]): Promise<(CycleImageRecord | Error)[]>;
  /** `PATCH /v1/images/{id}`. */
  updateImage(id: string, patch: { name: string }): Promise<CycleImageRecord>;
  /** `DELETE /v1/images/{id}` → the deletion job (QUEUED, from the job descriptor; follow it with trackJob). */
  deleteImage(id: string): Promise<JobRecord>;
  /** `POST /v1/images/{id}/tasks {action:"import"}` on an existing image → the import job. */
  reimportImage(id: string): Promise<JobRecord>;
  /** The newest import job of an image (one jobs search), or null. */
  findImportJobId(imageId: string): Promise<string | null>;

  /**
   * `POST /v1/images` then `POST /v1/images/{id}/tasks {action:"import"}`. If the import is refused,
   * the just-created image is deleted again (best effort) so nothing is half-created.
   */
  createImageBuild(input: CycleCreateImageBuildInput): Promise<ImageBuildRecord>;
  /** The build of an image, from its state; `jobId` is the newest import job found for it. */
  getBuild(imageId: string, options?: { withJob?: boolean }): Promise<ImageBuildRecord>;
  /** Builds are images seen as builds (`jobId` is null here: one jobs lookup per build would be N+1). */
  listBuilds(args?: CycleListArgs<CycleImageFilter> & { statuses?: BuildStatus[] }): Promise<Page<ImageBuildRecord>>;
  /** `GET /v1/images/{id}/build-log`, split into stable 0-based lines; [] while the image has no log yet. */
  getBuildLog(imageId: string, options?: CycleBuildLogOptions): Promise<BuildLogLine[]>;
  /** `POST /v1/images/tasks {action:"prune"}` → the prune job. */
  pruneImages(sourceIds: readonly string[]): Promise<JobRecord>;

  listSources(args?: CycleListArgs<CycleSourceFilter>): Promise<Page<CycleImageSourceRecord>>;
  getSource(id: string): Promise<CycleImageSourceRecord>;
  getSources(ids: readonly string[]): Promise<(CycleImageSourceRecord | Error)[]>;
  /** `POST /v1/images/sources` (201). */
  createSource(input: CycleCreateSourceInput): Promise<CycleImageSourceRecord>;
  /** `PATCH /v1/images/sources/{id}`. */
  updateSource(id: string, patch: CycleUpdateSourceInput): Promise<CycleImageSourceRecord>;
  /** `DELETE /v1/images/sources/{id}` (202) → the deletion job. */
  deleteSource(id: string): Promise<JobRecord>;

  listJobs(args?: CycleListArgs<CycleJobFilter>): Promise<Page<JobRecord>>;
  /** `GET /v1/jobs/{id}`; throws NotFoundError (`404.job`). */
  getJob(id: string): Promise<JobRecord>;
  /**
   * Follows a job as Cycle's own client does: polls, tolerates `404.job` a few times, calls `onUpdate`
   * with the first snapshot and every change, and resolves with the terminal record
   * (completed → SUCCEEDED, error → FAILED, expired → EXPIRED). Rejects with the abort reason on abort.
   */
  trackJob(jobId: string, onUpdate: (job: JobRecord) => void, signal?: AbortSignal, options?: Omit<CycleTrackOptions, 'signal'>): Promise<JobRecord>;
  /** trackJob without updates. */
  waitForJob(jobId: string, options?: CycleTrackOptions): Promise<JobRecord>;
}
