/**
 * The TAC port: what the schema consumes from the Tanzu Application Catalog adapter. Ids are TAC's own
 * (UUID strings); the schema wraps them into global ids. No wire type crosses this boundary.
 */
import type { FieldError } from '../../core/errors.js';
import type { Page } from '../../core/records.js';

/** The statuses `GET /v1/base-images?statuses=` documents. */
export const BASE_IMAGE_STATUSES = ['ACTIVE', 'DEPRECATED', 'DELETED'] as const;
export type BaseImageStatus = (typeof BASE_IMAGE_STATUSES)[number];

export interface PlatformRecord {
  /** e.g. `linux`. */
  osFamily: string | null;
  /** e.g. `amd64`, `arm64`. */
  architecture: string | null;
}

/** The operating system summary TAC embeds in every base image (list and detail). */
export interface OperatingSystemSummaryRecord {
  id: string;
  name: string | null;
  distro: string | null;
  version: string | null;
}

/** The registry summary TAC embeds in every base image (`pull_registry`). */
export interface PullRegistryRecord {
  id: string;
  name: string | null;
  url: string | null;
  healthy: boolean | null;
  lastCheckedAt: Date | null;
}

export interface BaseImageRecord {
  provider: 'TAC';
  id: string;
  name: string;
  description: string | null;
  /** `REPOSITORY_NAME/IMAGE_NAME:TAG`, e.g. `docker.io/library/debian:11`. */
  containerImage: string | null;
  /** null when TAC sends a status outside the documented ACTIVE / DEPRECATED / DELETED. */
  status: BaseImageStatus | null;
  /** e.g. `CONTAINER_IMAGE`. */
  packagingType: string | null;
  platforms: PlatformRecord[];
  operatingSystemId: string | null;
  /** Embedded by TAC in list items too, so a page needs no OS call for id/name/distro/version. */
  operatingSystem: OperatingSystemSummaryRecord | null;
  /** The registry the image lives in (`pull_registry.id`; `registry_id` on create). */
  registryId: string | null;
  pullRegistry: PullRegistryRecord | null;
  healthy: boolean | null;
  lastCheckedAt: Date | null;
  applicationCount: number;
  createdAt: Date | null;
  createdBy: string | null;
  updatedAt: Date | null;
  updatedBy: string | null;
  deprecatedAt: Date | null;
  removedAt: Date | null;
  removedBy: string | null;
}

export interface RegistryRecord {
  provider: 'TAC';
  id: string;
  name: string;
  description: string | null;
  url: string | null;
  /** TAC's value, e.g. `HARBOR`, `AMAZON_ELASTIC_CONTAINER_REGISTRY`. */
  registryProvider: string | null;
  /** e.g. `STANDALONE` (seen only in the list example). */
  flavor: string | null;
  healthy: boolean | null;
  unhealthyCause: string | null;
  lastCheckedAt: Date | null;
  /** Hosted automatically by the catalog. */
  hosted: boolean | null;
  /** Hosted manually by the catalog (VMware/Bitnami managed). */
  vmwareManaged: boolean | null;
  shared: boolean | null;
  owned: boolean | null;
  applicationCount: number | null;
  credentialsLimit: number | null;
  createdAt: Date | null;
  updatedAt: Date | null;
  removedAt: Date | null;
}

export interface OperatingSystemRecord {
  provider: 'TAC';
  id: string;
  name: string;
  distro: string | null;
  version: string | null;
  distroless: boolean | null;
  fipsCompliant: boolean | null;
  stigCompliant: boolean | null;
  /** e.g. `ACTIVE`, `DEPRECATED`. */
  status: string | null;
  /** Id of the operating system that replaces this one. */
  replacedById: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
  deprecatedAt: Date | null;
  replacedAt: Date | null;
}

