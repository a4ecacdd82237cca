/**
 * Wire types for PAI AIWorkSpace 2021-02-04 (images, CreateImageBuild) and PAI-DLC 2020-12-03 (jobs, pods,
 * logs), as the official TypeScript SDK models them (see test/contracts/specs/pai/*.yaml). Only the fields
 * the gateway reads or sends are listed; every response field is optional, as in the SDK.
 */

export const AIWORKSPACE_VERSION = '2021-02-04';
export const DLC_VERSION = '2020-12-03';

export interface AcsLabel {
  Key?: string;
  Value?: string;
}

/** Alibaba's common error body (RequestId/HostId/Code/Message; the TS core also reads Detail/Description). */
export interface AcsErrorBody {
  RequestId?: string;
  HostId?: string;
  Code?: string;
  Message?: string;
  Recommend?: string;
  Detail?: string;
  Description?: string;
  AccessDeniedDetail?: Record<string, unknown>;
  // Some gateways answer in lower camel case; the TS core reads both.
  code?: string;
  message?: string;
  requestId?: string;
}

/** `ListImagesResponseBodyImages` and `GetImageResponseBody` (GetImage has no `ImageId`; we add it from the path). */
export interface ImageDto {
  ImageId?: string;
  Name?: string;
  Description?: string;
  ImageUri?: string;
  Labels?: AcsLabel[];
  WorkspaceId?: string;
  Accessibility?: string;
  /** GB per AddImage's model; GetImage/ListImages say "bytes" with examples of 2 and 10 (see adapter). */
  Size?: number;
  ParentUserId?: string;
  UserId?: string;
  SourceType?: string;
  SourceId?: string;
  GmtCreateTime?: string;
  GmtModifiedTime?: string;
  RequestId?: string;
}

export interface ListImagesResponse {
  RequestId?: string;
  TotalCount?: number;
  Images?: ImageDto[];
}

export interface AddImageRequest {
  Name: string;
  ImageUri: string;
  Description?: string;
  Labels?: AcsLabel[];
  WorkspaceId?: string;
  Accessibility?: 'PUBLIC' | 'PRIVATE';
  Size?: number;
  ImageId?: string;
  SourceType?: 'Import' | 'Build';
  SourceId?: string;
  UserId?: string;
}

export interface AddImageResponse {
  RequestId?: string;
  ImageId?: string;
}

export interface RemoveImageResponse {
  RequestId?: string;
}

/** Wire spellings of the build enums (CreateImageBuildRequest model). */
export type WireBuildType = 'PackageInstallation' | 'CustomDockerfile';
export type WireRegistryType = 'AcrEnterprise';
export type WireAccessibility = 'PUBLIC' | 'PRIVATE';

/** `POST /api/v1/imagebuilds` body; `ClientToken` goes in the query string. */
export interface CreateImageBuildRequest {
  WorkspaceId: string;
  Resource: {
    EcsSpec?: string;
    ResourceConfig?: { CPU?: string; Memory?: string };
    ResourceId?: string;
    ResourceType?: string;
  };
  UserVpc?: {
    VpcId?: string;
    SwitchId?: string;
    SecurityGroupId?: string;
    ExtendedCidrs?: string[];
    DefaultRoute?: string;
  };
  TargetRegistry: { Type: WireRegistryType; InstanceId?: string };
  OverwriteImageTag?: boolean;
  BuildConfig: {
    Dockerfile: string;
    BuildType: WireBuildType;
    /** `{"<registry domain>": {"Auth": "<base64 user:pass>"}}`, inside BuildConfig. */
    RegistryAuths?: Record<string, { Auth: string }>;
  };
  Image: { Name: string; Uri: string; Description?: string; Labels?: AcsLabel[] };
  Accessibility?: WireAccessibility;
  ImageBuildJobName?: string;
  RegionId?: string;
}

/** No `RequestId` is modelled for this operation. */
export interface CreateImageBuildResponse {
  ImageBuildId?: string;
  ImageBuildJobId?: string;
}

/** DLC job states (TS-prev `GetJobResponseBody.Status`). */
export type DlcJobStatus =
  | 'Creating'
  | 'Queuing'
  | 'Bidding'
  | 'EnvPreparing'
  | 'SanityChecking'
  | 'Running'
  | 'Restarting'
  | 'Stopping'
  | 'SucceededReserving'
  | 'FailedReserving'
  | 'Succeeded'
  | 'Failed'
  | 'Stopped';

export interface StatusTransitionDto {
  Status?: string;
  StartTime?: string;
  EndTime?: string;
  ReasonCode?: string;
  ReasonMessage?: string;
}

export interface PodDto {
  PodId?: string;
  PodUid?: string;
  Type?: string;
  Status?: string;
  SubStatus?: string;
  Ip?: string;
  NodeName?: string;
  GmtCreateTime?: string;
  GmtStartTime?: string;
  GmtFinishTime?: string;
  HistoryPods?: PodDto[];
}

/** `GetJobResponseBody` ∪ `JobItem` (the fields the gateway reads). */
export interface JobDto {
  JobId?: string;
  DisplayName?: string;
  JobType?: string;
  Status?: string;
  SubStatus?: string;
  ReasonCode?: string;
  ReasonMessage?: string;
  StatusHistory?: StatusTransitionDto[];
  Pods?: PodDto[];
  Envs?: Record<string, string>;
  GmtCreateTime?: string;
  GmtSubmittedTime?: string;
  GmtRunningTime?: string;
  GmtSuccessedTime?: string;
  GmtFailedTime?: string;
  GmtStoppedTime?: string;
  GmtFinishTime?: string;
  Duration?: number;
  WorkspaceId?: string;
  ResourceId?: string;
  ResourceType?: string;
  UserId?: string;
  RequestId?: string;
}

export interface ListJobsResponse {
  RequestId?: string;
  TotalCount?: number;
  Jobs?: JobDto[];
}

export interface StopJobResponse {
  JobId?: string;
  RequestId?: string;
}

export interface GetPodLogsResponse {
  JobId?: string;
  PodId?: string;
  PodUid?: string;
  RequestId?: string;
  Logs?: string[];
}

export interface GetJobEventsResponse {
  JobId?: string;
  RequestId?: string;
  Events?: string[];
}

/**
 * Environment keys the emulator sets on an image-build DLC job so a build can be recognised and linked
 * back to its image without a GetImageBuild API (none exists). **Unverified against the real service**:
 * a real build job may not carry them, in which case the adapter falls back to what the caller knows.
 */
export const BUILD_JOB_ENV = { buildId: 'PAI_IMAGE_BUILD_ID', imageUri: 'PAI_IMAGE_URI' } as const;
/** JobType the emulator gives image-build jobs; the real value is undocumented (NOTES.md §1). */
export const BUILD_JOB_TYPE = 'ImageBuild';
