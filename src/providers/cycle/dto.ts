/**
 * Cycle.io platform API wire types (subset: images, image sources, build logs, jobs), transcribed from
 * the vendored spec `test/contracts/specs/cycle/cycle-platform-api-images-jobs.yml`
 * (cycleplatform/api-spec `e9bc7e9b`). Only the adapter and the emulator see these; the schema sees records.
 */

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
