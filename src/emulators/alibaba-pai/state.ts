/**
 * In-memory state of the PAI emulator: AIWorkSpace images and image builds, and the PAI-DLC jobs the
 * builds run as. A build job walks `Creating → Queuing → Running → Succeeded | Failed` one step per tick,
 * appending docker-build-like pod log lines while Running; on success the image is added to the workspace
 * (`SourceType=Build`, `SourceId=<ImageBuildId>`), as the CreateImageBuild summary says.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
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
const shortHex = (seed: string) => createHash('sha256').update(seed).digest('hex').slice(0, 12);

export const newImageId = () => `image-${alnum(18)}`;
export const newBuildId = () => `build-${alnum(12)}`;
export function newJobId(now: number): string {
  const d = new Date(now).toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `dlc-${d}-${alnum(13)}`;
}

/** docker-build-like output for a Dockerfile; a `RUN` that runs `false` or `exit <n>` (n≠0) fails the build. */
export function buildScript(buildId: string, req: CreateImageBuildRequest): { lines: string[]; failsWith?: string } {
  const steps = req.BuildConfig.Dockerfile.split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const lines = [`Starting image build ${buildId} (${req.BuildConfig.BuildType})`, `Sending build context to Docker daemon  2.048kB`];
  let failsWith: string | undefined;
  const auths = req.BuildConfig.RegistryAuths ?? {};
  steps.forEach((step, i) => {
    if (failsWith) return;
    lines.push(`Step ${i + 1}/${steps.length} : ${step}`);
    // ACR Enterprise instances (`*.cr.aliyuncs.com`) are private: pulling FROM one needs its RegistryAuths
    // entry (another account's instance is the case the parameter exists for). Public hosts need none.
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(step)?.[1];
    const host = from && from.includes('/') ? from.split('/')[0]! : undefined;
    if (host && /\.cr\.aliyuncs\.com$/i.test(host)) {
      const auth = auths[host]?.Auth;
      const decoded = auth ? Buffer.from(auth, 'base64').toString('utf8') : '';
      if (!decoded.includes(':')) {
        failsWith = `pull access denied for ${from}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
        lines.push(failsWith);
        return;
      }
      lines.push(`Login Succeeded (${host})`);
    }
    if (/^RUN\s/i.test(step)) {
      lines.push(` ---> Running in ${shortHex(`${buildId}-run-${i}`)}`);
      if (/\bexit\s+[1-9]\d*\b|(^|[\s;&|])false(\s|$)/.test(step.slice(4))) {
        failsWith = `The command '/bin/sh -c ${step.slice(4).trim()}' returned a non-zero code: 1`;
        lines.push(failsWith);
        return;
      }
      lines.push(`Removing intermediate container ${shortHex(`${buildId}-rm-${i}`)}`);
    }
    lines.push(` ---> ${shortHex(`${buildId}-layer-${i}`)}`);
  });
  if (!failsWith) {
    const uri = req.Image.Uri;
    const colon = uri.lastIndexOf(':');
    const repo = colon > uri.lastIndexOf('/') ? uri.slice(0, colon) : uri;
    const tag = colon > uri.lastIndexOf('/') ? uri.slice(colon + 1) : 'latest';
    lines.push(`Successfully built ${shortHex(`${buildId}-final`)}`, `Successfully tagged ${uri}`, `The push refers to repository [${repo}]`);
    lines.push(`${tag}: digest: sha256:${createHash('sha256').update(buildId).digest('hex')} size: 1574`);
  }
  return { lines, ...(failsWith ? { failsWith } : {}) };
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

  private setStatus(job: EmulatedJob, status: DlcJobStatus, reasonCode = '', reasonMessage = ''): void {
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

  private step(job: EmulatedJob): void {
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

  seed(): void {
    const t = (daysAgo: number) => new Date(this.now() - daysAgo * 86_400_000).toISOString();
    const ws = this.workspaceId;
    const seeds: (Partial<EmulatedImage> & { Name: string; ImageUri: string })[] = [
      {
        ImageId: 'image-pytorch21gpu000001',
        Name: 'pytorch-2-1-gpu',
        Description: 'Official PyTorch 2.1 training image (CUDA 12.1)',
        ImageUri: `dsw-registry-vpc.${this.regionId}.cr.aliyuncs.com/pai/pytorch-training:2.1-gpu-py310-cu121-ubuntu22.04`,
        Labels: [
          { Key: 'system.official', Value: 'true' },
          { Key: 'system.framework', Value: 'PyTorch 2.1' },
          { Key: 'system.chipType', Value: 'GPU' },
          { Key: 'system.supported.dlc', Value: 'true' },
        ],
        Accessibility: 'PUBLIC',
        Size: 12,
        GmtCreateTime: t(40),
        GmtModifiedTime: t(40),
      },
      {
        ImageId: 'image-xgboost16cpu000001',
        Name: 'xgboost-1-6-cpu',
        Description: 'Official XGBoost 1.6.0 image',
        ImageUri: `dsw-registry-vpc.${this.regionId}.cr.aliyuncs.com/pai/xgboost:1.6.0-cpu-py39-ubuntu20.04`,
        Labels: [
          { Key: 'system.official', Value: 'true' },
          { Key: 'system.framework', Value: 'XGBoost 1.6.0' },
          { Key: 'system.chipType', Value: 'CPU' },
        ],
        Accessibility: 'PUBLIC',
        Size: 4,
        GmtCreateTime: t(30),
        GmtModifiedTime: t(30),
      },
      {
        ImageId: 'image-nlpcompression0001',
        Name: 'nlp-compression',
        Description: 'NLP model compression training image',
        ImageUri: `registry.${this.regionId}.aliyuncs.com/pai-compression/nlp:gpu`,
        Labels: [
          { Key: 'system.chipType', Value: 'GPU' },
          { Key: 'team', Value: 'nlp' },
        ],
        Accessibility: 'PRIVATE',
        Size: 9,
        GmtCreateTime: t(10),
        GmtModifiedTime: t(5),
      },
      {
        ImageId: 'image-tfserving290000001',
        Name: 'tensorflow-2-9-serving',
        Description: 'Team TensorFlow 2.9 serving image',
        ImageUri: `registry.${this.regionId}.aliyuncs.com/team-a/tf-serving:2.9`,
        Labels: [
          { Key: 'system.framework', Value: 'TensorFlow 2.9' },
          { Key: 'team', Value: 'vision' },
        ],
        Accessibility: 'PUBLIC',
        Size: 6,
        GmtCreateTime: t(3),
        GmtModifiedTime: t(3),
      },
      {
        ImageId: 'image-otherworkspace0001',
        Name: 'other-team-base',
        Description: 'Image in another workspace',
        ImageUri: `registry.${this.regionId}.aliyuncs.com/team-b/base:1.0`,
        Labels: [{ Key: 'team', Value: 'b' }],
        WorkspaceId: `${ws}0`,
        Accessibility: 'PRIVATE',
        Size: 2,
        GmtCreateTime: t(1),
        GmtModifiedTime: t(1),
      },
    ];
    for (const s of seeds) this.addImage({ WorkspaceId: ws, ...s });

    // Two ordinary DLC jobs, so ListJobs has something besides builds.
    const done = this.createJob({ displayName: 'bert-finetune', jobType: 'PyTorchJob', workspaceId: ws });
    done.createdAt -= 3_600_000;
    this.step(done);
    this.step(done);
    done.finishedAt = this.now();
    if (done.pod) {
      done.pod.Status = 'Succeeded';
      done.pod.finishedAt = done.finishedAt;
    }
    done.logs.push({ at: this.now(), text: 'epoch 3/3 loss=0.123' }, { at: this.now(), text: 'training finished' });
    this.setStatus(done, 'Succeeded', 'JobSucceeded', 'The job succeeded.');
    const running = this.createJob({ displayName: 'resnet-train', jobType: 'PyTorchJob', workspaceId: ws });
    this.step(running);
    this.step(running);
  }
}
