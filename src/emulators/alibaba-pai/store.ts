/**
 * In-memory state of the PAI emulator: AIWorkSpace images and image builds, and the PAI-DLC jobs the
 * builds run as. A build job walks `Creating → Queuing → Running → Succeeded | Failed` one step per tick,
 * appending docker-build-like pod log lines while Running; on success the image is added to the workspace
 * (`SourceType=Build`, `SourceId=<ImageBuildId>`), as the CreateImageBuild summary says.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  BUILD_JOB_ENV,
  BUILD_JOB_TYPE,
  type AcsLabel,
  type CreateImageBuildRequest,
  type DlcJobStatus,
  type ImageDto,
  type JobDto,
  type PodDto,
  type StatusTransitionDto,
} from '../../providers/alibaba-pai/dto.js';
import { buildScript } from './build-script.js';

export interface EmulatedImage {
  ImageId: string;
  Name: string;
  Description: string;
  ImageUri: string;
  Labels: AcsLabel[];
  WorkspaceId: string;
  Accessibility: 'PUBLIC' | 'PRIVATE';
  Size: number;
  ParentUserId: string;
  UserId: string;
  SourceType: string;
  SourceId: string;
  GmtCreateTime: string;
  GmtModifiedTime: string;
}

export interface EmulatedLogLine {
  at: number;
  text: string;
}

export interface EmulatedJob {
  JobId: string;
  DisplayName: string;
  JobType: string;
  WorkspaceId: string;
  UserId: string;
  ResourceId: string;
  ResourceType: string;
  status: DlcJobStatus;
  reasonCode: string;
  reasonMessage: string;
  history: StatusTransitionDto[];
  createdAt: number;
  submittedAt?: number;
  runningAt?: number;
  finishedAt?: number;
  pod?: { PodId: string; PodUid: string; Status: string; createdAt: number; startedAt?: number; finishedAt?: number };
  logs: EmulatedLogLine[];
  /** Lines still to be written while Running. */
  script: string[];
  /** Set when the script ends in a failing step. */
  failsWith?: string;
  envs: Record<string, string>;
  build?: { id: string; request: CreateImageBuildRequest };
}

export interface EmulatedBuild {
  id: string;
  jobId: string;
  clientToken?: string;
  bodyHash: string;
  createdAt: number;
}

export const TERMINAL: readonly DlcJobStatus[] = ['Succeeded', 'Failed', 'Stopped'];
const LOG_LINES_PER_TICK = 3;

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const alnum = (n: number) => {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(n), (b) => chars[b % chars.length]).join('');
};

export const newImageId = () => `image-${alnum(18)}`;
export const newBuildId = () => `build-${alnum(12)}`;
export function newJobId(now: number): string {
  const d = new Date(now).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `dlc-${d}-${alnum(13)}`;
}

/** Knobs that can be changed while the emulator runs. */
export interface PaiEmulatorControls {
  throttleEvery: number;
  /** Throttle exactly the next N requests (deterministic tests). @default 0 */
  throttleNext: number;
  /** Value of `x-acs-retry-after` (milliseconds) on throttled answers. @default 1000 */
  throttleRetryAfterMs: number;
  /**
   * Create the build, then answer the next N CreateImageBuild calls with 503 anyway: the "response lost
   * after commit" case that `ClientToken` exists for. @default 0
   */
  loseNextCreateResponses: number;
  /** @default 900 */
  maxSkewSeconds: number;
}

export interface RecordedBody {
  method: string;
  path: string;
  rawUrl: string;
  action: string;
  body: unknown;
}

export class PaiEmulatorState {
  readonly images = new Map<string, EmulatedImage>();
  readonly jobs = new Map<string, EmulatedJob>();
  readonly builds = new Map<string, EmulatedBuild>();
  readonly buildsByToken = new Map<string, string>();

  constructor(
    readonly regionId: string,
    readonly workspaceId: string,
    readonly userId: string,
    readonly now: () => number = Date.now,
  ) {}

