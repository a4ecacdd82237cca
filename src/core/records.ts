/**
 * Provider-neutral records and the ports the schema consumes. Adapters (`src/providers/<name>/adapter.ts`)
 * map wire DTOs to these; the schema never sees a wire type. Ids in records are the provider's own ids;
 * the schema wraps them into Relay global ids that carry the provider.
 */
import type { Provider } from './provider.js';

export type { Provider };

/** One page of a provider list. `hasNextPage` is what the provider says (or infers from a full page). */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  /** When the provider reports a total (SWR `Content-Range`, PAI `TotalCount`). */
  total?: number;
}

export type JobState = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'EXPIRED';
export const TERMINAL_JOB_STATES: readonly JobState[] = ['SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED'];

export type BuildStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export const TERMINAL_BUILD_STATUSES: readonly BuildStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

interface ImageRecordBase {
  /** Provider-local id (Docker image id `sha256:…`, Cycle image id, PAI image id). */
  id: string;
  name: string;
  /** A pullable reference, when the provider knows one. */
  reference: string | null;
  digest: string | null;
  sizeBytes: number | null;
  createdAt: Date | null;
  labels: Record<string, string>;
}

export interface DockerImageRecord extends ImageRecordBase {
  provider: 'DOCKER';
  repoTags: string[];
  repoDigests: string[];
  /** From inspect; undefined until inspected (list calls do not carry them). */
  architecture?: string | null;
  os?: string | null;
  /** The run configuration from inspect; undefined until inspected. */
  config?: DockerImageConfigRecord;
  /** The engine this image lives on (its configured name). */
  engine: string;
}

/** What a container of a Docker image runs with unless told otherwise (inspect `Config`). */
export interface DockerImageConfigRecord {
  env: string[];
  cmd: string[] | null;
  entrypoint: string[] | null;
  workingDir: string | null;
  user: string | null;
  labels: Record<string, string>;
  /** `80/tcp`, `53/udp`, sorted. */
  exposedPorts: string[];
}

/** One step of a Docker image's history (`GET /images/{id}/history`), newest first. */
export interface DockerImageHistoryRecord {
  /** The image id of the step, or null where the engine says `<missing>` (a layer it has no image for). */
  imageId: string | null;
  createdAt: Date | null;
  createdBy: string;
  tags: string[];
  sizeBytes: number;
  comment: string;
}

export interface CycleImageRecord extends ImageRecordBase {
  provider: 'CYCLE';
  /** Cycle's image state: new, downloading, building, verifying, saving, live, deleting, deleted. */
  state: string;
  sourceId: string | null;
  sourceType: string | null;
  creatorId: string | null;
  /** Config summary (command, entrypoint, exposed ports…) as Cycle reports it. */
  config: Record<string, unknown> | null;
  updatedAt: Date | null;
  /** `state.error.message`: a failed import leaves it set. */
  stateError?: string | null;
  /** `state.changed`. */
  stateChangedAt?: Date | null;
  /** `meta.containers_count.total`, when the call asked for it. */
  containersCount?: number | null;
  /** The image's source as the list or get returned it (`include=sources`); undefined when not included. */
  source?: CycleImageSourceRecord | null;
  /** What the source pulls or builds from: a registry reference, a repository or tarball URL. */
  sourceTarget?: string | null;
}

export interface PaiImageRecord extends ImageRecordBase {
  provider: 'PAI';
  workspaceId: string | null;
  accessibility: 'PUBLIC' | 'PRIVATE' | null;
  imageUri: string;
  description: string | null;
  userId: string | null;
  updatedAt: Date | null;
}

export type ImageRecord = DockerImageRecord | CycleImageRecord | PaiImageRecord;

export interface JobTaskRecord {
  caption: string;
  state: JobState;
  steps: { caption: string; startedAt: Date | null; completedAt: Date | null }[];
  error: string | null;
}

/** Per-layer progress of a Docker pull/import. */
export interface JobLayerRecord {
  id: string;
  status: string;
  current: number | null;
  total: number | null;
}

export interface JobRecord {
  provider: Provider;
  /** Provider-local id (Cycle job id, PAI-DLC job id, or the gateway's own id for Docker jobs). */
  id: string;
  /** What the job does: `pull`, `import`, `image.delete`, `image.import`, `images.prune`, `build`… */
  action: string;
  state: JobState;
  /** 0..1 when known. */
  progress: number | null;
  caption: string | null;
  tasks: JobTaskRecord[];
  layers: JobLayerRecord[];
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** Provider-local id of the image the job acts on or produced. */
  imageId: string | null;
}

export interface BuildLogLine {
  /** Stable, 0-based line number: a client resumes with `fromLine`. */
  number: number;
  text: string;
}

