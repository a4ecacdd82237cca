/**
 * Cycle.io platform API wire types (subset: images, image sources, build logs, jobs), transcribed from
 * the vendored spec `test/contracts/specs/cycle/cycle-platform-api-images-jobs.yml`
 * (cycleplatform/api-spec `e9bc7e9b`). Only the adapter and the emulator see these; the schema sees records.
 */
import type { BuildLogLine, BuildStatus, CycleImageRecord, CycleImageSourceRecord, ImageBuildRecord, JobRecord, JobState, JobTaskRecord } from '../../core/records.js';

/** A 24-hex ObjectId (`components/schemas/ID`). */
export type CycleId = string;
/** RFC 3339; `0001-01-01T00:00:00Z` means "not set" (Go zero time). */
export type CycleDateTime = string;

/** The Go zero time Cycle uses for timestamps that are not set yet. */
export const CYCLE_ZERO_TIME = '0001-01-01T00:00:00Z';

/** `components/schemas/Error`. Note: the spec's `required` is the single string `"status, code, title"`. */
export interface CycleErrorDto {
  status: number;
  code: string;
  title: string;
  detail?: string;
  /** A JSON pointer into the request body, e.g. `/name`. */
  source?: string;
  extra?: { capability?: string };
}

export interface CycleErrorEnvelope {
  error: CycleErrorDto;
  data: null;
}

/** The root document of every successful answer. */
export interface CycleEnvelope<T, I = Record<string, unknown>> {
  data: T;
  includes?: I;
}

export interface CycleCreatorScope {
  id: CycleId;
  type: 'account' | 'environment' | 'platform' | 'platform-pipeline' | 'employee' | 'api-key' | 'visitor';
}

export interface CycleStateDto<S extends string> {
  current: S;
  changed: CycleDateTime;
  error?: { message?: string; time?: CycleDateTime };
}

export const CYCLE_IMAGE_STATES = ['new', 'uploading', 'downloading', 'building', 'verifying', 'saving', 'live', 'deleting', 'deleted'] as const;
export type CycleImageState = (typeof CYCLE_IMAGE_STATES)[number];

export type CycleImageSourceType = 'stack-build' | 'direct' | 'bucket';

export type CycleImageOriginDto =
  | { type: 'docker-hub'; details: { target: string; username?: string; token?: string; existing?: { source_id?: string } | null } }
  | {
      type: 'docker-file';
      details: {
        repo?: { url: string; branch?: string; ref?: unknown } | null;
        targz_url?: string | null;
        context_dir?: string | null;
        build_file?: string | null;
        credentials?: unknown[] | null;
        existing?: { source_id?: string } | null;
      };
    }
  | { type: 'docker-registry'; details: { target: string; url: string; username?: string; token?: string; password?: string } }
  | { type: 'oci-registry'; details: { target: string; url: string; auth?: Record<string, unknown> | null } }
  | { type: 'cycle-upload'; details: { expires: CycleDateTime; token: string } }
  | { type: 'cycle-source'; details: { source_id: CycleId } }
  | { type: 'none' };

export interface CycleImageSourceRefDto {
  type: CycleImageSourceType;
  details: { id: string; origin: CycleImageOriginDto; stack_id?: string; containers?: string[] };
  override?: { target?: string; targz_url?: string };
}

export interface CycleImageConfigDto {
  user: string;
  ports: { host: number; container: number; type: string }[];
  env: Record<string, string>;
  labels: Record<string, string>;
  command: string[];
  entrypoint: string[];
  volumes: { path?: string; mode?: 'ro' | 'rw' }[];
  workdir: string;
  signal_stop: string;
}

export interface CycleStateCountSummary {
  state: Record<string, number>;
  total: number;
  available: number;
}

export interface CycleImageDto {
  id: CycleId;
  hub_id: CycleId;
  name: string;
  size: number;
  about?: { description: string | null };
  backend: { provider: string; size: number; file_name: string; file_id: string };
  requires: { nvidia_gpu?: boolean };
  build?: { args?: Record<string, string>; use_disk?: boolean } | null;
  builder?: { integration_id: CycleId } | null;
  config: CycleImageConfigDto;
  source?: CycleImageSourceRefDto;
  creator?: CycleCreatorScope;
  factory?: { node_id: string; cached: CycleDateTime; acknowledged: CycleDateTime } | null;
  state: CycleStateDto<CycleImageState>;
  events: { created: CycleDateTime; updated: CycleDateTime; deleted: CycleDateTime };
  meta?: { containers_count?: CycleStateCountSummary };
}