  addImage(fields: Partial<EmulatedImage> & { Name: string; ImageUri: string }): EmulatedImage {
    const t = new Date(this.now()).toISOString();
    const image: EmulatedImage = {
      ImageId: fields.ImageId || newImageId(),
      Name: fields.Name,
      Description: fields.Description ?? '',
      ImageUri: fields.ImageUri,
      Labels: fields.Labels ?? [],
      WorkspaceId: fields.WorkspaceId ?? this.workspaceId,
      Accessibility: fields.Accessibility ?? 'PRIVATE',
      Size: fields.Size ?? 0,
      ParentUserId: this.userId,
      UserId: fields.UserId ?? this.userId,
      SourceType: fields.SourceType ?? 'Import',
      SourceId: fields.SourceId ?? '',
      GmtCreateTime: fields.GmtCreateTime ?? t,
      GmtModifiedTime: fields.GmtModifiedTime ?? t,
    };
    this.images.set(image.ImageId, image);
    return image;
  }

  /** The GetImage/ListImages shape; `Labels` only with `Verbose=true`, as documented. */
  imageDto(image: EmulatedImage, verbose: boolean, withId: boolean): ImageDto {
    const { Labels, ImageId, ...rest } = image;
    return { ...(withId ? { ImageId } : {}), ...rest, ...(verbose ? { Labels: Labels.map((l) => ({ ...l })) } : {}) };
  }

  /** Moves a job to `status`, closing the previous entry of its history. */
  setStatus(job: EmulatedJob, status: DlcJobStatus, reasonCode = '', reasonMessage = ''): void {
    const t = iso(this.now());
    const last = job.history[job.history.length - 1];
    if (last && !last.EndTime) last.EndTime = t;
    job.history.push({ Status: status, StartTime: t, ReasonCode: reasonCode, ReasonMessage: reasonMessage });
    job.status = status;
    job.reasonCode = reasonCode;
    job.reasonMessage = reasonMessage;
  }

  createJob(fields: { displayName: string; jobType: string; workspaceId: string; resourceId?: string; resourceType?: string; envs?: Record<string, string> }): EmulatedJob {
    const now = this.now();
    const job: EmulatedJob = {
      JobId: newJobId(now),
      DisplayName: fields.displayName,
      JobType: fields.jobType,
      WorkspaceId: fields.workspaceId,
      UserId: this.userId,
      ResourceId: fields.resourceId ?? '',
      ResourceType: fields.resourceType ?? 'ECS',
      status: 'Creating',
      reasonCode: '',
      reasonMessage: '',
      history: [],
      createdAt: now,
      logs: [],
      script: [],
      envs: fields.envs ?? {},
    };
    this.setStatus(job, 'Creating', 'JobCreating', 'The job is being created.');
    this.jobs.set(job.JobId, job);
    return job;
  }

  createBuild(request: CreateImageBuildRequest, bodyHash: string, clientToken?: string): EmulatedBuild {
    const id = newBuildId();
    const job = this.createJob({
      displayName: request.ImageBuildJobName || `imagebuild-${request.Image.Name}`,
      jobType: BUILD_JOB_TYPE,
      workspaceId: request.WorkspaceId,
      resourceId: request.Resource.ResourceId,
      resourceType: request.Resource.ResourceType ?? 'ECS',
      envs: { [BUILD_JOB_ENV.buildId]: id, [BUILD_JOB_ENV.imageUri]: request.Image.Uri },
    });
    const script = buildScript(id, request);
    job.script = script.lines;
    if (script.failsWith) job.failsWith = script.failsWith;
    job.build = { id, request };
    const build: EmulatedBuild = { id, jobId: job.JobId, bodyHash, createdAt: this.now(), ...(clientToken ? { clientToken } : {}) };
    this.builds.set(id, build);
    if (clientToken) this.buildsByToken.set(clientToken, id);
    return build;
  }

  /** Advances every non-terminal job by one step. */
  tick(): void {
    for (const job of this.jobs.values()) this.step(job);
  }

