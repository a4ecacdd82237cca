import type { BuildLogLine, ImageBuildRecord, JobRecord, Page, PaiImageRecord } from '../ports.js';

/** GraphQL enum values of `createImageBuild(input: {pai: …})`; mapped exactly to the wire in adapter.ts. */
export type PaiBuildType = 'PACKAGE_INSTALLATION' | 'CUSTOM_DOCKERFILE';
export type PaiRegistryType = 'ACR_ENTERPRISE';
export type PaiAccessibility = 'PUBLIC' | 'PRIVATE';

export interface PaiListImagesOptions {
  /** 1-based. @default 1 */
  pageNumber?: number;
  /** @default 20 */
  pageSize?: number;
  /** @default the configured workspace */
  workspaceId?: string;
  /** Fuzzy name match (`Name`). */
  name?: string;
  /** Fuzzy name-or-description match (`Query`). */
  search?: string;
  /** Every pair must match (`Labels=k=v,k=v`). */
  labels?: Record<string, string>;
  accessibility?: PaiAccessibility;
  imageUri?: string;
  /** By creation time. @default 'DESC' */
  order?: 'ASC' | 'DESC';
}

export interface PaiCreateImageBuildInput {
  /** @default the configured workspace */
  workspaceId?: string;
  dockerfile: string;
  buildType: PaiBuildType;
  image: { name: string; uri: string; description?: string; labels?: { key: string; value: string }[] };
  /** `ecsSpec` (public resource group, pay-as-you-go) or `resourceId` (+ `resourceType`, subscription quota). */
  resource: { ecsSpec?: string; cpu?: string; memory?: string; resourceId?: string; resourceType?: string };
  targetRegistry: { type: PaiRegistryType; instanceId?: string };
  userVpc?: { vpcId?: string; switchId?: string; securityGroupId?: string; extendedCidrs?: string[]; defaultRoute?: string };
  overwriteImageTag?: boolean;
  accessibility?: PaiAccessibility;
  /** Idempotency token; generated when absent (and reused on every retry of this call). */
  clientToken?: string;
  /** `{"<registry domain>": {"Auth": base64("user:pass")}}` for private base images. */
  registryAuths?: Record<string, { auth: string }>;
  jobName?: string;
}

/** What identifies a PAI build (all parts go into the global id; no database is needed). */
export interface PaiBuildKey {
  buildId: string;
  /** The PAI-DLC job running the build. */
  jobId: string;
  region: string;
  /** The target image URI, when the caller knows it (links a finished build to its image). */
  targetImage?: string | null;
}

export interface PaiListJobsOptions {
  pageNumber?: number;
  /** 1..100. @default 20 */
  pageSize?: number;
  /** @default the configured workspace */
  workspaceId?: string;
  /** DLC statuses (`Running`, `Succeeded`…), passed through. */
  statuses?: string[];
}

/** The PAI capabilities the schema consumes. Every method validates its input before any upstream call. */
export interface PaiPort {
  readonly provider: 'PAI';
  readonly region: string;
  listImages(options?: PaiListImagesOptions): Promise<Page<PaiImageRecord>>;
  /** One result per id, in key order; a missing image is a `NotFoundError` in its slot. */
  getImages(ids: readonly string[]): Promise<(PaiImageRecord | Error)[]>;
  removeImage(id: string): Promise<void>;
  /** Always sends a `ClientToken`: the same token never creates a second build. */
  createImageBuild(input: PaiCreateImageBuildInput): Promise<ImageBuildRecord>;
  getBuild(key: PaiBuildKey): Promise<ImageBuildRecord>;
  /** Image-build jobs of the workspace (DLC jobs recognised as builds; see adapter.ts). */
  listBuilds(options?: PaiListJobsOptions): Promise<Page<ImageBuildRecord>>;
  /** PAI-DLC `StopJob`; a finished build is a `ConflictError`. */
  stopBuild(key: PaiBuildKey): Promise<ImageBuildRecord>;
  /** Pod log lines with stable 0-based numbers; `[]` before the pod exists. */
  getBuildLog(jobId: string, options?: { fromLine?: number; limit?: number }): Promise<BuildLogLine[]>;
  getJob(jobId: string): Promise<JobRecord>;
  listJobs(options?: PaiListJobsOptions): Promise<Page<JobRecord>>;
}