export interface ImageBuildRecord {
  provider: 'CYCLE' | 'PAI';
  /** Provider-local id (Cycle image id; PAI image build id). */
  id: string;
  status: BuildStatus;
  /** Provider-local id of the produced image, once known. */
  imageId: string | null;
  /** Provider-local id of the job running the build (Cycle import job, PAI-DLC job). */
  jobId: string | null;
  /** The image reference the build produces (a registry reference), or null when it has none (a Dockerfile build on Cycle). */
  targetImage: string | null;
  /** Cycle: the image source the build was made from. */
  sourceId?: string | null;
  /** Cycle: what the source pulls or builds from (a repository URL, a tarball URL, a registry reference). */
  sourceTarget?: string | null;
  createdAt: Date | null;
  finishedAt: Date | null;
  /** The provider's own id of the build (PAI `ImageBuildId`, `build-…`; Cycle the image id) when `id` is a gateway-made local id. */
  providerBuildId?: string;
  /** PAI: the region the build ran in (part of the global id, so no database is needed). */
  region?: string | null;
  reason?: string | null;
  /** The produced image, when the provider returned it with the build (Cycle); saves a load. */
  image?: ImageRecord | null;
}

/**
 * What the schema needs from a provider that has jobs. Docker jobs come from the gateway's own job
 * store; Cycle and PAI-DLC jobs are read upstream and followed by a tracker that publishes every
 * change on the same `job:updated` topic, so `jobUpdated` works the same for all of them.
 */
export interface JobSource {
  /** Values or `Error`s, in key order. */
  getJobs(ids: readonly string[]): Promise<(JobRecord | Error)[]>;
  /** Newest first. */
  listJobs(filter: { states?: JobState[]; limit: number }): Promise<JobRecord[]>;
  /**
   * Starts following an upstream job (polling) until it ends, publishing changes; returns the release
   * function. Absent for jobs the gateway runs itself (they publish as they change).
   */
  follow?(id: string): () => void;
}

export interface ImageListFilter {
  search?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  /** PAI ListImages filters, passed upstream (`images(filter: {pai})`). */
  pai?: PaiImageListFilter | null;
}

/** The ListImages parameters `images(filter: {pai: …})` passes through to PAI. */
export interface PaiImageListFilter {
  /** `Name`: fuzzy match on the image name. */
  name?: string | null;
  /** `Labels`: every pair must match. */
  labels?: { key: string; value: string }[] | null;
  accessibility?: 'PUBLIC' | 'PRIVATE' | null;
  /** `Verbose`; false leaves labels out of the answer. @default true */
  verbose?: boolean | null;
}

/** One page of a provider list, with the provider's own position of the page after it. */
export interface PositionedPage<T> {
  items: T[];
  /** Opaque to the merger: Docker's list offset, Cycle/PAI page numbers. Null on the last page. */
  next: string | null;
}

/** What the merged `images` feed needs from a provider. Lists are newest first. */
export interface ImageSource {
  getImages(ids: readonly string[]): Promise<(ImageRecord | Error)[]>;
  /** `position` null means the first page. */
  listImages(args: { position: string | null; limit: number; filter: ImageListFilter }): Promise<PositionedPage<ImageRecord>>;
}

/** What the schema needs from a provider that builds images (Cycle, PAI). */
export interface BuildSource {
  getBuilds(ids: readonly string[]): Promise<(ImageBuildRecord | Error)[]>;
  listBuilds(filter: { statuses?: BuildStatus[]; limit: number }): Promise<ImageBuildRecord[]>;
  /** Lines `fromLine` (0-based) onwards, at most `limit`. */
  getLog(id: string, fromLine: number, limit: number): Promise<BuildLogLine[]>;
  /** The job running a build, when that is cheaper than loading the whole build (Cycle: one jobs search, no image read). */
  getJobId?(id: string): Promise<string | null>;
  stop?(id: string): Promise<ImageBuildRecord>;
  /** Just the status, when that is cheaper than the whole build (the log poller asks every tick). */
  getStatus?(id: string): Promise<BuildStatus>;
}

/** An image source: where Cycle builds or pulls images from. Credentials in its origin are never carried. */
export interface CycleImageSourceRecord {
  provider: 'CYCLE';
  id: string;
  /** Human-readable slug; not unique. */
  identifier: string;
  name: string;
  /** `direct`, `stack-build` or `bucket`. */
  type: string;
  /** `docker-hub`, `docker-file`, `docker-registry`, `oci-registry`, `cycle-upload`, `cycle-source`, `none`. */
  originType: string;
  /** What the source pulls (`nginx:1.25-alpine`, `registry.example.com/acme/api:2`) or builds (a repository URL). */
  target: string | null;
  /** `live`, `deleting`, `deleted`. */
  state: string;
  description: string | null;
  creatorId: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}