  /** One tick of one job (the seed uses it to walk jobs into place). */
  step(job: EmulatedJob): void {
    const now = this.now();
    switch (job.status) {
      case 'Creating':
        job.submittedAt = now;
        this.setStatus(job, 'Queuing', 'JobEnqueued', 'The job is waiting for resources.');
        return;
      case 'Queuing': {
        job.runningAt = now;
        const PodId = `${job.JobId}-worker-0`;
        job.pod = { PodId, PodUid: randomUUID(), Status: 'Running', createdAt: now, startedAt: now };
        this.setStatus(job, 'Running', 'JobRunning', 'The job is running.');
        return;
      }
      case 'Running': {
        if (!job.build) return; // seeded non-build jobs run until stopped
        for (const text of job.script.splice(0, LOG_LINES_PER_TICK)) job.logs.push({ at: now, text });
        if (job.script.length) return;
        job.finishedAt = now;
        if (job.pod) {
          job.pod.finishedAt = now;
          job.pod.Status = job.failsWith ? 'Failed' : 'Succeeded';
        }
        if (job.failsWith) {
          this.setStatus(job, 'Failed', 'JobFailed', job.failsWith);
          return;
        }
        this.completeBuild(job);
        this.setStatus(job, 'Succeeded', 'JobSucceeded', 'The job succeeded.');
        return;
      }
      default:
        return;
    }
  }

  private completeBuild(job: EmulatedJob): void {
    const build = job.build;
    if (!build) return;
    const req = build.request;
    // Re-building the same URI in a workspace replaces the image record (the tag now points at the new build).
    for (const image of this.images.values()) {
      if (image.WorkspaceId === req.WorkspaceId && image.ImageUri === req.Image.Uri) this.images.delete(image.ImageId);
    }
    this.addImage({
      Name: req.Image.Name,
      ImageUri: req.Image.Uri,
      Description: req.Image.Description ?? '',
      Labels: req.Image.Labels ?? [],
      WorkspaceId: req.WorkspaceId,
      Accessibility: req.Accessibility ?? 'PRIVATE',
      Size: 3,
      SourceType: 'Build',
      SourceId: build.id,
    });
  }

  /** StopJob: a running or waiting job becomes Stopped at once. */
  stop(job: EmulatedJob): void {
    const now = this.now();
    job.finishedAt = now;
    job.script = [];
    if (job.pod && !job.pod.finishedAt) {
      job.pod.finishedAt = now;
      job.pod.Status = 'Failed';
    }
    this.setStatus(job, 'Stopped', 'JobStoppedByUser', 'The job was stopped by the user.');
  }

  private pods(job: EmulatedJob): PodDto[] {
    if (!job.pod) return [];
    const p = job.pod;
    return [
      {
        PodId: p.PodId,
        PodUid: p.PodUid,
        Type: 'Worker',
        Status: p.Status,
        SubStatus: 'Normal',
        Ip: '10.0.0.12',
        NodeName: 'emulator-node-1',
        GmtCreateTime: iso(p.createdAt),
        GmtStartTime: iso(p.startedAt),
        ...(p.finishedAt ? { GmtFinishTime: iso(p.finishedAt) } : {}),
        HistoryPods: [],
      },
    ];
  }

  /** The GetJob / JobItem shape. */
  jobDto(job: EmulatedJob, detail: boolean): JobDto {
    const end = job.finishedAt;
    const dto: JobDto = {
      JobId: job.JobId,
      DisplayName: job.DisplayName,
      JobType: job.JobType,
      Status: job.status,
      SubStatus: '',
      ReasonCode: job.reasonCode,
      ReasonMessage: job.reasonMessage,
      WorkspaceId: job.WorkspaceId,
      ResourceId: job.ResourceId,
      ResourceType: job.ResourceType,
      UserId: job.UserId,
      Envs: { ...job.envs },
      GmtCreateTime: iso(job.createdAt),
      ...(job.submittedAt ? { GmtSubmittedTime: iso(job.submittedAt) } : {}),
      ...(job.runningAt ? { GmtRunningTime: iso(job.runningAt) } : {}),
      ...(end && job.status === 'Succeeded' ? { GmtSuccessedTime: iso(end) } : {}),
      ...(end && job.status === 'Failed' ? { GmtFailedTime: iso(end) } : {}),
      ...(end && job.status === 'Stopped' ? { GmtStoppedTime: iso(end) } : {}),
      ...(end ? { GmtFinishTime: iso(end) } : {}),
      Duration: Math.round(((end ?? this.now()) - (job.runningAt ?? this.now())) / 1000),
    };
    if (detail) {
      dto.Pods = this.pods(job);
      dto.StatusHistory = job.history.map((h) => ({ ...h }));
    }
    return dto;
  }
}