export interface CycleImageSourceDto {
  id: CycleId;
  identifier: string;
  type: CycleImageSourceType;
  hub_id: CycleId;
  name: string;
  about?: { description?: string | null };
  origin: CycleImageOriginDto;
  builder?: { integration_id?: string | null } | null;
  creator: CycleCreatorScope;
  acl?: { roles?: Record<string, { view: boolean; modify: boolean; manage: boolean }> } | null;
  state: CycleStateDto<'live' | 'deleting' | 'deleted'>;
  events: { created: CycleDateTime; updated: CycleDateTime; deleted: CycleDateTime };
  meta?: {
    images_count?: {
      total: number;
      state: Record<'new' | 'downloading' | 'building' | 'verifying' | 'saving' | 'live' | 'deleting', number>;
    };
  };
}

export interface CycleBuildLogDto {
  id: CycleId;
  hub_id: CycleId;
  image_id: CycleId;
  /** The whole log as one string; it grows while the image builds. */
  log: string;
  events: { created: CycleDateTime; updated: CycleDateTime; deleted: CycleDateTime };
}

export interface CycleTaskStepDto {
  caption: string;
  description: string;
  started: CycleDateTime;
  completed: CycleDateTime;
}

export type CycleJobStateName = 'new' | 'queued' | 'error' | 'scheduled' | 'expired' | 'running' | 'completed';
export type CycleTaskStateName = 'pending' | 'error' | 'running' | 'completed';

export interface CycleJobTaskDto {
  id: CycleId;
  caption: string;
  /** "The API function called", e.g. `image.import`. */
  header: string;
  events: { queued: CycleDateTime; started: CycleDateTime; completed: CycleDateTime };
  steps: CycleTaskStepDto[] | null;
  state: { changed?: CycleDateTime; current?: CycleTaskStateName };
  input: Record<string, unknown>;
  output: Record<string, string> | null;
  error: { message: string } | null;
}

export interface CycleJobDto {
  id: CycleId;
  hub_id: CycleId;
  queue: string;
  caption: string;
  events: { queued: CycleDateTime; started: CycleDateTime; completed: CycleDateTime };
  schedule: CycleDateTime;
  expires: CycleDateTime;
  tasks: CycleJobTaskDto[];
  hash: string;
  limit_duplicates: boolean;
  creator: CycleCreatorScope;
  state: { current: CycleJobStateName; changed?: CycleDateTime; error: { message: string } | null };
}

export interface CycleJobDescriptorDto {
  action: string;
  job?: {
    id: string;
    accepted: boolean;
    queue: string;
    schedule: CycleDateTime;
    parallel: { sub_queue?: string | null; tasks: boolean };
    tasks: { caption: string; header: string; steps: CycleTaskStepDto[] | null; input: Record<string, unknown> }[] | null;
  };
}

export interface CycleImageIncludesDto {
  creators?: Record<string, Record<string, unknown>>;
  sources?: Record<string, CycleImageSourceDto>;
  'sources:identifiers'?: Record<string, string[]>;
}

// ---- request bodies ----

export interface CycleCreateImageBody {
  source_id: string;
  name?: string;
  build?: { args?: Record<string, string>; use_disk?: boolean };
  override?: { target?: string; targz_url?: string };
}

export interface CycleUpdateImageBody {
  name?: string;
}

export interface CycleImageTaskBody {
  action: 'import';
}

export interface CycleImagesTaskBody {
  action: 'prune';
  contents: { source_ids: string[] };
}

export interface CycleCreateImageSourceBody {
  type: CycleImageSourceType;
  origin: CycleImageOriginDto;
  name?: string;
  identifier?: string;
  about?: { description: string | null };
}

export interface CycleUpdateImageSourceBody {
  name?: string;
  identifier?: string | null;
  origin?: CycleImageOriginDto;
  about?: { description: string | null };
}

// ── wire shapes → records (what the adapter returns) ───────────────────────────────────────────

