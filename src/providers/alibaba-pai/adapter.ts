/**
 * PAI adapter: AIWorkSpace images and CreateImageBuild, with builds followed through the PAI-DLC job that
 * runs them (NOTES.md "PAI-DLC jobs": `ImageBuildJobId` is a DLC job id — an inference the emulator
 * follows). Maps wire DTOs to the provider-neutral records of ports.ts; inputs are validated first.
 *
 * Upstream calls per operation (there are no batch reads in either API):
 * - listImages: 1 ListImages (Verbose=true, so labels come with it);
 * - getImages(ids): 1 GetImage per id, at most PAI_GET_BY_ID_CONCURRENCY at a time (so are build and job batches, sources.ts);
 * - createImageBuild: 1 CreateImageBuild (+ retries with the same ClientToken) + 1 GetJob for the status;
 * - getBuild / stopBuild: 1 GetJob (+ 1 StopJob) (+ 1 ListImages once succeeded, to find the image);
 * - getBuildLog: 1 GetJob (to find the pod) + 1 GetPodLogs.
 */
import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, UnsupportedOperationError, UpstreamError } from '../../core/errors.js';
import { UpstreamHttpError, toGatewayError } from '../../http/errors.js';
import type { TransportOptions } from '../../http/transport.js';
import type { BuildLogLine, BuildStatus, ImageBuildRecord, JobRecord, JobState, Page, PaiImageRecord } from '../../core/records.js';
import { PaiClient } from './client.js';
import { BUILD_JOB_ENV, BUILD_JOB_TYPE, type CreateImageBuildRequest, type ImageDto, type JobDto, type WireBuildType, type WireRegistryType } from './dto.js';
import type { PaiBuildKey, PaiBuildType, PaiCreateImageBuildInput, PaiListImagesOptions, PaiListJobsOptions, PaiPort, PaiRegistryAuth, PaiRegistryType } from './port.js';
import {
  validateAddImage,
  validateCreateImageBuild,
  validateImageId,
  validateJobId,
  validateLabelChange,
  validateListImages,
  validateListJobs,
  validateLogWindow,
} from './validate.js';
import { loadEach } from '../../core/map-limit.js';
import type { PaiConfig } from '../../config.js';

/** Get-by-id calls (GetImage, GetJob) in flight at once for one DataLoader batch. */
export const PAI_GET_BY_ID_CONCURRENCY = 8;
/** @default page size of listImages/listJobs */
export const DEFAULT_PAGE_SIZE = 20;
/** @default lines per getBuildLog call */
export const DEFAULT_LOG_LIMIT = 1000;
/** `Size` is documented in GB for AddImage (GetImage/ListImages say "bytes" but give 2 and 10 as examples); read as GiB. */
const BYTES_PER_GB = 1024 ** 3;

/** Our enum → wire spelling (CreateImageBuildRequest model): exact, no case games. */
export const BUILD_TYPE_TO_WIRE: Record<PaiBuildType, WireBuildType> = {
  PACKAGE_INSTALLATION: 'PackageInstallation',
  CUSTOM_DOCKERFILE: 'CustomDockerfile',
};
export const REGISTRY_TYPE_TO_WIRE: Record<PaiRegistryType, WireRegistryType> = { ACR_ENTERPRISE: 'AcrEnterprise' };

/**
 * DLC job status → BuildStatus. The preparing states are QUEUED (no build step runs yet); `*Reserving`
 * means "finished, resources kept" (JobSettings.JobReservedMinutes), so it counts as finished. An unknown
 * status is RUNNING: not terminal, so pollers keep asking instead of ending early.
 */
export function dlcStatusToBuildStatus(status: string | undefined): BuildStatus {
  switch (status) {
    case 'Creating':
    case 'Queuing':
    case 'Bidding':
    case 'EnvPreparing':
    case 'SanityChecking':
      return 'QUEUED';
    case 'Succeeded':
    case 'SucceededReserving':
      return 'SUCCEEDED';
    case 'Failed':
    case 'FailedReserving':
      return 'FAILED';
    case 'Stopped':
      return 'CANCELLED';
    default: // Running, Restarting, Stopping, unknown
      return 'RUNNING';
  }
}

