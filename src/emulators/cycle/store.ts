import type {
  CycleBuildLogDto,
  CycleCreatorScope,
  CycleImageDto,
  CycleImageOriginDto,
  CycleImageSourceDto,
  CycleImageState,
  CycleJobDescriptorDto,
  CycleJobDto,
  CycleJobTaskDto,
} from '../../providers/cycle/dto.js';
import { hashOf, iso, objectId, ZERO_TIME } from './ids.js';
import { buildPhases, type BuildPhase } from './build-script.js';

/** A hub API key the emulator accepts. `capabilities` undefined means "all capabilities". */
export interface CycleEmulatorKey {
  key: string;
  hubId: string;
  /** Restrict the key to these capabilities (`images-view`, `images-manage`, …). @default all */
  capabilities?: string[];
  /** The key's own id (the `creator` of what it creates). @default generated */
  id?: string;
  /** @default 'Emulator key' */
  name?: string;
}

export interface ImageEntry {
  dto: CycleImageDto;
  /** Containers using the image (drives `meta=containers_count` and prune). */
  containers: number;
}

export interface SourceEntry {
  dto: CycleImageSourceDto;
  /** Imports from this source fail during the build (`ERROR: …` in the log, job `error`). */
  failBuild: string | null;
}

interface JobSim {
  dto: CycleJobDto;
  /** Not visible through the API before this time (models "a just-created job may not be visible yet"). */
  visibleAt: number;
  /** Work left per step: chunks of build log to append before the step completes. */
  phases: BuildPhase[];
  phaseIndex: number;
  chunkIndex: number;
  /** Runs when a phase starts (image state changes). */
  onPhaseStart?: (phase: BuildPhase, index: number) => void;
  onComplete?: () => void;
  onError?: (message: string) => void;
  imageId?: string;
}

export interface CycleStoreOptions {
  hubId: string;
  /** Chunks of build log appended per tick (odd, so ticks end mid-line now and then). @default 3 */
  chunksPerTick?: number;
  /** Newly created jobs answer `404.job` for this long. @default 0 */
  jobVisibilityDelayMs?: number;
}

const TERMINAL_JOB_STATES = new Set(['completed', 'error', 'expired']);

/** In-memory Cycle hub: sources, images, build logs and jobs, advanced by `tick()`. */
export class CycleStore {
  readonly hubId: string;
  readonly sources = new Map<string, SourceEntry>();
  readonly images = new Map<string, ImageEntry>();
  readonly buildLogs = new Map<string, CycleBuildLogDto>();
  readonly jobs = new Map<string, JobSim>();
  /** Included creators by id (accounts and API keys) for `include=creators`. */
  readonly accounts = new Map<string, Record<string, unknown>>();
  readonly apiKeys = new Map<string, Record<string, unknown>>();
  private readonly chunksPerTick: number;
  jobVisibilityDelayMs: number;

  constructor(options: CycleStoreOptions) {
    this.hubId = options.hubId;
    this.chunksPerTick = options.chunksPerTick ?? 3;
    this.jobVisibilityDelayMs = options.jobVisibilityDelayMs ?? 0;
  }

  // ---- creators ----

  registerAccount(id: string, first: string, last: string, email: string): CycleCreatorScope {
    this.accounts.set(id, { id, name: { first, last }, email: { address: email }, two_factor_auth: { verified: true } });
    return { id, type: 'account' };
  }

  registerApiKey(key: CycleEmulatorKey & { id: string }, creator: CycleCreatorScope): void {
    const now = iso();
    this.apiKeys.set(key.id, {
      id: key.id,
      name: key.name ?? 'Emulator key',
      creator,
      hub_id: key.hubId,
      permissions: { all_environments: true, environments: [] },
      capabilities: key.capabilities ? { all: false, specific: key.capabilities } : { all: true, specific: [] },
      ips: null,
      state: { current: 'live', changed: now },
      events: { created: now, updated: now, deleted: ZERO_TIME },
    });
  }

  // ---- sources ----