/** Cycle timestamps: the Go zero time (`0001-01-01T00:00:00Z`) means "not set", as Cycle's own client treats it. */
export function cycleDate(value: string | undefined | null): Date | null {
  if (!value || value === CYCLE_ZERO_TIME || value.startsWith('0001-01-01')) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A pullable reference for registry origins; a repository URL for Dockerfile origins is not one. */
export function originTarget(origin: CycleImageOriginDto | undefined): { target: string | null; pullable: boolean } {
  if (!origin) return { target: null, pullable: false };
  switch (origin.type) {
    case 'docker-hub':
      return { target: origin.details.target, pullable: true };
    case 'docker-registry':
    case 'oci-registry': {
      const host = origin.details.url.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
      return { target: host ? `${host}/${origin.details.target}` : origin.details.target, pullable: true };
    }
    case 'docker-file':
      return { target: origin.details.repo?.url ?? origin.details.targz_url ?? null, pullable: false };
    default:
      return { target: null, pullable: false };
  }
}

export function toImageRecord(dto: CycleImageDto, sources?: Record<string, CycleImageSourceDto>): CycleImageRecord {
  const origin = dto.source?.details.origin;
  const { target, pullable } = originTarget(origin);
  const override = dto.source?.override?.target;
  const c = dto.config;
  const sourceId = dto.source?.details.id;
  const included = sources && sourceId ? sources[sourceId] : undefined;
  return {
    provider: 'CYCLE',
    id: dto.id,
    name: dto.name,
    reference: override ?? (pullable ? target : null),
    // Cycle does not expose image digests.
    digest: null,
    sizeBytes: dto.size > 0 ? dto.size : null,
    createdAt: cycleDate(dto.events.created),
    labels: { ...(c?.labels ?? {}) },
    state: dto.state.current,
    sourceId: dto.source?.details.id ?? null,
    sourceType: dto.source?.type ?? null,
    creatorId: dto.creator?.id ?? null,
    // `env` is left out on purpose: image env often carries values nobody meant to publish.
    config: c
      ? { user: c.user, command: c.command, entrypoint: c.entrypoint, ports: c.ports, volumes: c.volumes, workdir: c.workdir, signalStop: c.signal_stop }
      : null,
    updatedAt: cycleDate(dto.events.updated),
    stateError: dto.state.error?.message || null,
    stateChangedAt: cycleDate(dto.state.changed),
    containersCount: dto.meta?.containers_count?.total ?? null,
    // From `include=sources`; a source the answer leaves out (or an answer without includes) is loaded by id instead.
    ...(sourceId === undefined ? { source: null } : included ? { source: toSourceRecord(included) } : {}),
    sourceTarget: override ?? dto.source?.override?.targz_url ?? target,
  };
}

export function toSourceRecord(dto: CycleImageSourceDto): CycleImageSourceRecord {
  return {
    provider: 'CYCLE',
    id: dto.id,
    identifier: dto.identifier,
    name: dto.name,
    type: dto.type,
    originType: dto.origin.type,
    // Only the target: origin credentials (username/token/password/auth) never leave the adapter.
    target: originTarget(dto.origin).target,
    state: dto.state.current,
    description: dto.about?.description ?? null,
    creatorId: dto.creator?.id ?? null,
    createdAt: cycleDate(dto.events.created),
    updatedAt: cycleDate(dto.events.updated),
  };
}

const RUNNING_IMAGE_STATES = new Set(['uploading', 'downloading', 'building', 'verifying', 'saving']);

/**
 * Build status from the image state (`ImageState.current`). A failed import leaves `state.error` set
 * (the enum has no `error` value), so an error on a non-live image is FAILED whatever `current` says.
 */
export function buildStatusOf(dto: Pick<CycleImageDto, 'state'>): BuildStatus {
  const s = dto.state.current;
  if (s === 'live') return 'SUCCEEDED';
  if (dto.state.error?.message) return 'FAILED';
  if (s === 'new') return 'QUEUED';
  if (RUNNING_IMAGE_STATES.has(s)) return 'RUNNING';
  // deleting / deleted: the build's result is gone.
  return 'FAILED';
}

/** Image states to ask Cycle for, per build status (FAILED also needs a client-side look at `state.error`). */
export const IMAGE_STATES_BY_BUILD_STATUS: Record<BuildStatus, string[]> = {
  QUEUED: ['new'],
  RUNNING: [...RUNNING_IMAGE_STATES],
  SUCCEEDED: ['live'],
  FAILED: ['new', 'deleting', 'deleted', ...RUNNING_IMAGE_STATES],
  CANCELLED: [],
};

export function toBuildRecord(dto: CycleImageDto, jobId: string | null): ImageBuildRecord {
  return buildOfImage(toImageRecord(dto), jobId);
}

/**
 * A Cycle build *is* its image: the build record is made from the image record alone (no call), so
 * `CycleImage.build` costs nothing once the image is read. `targetImage` is the image reference the
 * build produces (null for a Dockerfile build, which has none); what it was made from is `sourceTarget`.
 */
export function buildOfImage(image: CycleImageRecord, jobId: string | null): ImageBuildRecord {
  const status = buildStatusOf({ state: { current: image.state as CycleImageDto['state']['current'], changed: '', ...(image.stateError ? { error: { message: image.stateError } } : {}) } });
  const terminal = status === 'SUCCEEDED' || status === 'FAILED';
  return {
    provider: 'CYCLE',
    id: image.id,
    status,
    imageId: image.id,
    jobId,
    targetImage: image.reference,
    sourceId: image.sourceId,
    sourceTarget: image.sourceTarget ?? null,
    createdAt: image.createdAt,
    finishedAt: terminal ? (image.stateChangedAt ?? null) : null,
    reason: status === 'FAILED' ? (image.stateError ?? `image is ${image.state}`) : null,
    image,
  };
}

export const JOB_STATE_MAP: Record<CycleJobStateName, JobState> = {
  new: 'QUEUED',
  queued: 'QUEUED',
  scheduled: 'QUEUED',
  running: 'RUNNING',
  completed: 'SUCCEEDED',
  error: 'FAILED',
  expired: 'EXPIRED',
};

/** Gateway job states → Cycle's `filter[state]` values. CANCELLED has none (Cycle jobs cannot be cancelled). */
export function cycleJobStates(states: readonly JobState[]): CycleJobStateName[] {
  return (Object.keys(JOB_STATE_MAP) as CycleJobStateName[]).filter((s) => states.includes(JOB_STATE_MAP[s]));
}

const TASK_STATE_MAP: Record<string, JobState> = { pending: 'QUEUED', running: 'RUNNING', completed: 'SUCCEEDED', error: 'FAILED' };

function imageIdOf(input: Record<string, unknown> | undefined, output?: Record<string, string> | null): string | null {
  const v = input?.image_id ?? output?.image_id;
  return typeof v === 'string' ? v : null;
}

export function toJobRecord(dto: CycleJobDto): JobRecord {
  const tasks: JobTaskRecord[] = dto.tasks.map((t) => ({
    caption: t.caption,
    state: TASK_STATE_MAP[t.state.current ?? 'pending'] ?? 'QUEUED',
    steps: (t.steps ?? []).map((s) => ({ caption: s.caption, startedAt: cycleDate(s.started), completedAt: cycleDate(s.completed) })),
    error: t.error?.message ?? null,
  }));
  const state = JOB_STATE_MAP[dto.state.current] ?? 'QUEUED';
  const steps = tasks.flatMap((t) => t.steps);
  let progress: number | null = null;
  if (state === 'SUCCEEDED') progress = 1;
  else if (steps.length) progress = steps.filter((s) => s.completedAt).length / steps.length;
  else if (state === 'QUEUED') progress = 0;
  const first = dto.tasks[0];
  return {
    provider: 'CYCLE',
    id: dto.id,
    // The Job schema has no action; the task header names the API function (`image.import`).
    action: first?.header ?? 'unknown',
    state,
    progress,
    caption: dto.caption,
    tasks,
    layers: [],
    error: dto.state.error?.message ?? dto.tasks.find((t) => t.error)?.error?.message ?? null,
    createdAt: cycleDate(dto.events.queued) ?? cycleDate(dto.schedule) ?? new Date(0),
    startedAt: cycleDate(dto.events.started),
    completedAt: cycleDate(dto.events.completed),
    imageId: imageIdOf(first?.input, first?.output),
  };
}

/** A job that was just accepted, from the descriptor the creating call returned (no extra call). */
export function descriptorToJobRecord(descriptor: CycleJobDescriptorDto, fallbackAction: string): JobRecord {
  const job = descriptor.job;
  if (!job) throw new Error(`Cycle accepted '${descriptor.action}' without a job`);
  const first = job.tasks?.[0];
  return {
    provider: 'CYCLE',
    id: job.id,
    action: first?.header ?? fallbackAction,
    state: 'QUEUED',
    progress: 0,
    caption: first?.caption ?? null,
    tasks: (job.tasks ?? []).map((t) => ({
      caption: t.caption,
      state: 'QUEUED',
      steps: (t.steps ?? []).map((s) => ({ caption: s.caption, startedAt: cycleDate(s.started), completedAt: cycleDate(s.completed) })),
      error: null,
    })),
    layers: [],
    error: null,
    createdAt: cycleDate(job.schedule) ?? new Date(),
    startedAt: null,
    completedAt: null,
    imageId: imageIdOf(first?.input),
  };
}

/**
 * Splits Cycle's one-string build log into numbered lines. Line `n` is the `n`-th newline-terminated
 * line, so numbers are stable as the log grows. A last line without its newline is still being written
 * (the factory flushes mid-line): it is returned only when `includePartial` is set, i.e. once the build
 * is over, so a client never sees one line number with two different texts.
 */
export function splitBuildLog(log: string, fromLine = 0, includePartial = false): BuildLogLine[] {
  if (!log) return [];
  const parts = log.split('\n');
  const last = parts.pop() ?? '';
  if (includePartial && last !== '') parts.push(last);
  const out: BuildLogLine[] = [];
  for (let i = Math.max(0, fromLine); i < parts.length; i++) out.push({ number: i, text: (parts[i] ?? '').replace(/\r$/, '') });
  return out;
}