export function dlcStatusToJobState(status: string | undefined): JobState {
  return dlcStatusToBuildStatus(status) satisfies JobState;
}

/** What the adapter connects with: the configuration (`config.ts`) plus the gateway's hooks. */
export interface PaiAdapterConfig extends PaiConfig {
  onCall?: TransportOptions['onCall'];
  /** @default transport defaults (2 retries) */
  retry?: TransportOptions['retry'];
}

const date = (s: string | undefined): Date | null => {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** Alibaba codes that mean "your credentials or permissions", whatever HTTP status carries them. */
const FORBIDDEN_CODES = /^(Forbidden|InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidSecurityToken|SignatureNonceUsed|InvalidTimeStamp|NoPermission)/;

/** Transport failure → typed error, with Alibaba's codes first (throttling can come as 400/429/503). */
export function mapPaiError(err: unknown): Error {
  if (err instanceof UpstreamHttpError) {
    if (/^Throttling/.test(err.code) || err.status === 429) {
      return new RateLimitedError(`PAI: ${err.message}`, err.retryAfterSeconds ?? null, 'PAI');
    }
    if (FORBIDDEN_CODES.test(err.code)) return new ForbiddenError(`PAI: ${err.message}`, 'PAI', err.code, err.status);
  }
  return toGatewayError(err);
}

async function mapped<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw mapPaiError(err);
  }
}

export function toImageRecord(dto: ImageDto, id?: string): PaiImageRecord {
  const labels: Record<string, string> = {};
  for (const l of dto.Labels ?? []) if (l.Key) labels[l.Key] = l.Value ?? '';
  const access = dto.Accessibility === 'PUBLIC' || dto.Accessibility === 'PRIVATE' ? dto.Accessibility : null;
  return {
    provider: 'PAI',
    id: dto.ImageId ?? id ?? '',
    name: dto.Name ?? '',
    reference: dto.ImageUri ?? null,
    digest: null,
    sizeBytes: typeof dto.Size === 'number' && dto.Size > 0 ? Math.round(dto.Size * BYTES_PER_GB) : null,
    createdAt: date(dto.GmtCreateTime),
    labels,
    workspaceId: dto.WorkspaceId || null,
    accessibility: access,
    imageUri: dto.ImageUri ?? '',
    description: dto.Description || null,
    userId: dto.UserId || null,
    updatedAt: date(dto.GmtModifiedTime),
  };
}

const finishedAt = (job: JobDto) => date(job.GmtFinishTime ?? job.GmtSuccessedTime ?? job.GmtFailedTime ?? job.GmtStoppedTime);
const isBuildJob = (job: JobDto) => job.JobType === BUILD_JOB_TYPE || Boolean(job.Envs?.[BUILD_JOB_ENV.buildId]);

export function toJobRecord(job: JobDto): JobRecord {
  const state = dlcStatusToJobState(job.Status);
  const failed = state === 'FAILED';
  return {
    provider: 'PAI',
    id: job.JobId ?? '',
    action: isBuildJob(job) ? 'build' : (job.JobType ?? 'job'),
    state,
    progress: state === 'SUCCEEDED' ? 1 : null,
    caption: job.Status ? `${job.Status}${job.ReasonMessage ? `: ${job.ReasonMessage}` : ''}` : null,
    tasks: job.StatusHistory?.length
      ? [
          {
            caption: job.DisplayName ?? job.JobId ?? 'job',
            state,
            steps: job.StatusHistory.map((h) => ({ caption: h.Status ?? '', startedAt: date(h.StartTime), completedAt: date(h.EndTime) })),
            error: failed ? (job.ReasonMessage ?? job.ReasonCode ?? null) : null,
          },
        ]
      : [],
    layers: [],
    error: failed ? (job.ReasonMessage ?? job.ReasonCode ?? 'failed') : null,
    createdAt: date(job.GmtCreateTime) ?? new Date(0),
    startedAt: date(job.GmtRunningTime),
    completedAt: finishedAt(job),
    imageId: null,
  };
}