  createSource(input: {
    name: string;
    identifier?: string;
    type: CycleImageSourceDto['type'];
    origin: CycleImageOriginDto;
    description?: string | null;
    creator: CycleCreatorScope;
    at?: Date;
    failBuild?: string | null;
  }): SourceEntry {
    const at = input.at ?? new Date();
    const id = objectId(at);
    const dto: CycleImageSourceDto = {
      id,
      identifier: input.identifier ?? slug(input.name),
      type: input.type,
      hub_id: this.hubId,
      name: input.name,
      about: { description: input.description ?? null },
      origin: input.origin,
      builder: null,
      creator: input.creator,
      acl: null,
      state: { current: 'live', changed: iso(at) },
      events: { created: iso(at), updated: iso(at), deleted: ZERO_TIME },
    };
    const entry: SourceEntry = { dto, failBuild: input.failBuild ?? null };
    this.sources.set(id, entry);
    return entry;
  }

  /** Marks a source so that its next imports fail (for tests). */
  failSource(sourceId: string, message = 'failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1'): void {
    const entry = this.sources.get(sourceId);
    if (!entry) throw new Error(`no source ${sourceId}`);
    entry.failBuild = message;
  }

  // ---- images ----

  createImage(input: {
    source: SourceEntry;
    name?: string;
    build?: CycleImageDto['build'];
    override?: { target?: string; targz_url?: string };
    creator: CycleCreatorScope;
    at?: Date;
  }): ImageEntry {
    const at = input.at ?? new Date();
    const id = objectId(at);
    const src = input.source.dto;
    const dto: CycleImageDto = {
      id,
      hub_id: this.hubId,
      name: input.name ?? `${src.name} ${iso(at).slice(0, 16).replace('T', ' ')}`,
      size: 0,
      about: { description: null },
      backend: { provider: '', size: 0, file_name: '', file_id: '' },
      requires: {},
      build: input.build ?? null,
      builder: null,
      config: { user: '', ports: [], env: {}, labels: {}, command: [], entrypoint: [], volumes: [], workdir: '', signal_stop: '' },
      source: {
        type: src.type === 'bucket' ? 'bucket' : src.type === 'stack-build' ? 'stack-build' : 'direct',
        details: { id: src.id, origin: src.origin },
        ...(input.override ? { override: input.override } : {}),
      },
      creator: input.creator,
      factory: null,
      state: { current: 'new', changed: iso(at) },
      events: { created: iso(at), updated: iso(at), deleted: ZERO_TIME },
    };
    if (src.type === 'stack-build' && dto.source) {
      dto.source.details.stack_id = objectId(at);
      dto.source.details.containers = ['web'];
    }
    const entry: ImageEntry = { dto, containers: 0 };
    this.images.set(id, entry);
    return entry;
  }

  setImageState(image: ImageEntry, current: CycleImageState, error?: string): void {
    const now = iso();
    image.dto.state = { current, changed: now, ...(error ? { error: { message: error, time: now } } : {}) };
    image.dto.events.updated = now;
  }

  /** Whether an import job for this image is still running (`limit_duplicates`). */
  activeImport(imageId: string): JobSim | undefined {
    return this.activeJob(imageId, 'image.import');
  }

  /** An unfinished job of this kind (`image.import`, `image.delete`) on the image. */
  activeJob(imageId: string, header: string): JobSim | undefined {
    for (const job of this.jobs.values()) {
      if (job.imageId === imageId && job.dto.tasks[0]?.header === header && !TERMINAL_JOB_STATES.has(job.dto.state.current)) return job;
    }
    return undefined;
  }