export interface ListBaseImagesArgs {
  /** 1-based. @default 1 */
  page?: number;
  /** 1–100 (TAC_MAX_PAGE_SIZE). @default 20 */
  pageSize?: number;
  /** @default TAC's default (ACTIVE and DEPRECATED in the emulator) */
  statuses?: readonly BaseImageStatus[];
  /** Matches base image names ("centos 7"). */
  name?: string;
  /** `shared`: only shared (true) or only the organization's own (false) base images. */
  shared?: boolean;
  /** `packaging_type`, e.g. `CONTAINER_IMAGE`. */
  packagingType?: string;
  /** `with_applications`: only base images that applications are built on. */
  withApplications?: boolean;
}

/** The registry providers `POST /v1/registries` accepts (CreatePrivateRegistryRequest `provider`). */
export const REGISTRY_PROVIDERS = [
  'AMAZON_ELASTIC_CONTAINER_REGISTRY',
  'HARBOR',
  'NEXUS_CONTAINER_REGISTRY',
  'AZURE_CONTAINER_REGISTRY',
  'JFROG_CONTAINER_REGISTRY',
  'GITHUB_CONTAINER_REGISTRY',
  'GOOGLE_ARTIFACT_REGISTRY',
] as const;
export type RegistryProvider = (typeof REGISTRY_PROVIDERS)[number];

/** `createRegistry` input: a private registry the catalog pushes to. */
export interface CreateRegistryInput {
  name: string;
  /** Required by TAC (may be empty). */
  description: string;
  provider: RegistryProvider;
  /** The registry URL, e.g. `https://harbor.acme.example`. */
  url: string;
  /** The user / access key id, when the registry needs one. */
  accessKey?: string;
  /** The password / secret. Never logged, echoed or put into an error. */
  accessSecret: string;
}

/** A pull credential TAC issued for one of its registries. The password is shown this once. */
export interface RegistryCredentialsRecord {
  username: string;
  password: string;
}

export interface ListRegistriesArgs {
  /** @default 1 */
  page?: number;
  /** @default 20 */
  pageSize?: number;
  /** Include removed registries instead of live ones. @default TAC's default */
  removed?: boolean;
}

/** `createBaseImage` input, named as in the schema (`input.*` paths in errors). */
export interface CreateBaseImageInput {
  name: string;
  description: string;
  registryId: string;
  /** `REPOSITORY_NAME/IMAGE_NAME:TAG`. */
  containerImage: string;
  operatingSystemId: string;
}

export interface UpdateBaseImageInput {
  name?: string | null;
  description?: string | null;
}

export interface TacPort {
  listBaseImages(args: ListBaseImagesArgs): Promise<Page<BaseImageRecord>>;
  /** One value or Error per id, in key order (DataLoader contract). */
  getBaseImages(ids: readonly string[]): Promise<(BaseImageRecord | Error)[]>;
  /** Validates (ValidationError, no upstream call), POSTs, then GETs the `Location` it answers. */
  createBaseImage(input: CreateBaseImageInput): Promise<BaseImageRecord>;
  /** PATCH (204) then GET. */
  updateBaseImage(id: string, input: UpdateBaseImageInput): Promise<BaseImageRecord>;
  /** DELETE (204). The docs do not say whether the image stays readable; the emulator keeps it with status DELETED. */
  deleteBaseImage(id: string): Promise<void>;
  listRegistries(args: ListRegistriesArgs): Promise<Page<RegistryRecord>>;
  getRegistries(ids: readonly string[]): Promise<(RegistryRecord | Error)[]>;
  /** Validates, POSTs (201 + `Location`), then GETs the new registry. */
  createRegistry(input: CreateRegistryInput): Promise<RegistryRecord>;
  /** Issues a new credential pair for a registry TAC manages (`POST …/credentials`). */
  issueRegistryCredentials(registryId: string, description: string): Promise<RegistryCredentialsRecord>;
  /** TAC has no OS list or batch endpoint: one GET per distinct id. */
  getOperatingSystems(ids: readonly string[]): Promise<(OperatingSystemRecord | Error)[]>;
}

export type { FieldError };