/**
 * `BuildConfig.RegistryAuths`: `{"<domain>": {"Auth": base64("user:password")}}`, the Docker config.json
 * convention. Built only here, right before the call; the value never reaches a log, an error or a response.
 */
export function toRegistryAuthsWire(auths: readonly PaiRegistryAuth[] | undefined): Record<string, { Auth: string }> | undefined {
  if (!auths?.length) return undefined;
  return Object.fromEntries(auths.map((a) => [a.registry, { Auth: Buffer.from(`${a.username}:${a.password}`, 'utf8').toString('base64') }]));
}

/** How many ListImages pages (of 50, newest first) are searched for the image a build added when its URI is unknown. */
export const BUILD_IMAGE_SEARCH_PAGES = 2;

/** Floors an ISO time to whole seconds (`2020-11-08T16:00:00Z`, the format the DLC examples use). */
const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');


export function createPaiAdapter(config: PaiAdapterConfig): PaiPort & { close(): Promise<void> } {
  const client = new PaiClient({
    accessKeyId: config.accessKeyId,
    accessKeySecret: config.accessKeySecret,
    securityToken: config.securityToken,
    endpoint: config.endpoint,
    dlcEndpoint: config.dlcEndpoint,
    onCall: config.onCall,
    retry: config.retry,
  });
  const region = config.regionId;

  function checkRegion(key: PaiBuildKey) {
    if (key.region !== region) {
      throw new UnsupportedOperationError(`PAI: this gateway is configured for region ${region}; build ${key.buildId} ran in ${key.region}`, 'PAI');
    }
  }

  /**
   * Finds the image a succeeded build added. With the target URI: one ListImages by URI, matched on
   * SourceId = build id. Without it (a short build id whose job does not carry the URI): the newest images
   * of the workspace, at most BUILD_IMAGE_SEARCH_PAGES pages, stopping at images older than the job,
   * matched on SourceId. Answers the image id and its URI (the build's target image).
   */
  async function imageOfBuild(job: JobDto, buildId: string, uri: string | null | undefined): Promise<{ imageId: string; uri: string } | null> {
    const workspaceId = job.WorkspaceId || config.workspaceId;
    if (uri) {
      const page = await client.listImages({ WorkspaceId: workspaceId, ImageUri: uri, PageSize: 50 });
      const hit = (page.Images ?? []).find((i) => i.SourceId === buildId) ?? (page.Images ?? []).find((i) => i.ImageUri === uri && i.SourceType === 'Build');
      return hit?.ImageId ? { imageId: hit.ImageId, uri } : null;
    }
    const since = date(job.GmtCreateTime)?.getTime() ?? 0;
    for (let pageNumber = 1; pageNumber <= BUILD_IMAGE_SEARCH_PAGES; pageNumber++) {
      const page = await client.listImages({ WorkspaceId: workspaceId, SortBy: 'GmtCreateTime', Order: 'DESC', PageNumber: pageNumber, PageSize: 50 });
      const images = page.Images ?? [];
      const hit = images.find((i) => i.SourceId === buildId);
      if (hit?.ImageId) return { imageId: hit.ImageId, uri: hit.ImageUri ?? '' };
      const oldest = date(images.at(-1)?.GmtCreateTime)?.getTime() ?? 0;
      if (images.length < 50 || oldest < since) return null;
    }
    return null;
  }

  function buildRecord(job: JobDto, key: { buildId: string; jobId: string; targetImage?: string | null }, imageId: string | null): ImageBuildRecord {
    const status = dlcStatusToBuildStatus(job.Status);
    const terminal = status === 'SUCCEEDED' || status === 'FAILED' || status === 'CANCELLED';
    return {
      provider: 'PAI',
      id: key.buildId,
      status,
      imageId,
      jobId: key.jobId,
      targetImage: key.targetImage ?? job.Envs?.[BUILD_JOB_ENV.imageUri] ?? null,
      createdAt: date(job.GmtCreateTime),
      finishedAt: terminal ? finishedAt(job) : null,
      region,
      reason: status === 'FAILED' || status === 'CANCELLED' ? (job.ReasonMessage ?? job.ReasonCode ?? null) : null,
    };
  }

  async function getBuild(key: PaiBuildKey): Promise<ImageBuildRecord> {
    checkRegion(key);
    validateJobId(key.jobId, 'input.id');
    return mapped(async () => {
      const job = await client.getJob(key.jobId, false);
      const status = dlcStatusToBuildStatus(job.Status);
      const uri = key.targetImage ?? job.Envs?.[BUILD_JOB_ENV.imageUri];
      const image = status === 'SUCCEEDED' ? await imageOfBuild(job, key.buildId, uri) : null;
      return buildRecord(job, { ...key, targetImage: uri ?? image?.uri ?? null }, image?.imageId ?? null);
    });
  }

  async function listJobDtos(o: PaiListJobsOptions): Promise<{ jobs: JobDto[]; total: number; pageNumber: number; pageSize: number }> {
    validateListJobs(o);
    const pageNumber = o.pageNumber ?? 1;
    const pageSize = o.pageSize ?? DEFAULT_PAGE_SIZE;
    const res = await mapped(() =>
      client.listJobs({
        WorkspaceId: o.workspaceId ?? config.workspaceId,
        Status: o.statuses?.length ? o.statuses.join(',') : undefined,
        PageNumber: pageNumber,
        PageSize: pageSize,
        SortBy: 'GmtCreateTime',
        Order: 'desc',
      }),
    );
    return { jobs: res.Jobs ?? [], total: res.TotalCount ?? 0, pageNumber, pageSize };
  }

  return {
    provider: 'PAI',
    region,

    async listImages(o: PaiListImagesOptions = {}): Promise<Page<PaiImageRecord>> {
      validateListImages(o);
      const pageNumber = o.pageNumber ?? 1;
      const pageSize = o.pageSize ?? DEFAULT_PAGE_SIZE;
      const labels = Object.entries(o.labels ?? {});
      const res = await mapped(() =>
        client.listImages({
          WorkspaceId: o.workspaceId ?? config.workspaceId,
          Name: o.name,
          Query: o.search,
          Labels: labels.length ? labels.map(([k, v]) => `${k}=${v}`).join(',') : undefined,
          Accessibility: o.accessibility,
          ImageUri: o.imageUri,
          Verbose: o.verbose ?? true,
          SortBy: 'GmtCreateTime',
          Order: o.order ?? 'DESC',
          PageNumber: pageNumber,
          PageSize: pageSize,
        }),
      );
      const total = res.TotalCount ?? 0;
      const items = (res.Images ?? []).map((i) => toImageRecord(i));
      return { items, total, hasNextPage: pageNumber * pageSize < total };
    },

    async getImages(ids: readonly string[]): Promise<(PaiImageRecord | Error)[]> {
      return loadEach(
        ids,
        PAI_GET_BY_ID_CONCURRENCY,
        async (id) => {
          validateImageId(id);
          return toImageRecord(await client.getImage(id, true), id);
        },
        mapPaiError,
      );
    },

    async removeImage(id: string): Promise<void> {
      validateImageId(id);
      await mapped(() => client.removeImage(id));
    },

    async addImage(input) {
      const { workspaceId } = validateAddImage(input);
      const created = await mapped(() =>
        client.addImage({
          Name: input.name,
          ImageUri: input.imageUri,
          Description: input.description,
          Labels: input.labels?.map((l) => ({ Key: l.key, Value: l.value })),
          WorkspaceId: workspaceId,
          Accessibility: input.accessibility,
          Size: input.sizeGb,
          ImageId: input.imageId,
        }),
      ).catch((err: unknown) => {
        // Both come as 400 (emulator; the codes are not documented): the name or id is taken in the workspace.
        if (err instanceof UpstreamError && /^(ImageNameDuplicated|ImageAlreadyExists)$/.test(err.upstreamCode)) {
          throw new ConflictError(err.message, 'PAI', err.upstreamCode);
        }
        throw err;
      });
      if (!created.ImageId) throw mapPaiError(new UpstreamHttpError('PAI', 200, 'INVALID_RESPONSE', 'AddImage answered without ImageId'));
      const id = created.ImageId;
      return toImageRecord(await mapped(() => client.getImage(id, true)), id);
    },

    async publishImage(id) {
      validateImageId(id);
      await mapped(() => client.publishImage(id));
      return toImageRecord(await mapped(() => client.getImage(id, true)), id);
    },

    async updateImageLabels(id, change) {
      validateLabelChange(id, change);
      // Adds first, then removals: each call is safe to repeat, and a failure part-way leaves a state
      // that the same mutation, sent again, completes (AddImageLabels overwrites; a removed key stays removed).
      if (change.add?.length) await mapped(() => client.addImageLabels(id, change.add!.map((l) => ({ Key: l.key, Value: l.value }))));
      for (const key of change.remove ?? []) await mapped(() => client.removeImageLabel(id, key));
      return toImageRecord(await mapped(() => client.getImage(id, true)), id);
    },

    async createImageBuild(input: PaiCreateImageBuildInput): Promise<ImageBuildRecord> {
      const { workspaceId } = validateCreateImageBuild(input, { defaultWorkspaceId: config.workspaceId });
      const body: CreateImageBuildRequest = {
        WorkspaceId: workspaceId,
        Resource: {
          EcsSpec: input.resource.ecsSpec,
          ResourceConfig: input.resource.cpu !== undefined || input.resource.memory !== undefined ? { CPU: input.resource.cpu, Memory: input.resource.memory } : undefined,
          ResourceId: input.resource.resourceId,
          ResourceType: input.resource.resourceType,
        },
        UserVpc: input.userVpc && {
          VpcId: input.userVpc.vpcId,
          SwitchId: input.userVpc.switchId,
          SecurityGroupId: input.userVpc.securityGroupId,
          ExtendedCidrs: input.userVpc.extendedCidrs,
          DefaultRoute: input.userVpc.defaultRoute,
        },
        TargetRegistry: { Type: REGISTRY_TYPE_TO_WIRE[input.targetRegistry.type], InstanceId: input.targetRegistry.instanceId },
        OverwriteImageTag: input.overwriteImageTag,
        BuildConfig: {
          Dockerfile: input.dockerfile,
          BuildType: BUILD_TYPE_TO_WIRE[input.buildType],
          RegistryAuths: toRegistryAuthsWire(input.registryAuths),
        },
        Image: {
          Name: input.image.name,
          Uri: input.image.uri,
          Description: input.image.description,
          Labels: input.image.labels?.map((l) => ({ Key: l.key, Value: l.value })),
        },
        Accessibility: input.accessibility,
        ImageBuildJobName: input.jobName,
        RegionId: region,
      };
      // One token per logical call: the transport retries the same request, so every attempt carries it.
      const clientToken = input.clientToken ?? randomUUID();
      const created = await client.createImageBuild(body, clientToken).catch((err: unknown) => {
        // The token is the client's promise that this is the same request; a different body under it is the
        // client's conflict to resolve (use a new token, or resend the original), not an upstream failure.
        if (err instanceof UpstreamHttpError && err.code === 'IdempotentParameterMismatch') {
          throw new ConflictError('input.pai.clientToken was already used for a different build request; send the original request again, or use a new clientToken', 'PAI', err.code);
        }
        throw mapPaiError(err);
      });
      if (!created.ImageBuildId || !created.ImageBuildJobId) {
        throw mapPaiError(new UpstreamHttpError('PAI', 200, 'INVALID_RESPONSE', 'CreateImageBuild answered without ImageBuildId/ImageBuildJobId'));
      }
      const key = { buildId: created.ImageBuildId, jobId: created.ImageBuildJobId, targetImage: input.image.uri };
      let job: JobDto = { JobId: created.ImageBuildJobId, Status: 'Creating' };
      try {
        job = await client.getJob(created.ImageBuildJobId, false);
      } catch (err) {
        // The job may not be visible yet (or not to this caller): the build exists, report it as queued.
        const mappedErr = mapPaiError(err);
        if (!(mappedErr instanceof NotFoundError)) throw mappedErr;
      }
      const record = buildRecord(job, key, null);
      return { ...record, createdAt: record.createdAt ?? new Date() };
    },

    getBuild,

    async listBuilds(o: PaiListJobsOptions = {}): Promise<Page<ImageBuildRecord>> {
      // There is no ListImageBuilds; build jobs are recognised among DLC jobs (JobType/Envs, see dto.ts —
      // unverified against the real service). The page is the DLC page, so it may hold fewer builds.
      const { jobs, total, pageNumber, pageSize } = await listJobDtos(o);
      const items = jobs
        .filter(isBuildJob)
        .map((job) => buildRecord(job, { buildId: job.Envs?.[BUILD_JOB_ENV.buildId] ?? job.JobId ?? '', jobId: job.JobId ?? '' }, null));
      return { items, total, hasNextPage: pageNumber * pageSize < total };
    },

    async stopBuild(key: PaiBuildKey): Promise<ImageBuildRecord> {
      checkRegion(key);
      validateJobId(key.jobId, 'input.id');
      try {
        await client.stopJob(key.jobId);
      } catch (err) {
        if (err instanceof UpstreamHttpError && err.status === 400 && /Status/i.test(err.code)) {
          throw new ConflictError(`PAI: build ${key.buildId} has already finished (${err.message})`, 'PAI', err.code);
        }
        throw mapPaiError(err);
      }
      return getBuild(key);
    },

    async getBuildLog(jobId: string, o: { fromLine?: number; limit?: number } = {}): Promise<BuildLogLine[]> {
      validateJobId(jobId, 'input.jobId');
      validateLogWindow(o);
      const fromLine = o.fromLine ?? 0;
      const limit = o.limit ?? DEFAULT_LOG_LIMIT;
      return mapped(async () => {
        const job = await client.getJob(jobId, true);
        const pod = (job.Pods ?? []).find((p) => p.Type === 'Worker') ?? job.Pods?.[0];
        if (!pod?.PodId) return [];
        // Lines are numbered from the start of the job: ask for the whole window since the job was
        // created, with room for fromLine + limit lines, and cut locally. StartTime defaults to 7 days ago.
        const created = date(job.GmtCreateTime);
        const res = await client.getPodLogs(jobId, pod.PodId, {
          PodUid: pod.PodUid,
          MaxLines: fromLine + limit,
          StartTime: created ? isoSeconds(created) : undefined,
        });
        return (res.Logs ?? []).slice(fromLine, fromLine + limit).map((text, i) => ({ number: fromLine + i, text }));
      });
    },

    async getJob(jobId: string): Promise<JobRecord> {
      validateJobId(jobId, 'input.id');
      const job = await mapped(() => client.getJob(jobId, true));
      return toJobRecord(job);
    },

    async listJobs(o: PaiListJobsOptions = {}): Promise<Page<JobRecord>> {
      const { jobs, total, pageNumber, pageSize } = await listJobDtos(o);
      return { items: jobs.map(toJobRecord), total, hasNextPage: pageNumber * pageSize < total };
    },

    close: () => client.close(),
  };
}