  /** Starts the import (build) of an image as a job, as `POST /v1/images/{id}/tasks {action:"import"}` does. */
  startImport(image: ImageEntry, creator: CycleCreatorScope): CycleJobDescriptorDto {
    const sourceId = image.dto.source?.details.id ?? '';
    const source = this.sources.get(sourceId);
    const origin = image.dto.source?.details.origin ?? { type: 'none' as const };
    const phases = buildPhases(image.dto, origin, source?.failBuild ?? null);
    const now = iso();
    image.dto.state = { current: 'new', changed: now };
    const log: CycleBuildLogDto = {
      id: objectId(),
      hub_id: this.hubId,
      image_id: image.dto.id,
      log: '',
      events: { created: now, updated: now, deleted: ZERO_TIME },
    };
    this.buildLogs.set(image.dto.id, log);
    const job = this.createImportJob(image, creator, phases);
    job.onPhaseStart = (phase) => {
      if (phase.imageState) this.setImageState(image, phase.imageState);
    };
    job.onComplete = () => {
      const finished = iso();
      const size = 48_000_000 + (parseInt(image.dto.id.slice(-4), 16) % 200) * 1_000_000;
      image.dto.size = size;
      image.dto.backend = { provider: 'cycle-factory', size, file_name: `${image.dto.id}.tar.gz`, file_id: objectId() };
      image.dto.factory = { node_id: objectId(), cached: finished, acknowledged: log.events.created };
      image.dto.config = defaultConfigFor(origin);
      this.setImageState(image, 'live');
    };
    job.onError = (message) => {
      // Cycle keeps the image; its state records the error (ImageState has no `error` value).
      this.setImageState(image, 'new', message);
    };
    return this.descriptor(job);
  }

  /** `DELETE /v1/images/{id}`: a job that moves the image to deleting, then removes it. */
  deleteImage(image: ImageEntry, creator: CycleCreatorScope): CycleJobDescriptorDto {
    const job = this.createJob({
      caption: `Delete image ${image.dto.name}`,
      action: 'delete',
      header: 'image.delete',
      taskCaption: 'Deleting image',
      input: { image_id: image.dto.id },
      creator,
      phases: [
        { caption: 'Mark image as deleting', description: 'Marking the image as deleting.', imageState: 'deleting', chunks: [] },
        { caption: 'Remove image files', description: 'Removing the image from the factory and nodes.', chunks: [] },
      ],
      imageId: image.dto.id,
    });
    job.onPhaseStart = (phase) => {
      if (phase.imageState) this.setImageState(image, phase.imageState);
    };
    job.onComplete = () => {
      this.setImageState(image, 'deleted');
      image.dto.events.deleted = iso();
      this.images.delete(image.dto.id);
      this.buildLogs.delete(image.dto.id);
    };
    return this.descriptor(job);
  }

  /** `POST /v1/images/tasks {action:"prune"}`: removes unused images of the sources except each source's newest live one. */
  prune(sourceIds: string[], creator: CycleCreatorScope): CycleJobDescriptorDto {
    const job = this.createJob({
      caption: 'Prune images',
      action: 'prune',
      header: 'images.prune',
      taskCaption: 'Pruning images',
      input: { source_ids: sourceIds },
      creator,
      phases: [{ caption: 'Prune unused images', description: 'Deleting images no container uses.', chunks: [] }],
    });
    job.onComplete = () => {
      for (const sourceId of sourceIds) {
        const images = [...this.images.values()].filter((i) => i.dto.source?.details.id === sourceId).sort((a, b) => (a.dto.id < b.dto.id ? 1 : -1));
        const newestLive = images.find((i) => i.dto.state.current === 'live');
        for (const image of images) {
          if (image === newestLive || image.containers > 0 || this.activeImport(image.dto.id)) continue;
          this.images.delete(image.dto.id);
          this.buildLogs.delete(image.dto.id);
        }
      }
    };
    return this.descriptor(job);
  }

  /** `DELETE /v1/images/sources/{id}`. */
  deleteSource(source: SourceEntry, creator: CycleCreatorScope): CycleJobDescriptorDto {
    const job = this.createJob({
      caption: `Delete image source ${source.dto.name}`,
      action: 'delete',
      header: 'image.source.delete',
      taskCaption: 'Deleting image source',
      input: { source_id: source.dto.id },
      creator,
      phases: [{ caption: 'Delete image source', description: 'Removing the image source.', chunks: [] }],
    });
    source.dto.state = { current: 'deleting', changed: iso() };
    job.onComplete = () => {
      source.dto.state = { current: 'deleted', changed: iso() };
      this.sources.delete(source.dto.id);
    };
    return this.descriptor(job);
  }

