/**
 * Wire types of the TAC API and of the CSP token exchange, as in test/contracts/specs/tac/ (reconstructed
 * from the doc pages; response members are inferred from examples, so every response member is optional
 * and the adapter treats absent values as null).
 */

/** `POST /csp/gateway/am/api/auth/api-tokens/authorize` answer. */
export interface CspTokenResponse {
  id_token?: string | null;
  token_type?: string;
  /** Seconds; CSP answers 1799 (30 min) by default. */
  expires_in?: number;
  scope?: string;
  access_token?: string;
  refresh_token?: string;
}

/** What CSP answers on failure (not documented on the TAC pages; the members real clients read). */
export interface CspErrorBody {
  statusCode?: number;
  error?: string;
  error_description?: string;
  message?: string;
  requestId?: string;
}

export type BaseImageStatusDto = 'ACTIVE' | 'DEPRECATED' | 'DELETED';

export interface OperatingSystemSummaryDto {
  id?: string;
  name?: string;
  distro?: string;
  version?: string;
}

export interface PullRegistrySummaryDto {
  id?: string;
  name?: string;
  url?: string;
  healthy?: boolean;
  last_checked_at?: string;
}

export interface HrefDto {
  href?: string;
}

export interface BaseImageDetailedDto {
  id?: string;
  name?: string;
  description?: string;
  container_image?: string;
  operating_system?: OperatingSystemSummaryDto;
  healthy?: boolean;
  last_checked_at?: string;
  application_count?: number;
  status?: string;
  packaging_type?: string;
  platforms?: { os_family?: string; architecture?: string }[];
  pull_registry?: PullRegistrySummaryDto;
  created_at?: string;
  created_by?: string;
  updated_at?: string;
  updated_by?: string;
  removed_at?: string;
  removed_by?: string;
  deprecated_at?: string;
  _links?: { pull_registry?: HrefDto; operating_system?: HrefDto };
}

/** The envelope of every TAC page-number list. */
export interface PageDto<T> {
  page?: number;
  page_size?: number;
  total_size?: number;
  total_pages?: number;
  items?: T[];
}

export type BaseImagesPageDto = PageDto<BaseImageDetailedDto>;

export interface RegistryDetailedDto {
  id?: string;
  name?: string;
  url?: string;
  healthy?: boolean;
  last_checked_at?: string;
  description?: string;
  hosted?: boolean;
  vmware_managed?: boolean;
  shared?: boolean;
  owned?: boolean;
  provider?: string;
  flavor?: string;
  created_at?: string;
  created_by?: string;
  updated_at?: string;
  updated_by?: string;
  removed_at?: string;
  removed_by?: string;
  application_count?: number;
  credentials_limit?: number;
  unhealthy_cause?: string;
  _links?: { credentials?: HrefDto };
}

export type RegistriesPageDto = PageDto<RegistryDetailedDto>;

export interface OperatingSystemDetailedDto {
  id?: string;
  name?: string;
  distro?: string;
  version?: string;
  distroless?: boolean;
  fips_compliant?: boolean;
  stig_compliant?: boolean;
  status?: string;
  replaced_by?: string;
  created_at?: string;
  updated_at?: string;
  deprecated_at?: string;
  replaced_at?: string;
}

/** `POST /v1/base-images` body: every member required. */
export interface BaseImageRequestDto {
  name: string;
  description: string;
  registry_id: string;
  container_image: string;
  operating_system_id: string;
}

/** `POST /v1/registries` body (`CreatePrivateRegistryRequest`). `access_secret` is a secret: never logged. */
export interface CreatePrivateRegistryRequestDto {
  name: string;
  description: string;
  provider: string;
  url: string;
  access_key?: string;
  access_secret: string;
}

/** `POST /v1/registries/{id}/credentials` body. */
export interface RegistryCredentialsRequestDto {
  description: string;
}

/** `POST /v1/registries/{id}/credentials` 201 body. The password is shown this once. */
export interface RegistryCredentialsDto {
  username?: string;
  password?: string;
}

/** `PATCH /v1/base-images/{id}` body. */
export interface UpdateBaseImageRequestDto {
  name?: string;
  description?: string;
}

/** `GET /v1/base-images` query. `statuses` is `style: form, explode: false` (comma-separated). */
export interface BaseImagesQueryDto {
  page?: number;
  page_size?: number;
  statuses?: string;
  name?: string;
  shared?: boolean;
  packaging_type?: string;
  with_applications?: boolean;
}

export interface RegistriesQueryDto {
  page?: number;
  page_size?: number;
  removed?: boolean;
  provider?: string;
  hosted?: boolean;
  vmware_managed?: boolean;
  shared?: boolean;
  owned?: boolean;
}

/** RFC 7807 problem details; `violations` on 400 (ConstraintsViolationsError). */
export interface ProblemDto {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  violations?: { field?: string; message?: string }[];
}