  // ---- jobs ----

  /** The `image.import` job of an image (live imports and seeded history alike). */
  createImportJob(image: ImageEntry, creator: CycleCreatorScope, phases: BuildPhase[], at?: Date): JobSim {
    return this.createJob({
      caption: `Import image ${image.dto.name}`,
      action: 'import',
      header: 'image.import',
      taskCaption: 'Importing image',
      input: { image_id: image.dto.id },
      creator,
      phases,
      imageId: image.dto.id,
      limitDuplicates: true,
      at,
    });
  }

  createJob(input: {
    caption: string;
    action: string;
    header: string;
    taskCaption: string;
    input: Record<string, unknown>;
    creator: CycleCreatorScope;
    phases: BuildPhase[];
    imageId?: string;
    limitDuplicates?: boolean;
    at?: Date;
  }): JobSim {
    const at = input.at ?? new Date();
    const now = iso(at);
    const task: CycleJobTaskDto = {
      id: objectId(at),
      caption: input.taskCaption,
      header: input.header,
      events: { queued: now, started: ZERO_TIME, completed: ZERO_TIME },
      steps: input.phases.map((p) => ({ caption: p.caption, description: p.description, started: ZERO_TIME, completed: ZERO_TIME })),
      state: { changed: now, current: 'pending' },
      input: input.input,
      output: null,
      error: null,
    };
    const dto: CycleJobDto = {
      id: objectId(at),
      hub_id: this.hubId,
      queue: `hub-${this.hubId}-images`,
      caption: input.caption,
      events: { queued: now, started: ZERO_TIME, completed: ZERO_TIME },
      schedule: now,
      expires: iso(at.getTime() + 3_600_000),
      tasks: [task],
      hash: hashOf({ header: input.header, input: input.input }),
      limit_duplicates: input.limitDuplicates ?? false,
      creator: input.creator,
      state: { current: 'new', changed: now, error: null },
    };
    const sim: JobSim = {
      dto,
      visibleAt: at.getTime() + this.jobVisibilityDelayMs,
      phases: input.phases,
      phaseIndex: -1,
      chunkIndex: 0,
      ...(input.imageId ? { imageId: input.imageId } : {}),
    };
    this.jobs.set(dto.id, sim);
    return sim;
  }

  /** Adds an already finished job (seed data). */
  addFinishedJob(sim: JobSim, state: 'completed' | 'error' | 'expired', at: Date, error?: string): void {
    const t0 = iso(at);
    const t1 = iso(at.getTime() + 1500);
    const t2 = iso(at.getTime() + 42_000);
    sim.dto.events = { queued: t0, started: state === 'expired' ? ZERO_TIME : t1, completed: state === 'expired' ? ZERO_TIME : t2 };
    sim.dto.state = { current: state, changed: state === 'expired' ? sim.dto.expires : t2, error: error ? { message: error } : null };
    sim.phaseIndex = sim.phases.length;
    for (const task of sim.dto.tasks) {
      if (state === 'expired') {
        task.state = { changed: sim.dto.expires, current: 'pending' };
        continue;
      }
      task.events = { queued: t0, started: t1, completed: t2 };
      task.state = { changed: t2, current: state === 'error' ? 'error' : 'completed' };
      task.error = error ? { message: error } : null;
      task.steps = (task.steps ?? []).map((s, i, all) => ({
        ...s,
        started: t1,
        completed: state === 'error' && i === all.length - 1 ? ZERO_TIME : t2,
      }));
    }
  }

  visibleJob(id: string, now = Date.now()): CycleJobDto | undefined {
    const sim = this.jobs.get(id);
    return sim && sim.visibleAt <= now ? sim.dto : undefined;
  }

  visibleJobs(now = Date.now()): CycleJobDto[] {
    return [...this.jobs.values()].filter((j) => j.visibleAt <= now).map((j) => j.dto);
  }

  descriptor(sim: JobSim): CycleJobDescriptorDto {
    const action = sim.dto.tasks[0]?.header.split('.').pop() ?? 'unknown';
    return {
      action,
      job: {
        id: sim.dto.id,
        accepted: true,
        queue: sim.dto.queue,
        schedule: sim.dto.schedule,
        parallel: { sub_queue: null, tasks: false },
        tasks: sim.dto.tasks.map((t) => ({ caption: t.caption, header: t.header, steps: null, input: t.input })),
      },
    };
  }

  /** Advances every unfinished job by one step of work. */
  tick(): void {
    for (const sim of this.jobs.values()) {
      if (!TERMINAL_JOB_STATES.has(sim.dto.state.current)) this.advance(sim);
    }
  }

  private advance(sim: JobSim): void {
    const job = sim.dto;
    const task = job.tasks[0];
    if (!task) return;
    const now = iso();
    if (job.state.current === 'new') {
      job.state = { current: 'queued', changed: now, error: null };
      return;
    }
    if (job.state.current === 'queued') {
      job.state = { current: 'running', changed: now, error: null };
      job.events.started = now;
      task.events.started = now;
      task.state = { changed: now, current: 'running' };
      this.startPhase(sim, 0);
      return;
    }
    // running: append log chunks of the current phase, finish it when its chunks are written.
    const phase = sim.phases[sim.phaseIndex];
    if (!phase) return this.finish(sim, null);
    const log = sim.imageId ? this.buildLogs.get(sim.imageId) : undefined;
    for (let n = 0; n < this.chunksPerTick && sim.chunkIndex < phase.chunks.length; n++) {
      if (log) {
        log.log += phase.chunks[sim.chunkIndex];
        log.events.updated = now;
      }
      sim.chunkIndex += 1;
    }
    if (sim.chunkIndex < phase.chunks.length) return;
    const step = task.steps?.[sim.phaseIndex];
    if (phase.failWith) return this.finish(sim, phase.failWith);
    if (step) step.completed = now;
    if (sim.phaseIndex + 1 < sim.phases.length) this.startPhase(sim, sim.phaseIndex + 1);
    else this.finish(sim, null);
  }

  private startPhase(sim: JobSim, index: number): void {
    sim.phaseIndex = index;
    sim.chunkIndex = 0;
    const step = sim.dto.tasks[0]?.steps?.[index];
    if (step) step.started = iso();
    const phase = sim.phases[index];
    if (phase) sim.onPhaseStart?.(phase, index);
  }

  private finish(sim: JobSim, error: string | null): void {
    const now = iso();
    const job = sim.dto;
    const task = job.tasks[0];
    job.events.completed = now;
    if (task) {
      task.events.completed = now;
      task.state = { changed: now, current: error ? 'error' : 'completed' };
      task.error = error ? { message: error } : null;
      if (!error && sim.imageId) task.output = { image_id: sim.imageId };
    }
    if (error) {
      job.state = { current: 'error', changed: now, error: { message: error } };
      sim.onError?.(error);
    } else {
      job.state = { current: 'completed', changed: now, error: null };
      sim.onComplete?.();
    }
  }
}

export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function defaultConfigFor(origin: CycleImageOriginDto): CycleImageDto['config'] {
  const target = 'details' in origin && 'target' in origin.details ? origin.details.target : '';
  const isNginx = /nginx/.test(target);
  return {
    user: isNginx ? '' : 'node',
    ports: isNginx ? [{ host: 80, container: 80, type: 'tcp' }] : [{ host: 3000, container: 3000, type: 'tcp' }],
    env: isNginx ? { NGINX_VERSION: '1.25.4' } : { NODE_ENV: 'production', PATH: '/usr/local/bin:/usr/bin:/bin' },
    labels: { 'org.opencontainers.image.source': target || 'https://github.com/acme/web' },
    command: isNginx ? ['nginx', '-g', 'daemon off;'] : ['node', 'dist/server.js'],
    entrypoint: isNginx ? ['/docker-entrypoint.sh'] : ['docker-entrypoint.sh'],
    volumes: [],
    workdir: isNginx ? '/' : '/app',
    signal_stop: isNginx ? 'SIGQUIT' : 'SIGTERM',
  };
}

export { defaultConfigFor };
