/**
 * The SWR port: organisations (namespaces), repositories and tags as provider-neutral records.
 * `adapter.ts` implements it over the signed HTTP client; the schema consumes only these types.
 */
import type { Page } from '../../core/records.js';
import type { SwrCategoryWire } from './dto.js';

/** The public `RepositoryCategory` enum. */
export type RepositoryCategory = 'APP_SERVER' | 'LINUX' | 'FRAMEWORK_APP' | 'DATABASE' | 'LANG' | 'WINDOWS' | 'ARM' | 'OTHER';

export const REPOSITORY_CATEGORIES: readonly RepositoryCategory[] = ['APP_SERVER', 'LINUX', 'FRAMEWORK_APP', 'DATABASE', 'LANG', 'WINDOWS', 'ARM', 'OTHER'];

/**
 * Enum value → wire value, exactly.
 *
 * ARM is sent as `arm`, not `arms`. The SDK's generated `CreateRepoRequestBodyCategory` /
 * `UpdateRepoRequestBodyCategory` enums list `arms`, but every other source says `arm`: the SDK's own
 * field comment on the same property ("可设置为app_server, linux, framework_app, database, lang, other,
 * windows, arm"), the `category` filter of ListReposDetails, the API reference (swr_02_0030 / 0032),
 * and the Terraform providers that create repositories against the live service
 * (`huaweicloud_swr_repository`, `opentelekomcloud_swr_repository_v2` validate `category` against a list
 * ending in `arm`). The list filter must match what create stored, so `arm` is the value the service
 * takes; `arms` is a typo in the SDK's enum metadata. Reading back, both spellings map to ARM.
 * Consequence: a request body with `arm` does not validate against the vendored (SDK-derived) spec's
 * enum; the contract test asserts that one deviation explicitly.
 */
export const CATEGORY_TO_WIRE: Readonly<Record<RepositoryCategory, SwrCategoryWire>> = {
  APP_SERVER: 'app_server',
  LINUX: 'linux',
  FRAMEWORK_APP: 'framework_app',
  DATABASE: 'database',
  LANG: 'lang',
  WINDOWS: 'windows',
  ARM: 'arm',
  OTHER: 'other',
};

/** Wire value → enum value; `arms` (the SDK spelling) is accepted too. Unknown or empty → null. */
export function categoryFromWire(value: string | null | undefined): RepositoryCategory | null {
  switch ((value ?? '').toLowerCase()) {
    case 'app_server':
      return 'APP_SERVER';
    case 'linux':
      return 'LINUX';
    case 'framework_app':
      return 'FRAMEWORK_APP';
    case 'database':
      return 'DATABASE';
    case 'lang':
      return 'LANG';
    case 'windows':
      return 'WINDOWS';
    case 'arm':
    case 'arms':
      return 'ARM';
    case 'other':
      return 'OTHER';
    default:
      return null;
  }
}

/** The caller's permission on an organisation (`auth` 7 / 3 / 1). */
export type NamespaceAccess = 'MANAGE' | 'EDIT' | 'READ';

export interface NamespaceRecord {
  provider: 'SWR';
  /** The organisation name (its identity in the API). */
  name: string;
  /** SWR's numeric id. */
  id: number;
  creatorName: string | null;
  access: NamespaceAccess | null;
}

/** What identifies a repository: organisation plus repository name (which may contain `/`). */
export interface RepositoryKey {
  namespace: string;
  name: string;
}

export interface RepositoryRecord {
  provider: 'SWR';
  namespace: string;
  /** May contain `/` (`base/debian`); the adapter writes it as `$` in paths. */
  name: string;
  isPublic: boolean;
  /** Null when SWR reports no or an unknown category. */
  category: RepositoryCategory | null;
  description: string | null;
  sizeBytes: number | null;
  /** `num_images`: how many tags (image versions) the repository holds. */
  tagCount: number;
  numDownloads: number;
  /**
   * Tag names as the list call returns them inline (`ShowReposResp.tags`): the first tags of a repository
   * cost no extra call. Tag details (digest, size) need `listTags`.
   */
  tagNames: string[];
  /** `swr.<region>.myhuaweicloud.com/<namespace>/<repository>`. */
  pullPath: string | null;
  /** The in-cluster (CCE) pull path. */
  internalPath: string | null;
  /** The account (tenant) name owning the repository. */
  domainName: string | null;
  createdAt: Date | null;
  updatedAt: Date | null;
}

export interface TagRecord {
  provider: 'SWR';
  namespace: string;
  repository: string;
  /** The tag name (`latest`, `v1.2.0`). */
  name: string;
  id: number;
  digest: string | null;
  imageId: string | null;
  sizeBytes: number | null;
  /** `tag_type` 0 / 1. */
  manifestType: 'MANIFEST' | 'MANIFEST_LIST';
  /** Docker manifest schema version (1 or 2). */
  schemaVersion: number | null;
  /** `swr.<region>.myhuaweicloud.com/<namespace>/<repository>:<tag>`. */
  pullPath: string | null;
  internalPath: string | null;
  isTrusted: boolean;
  scanned: boolean;
  createdAt: Date | null;
  updatedAt: Date | null;
}

/** One user's permission on a repository (`UserAuth`: 7 manage, 3 edit, 1 read). */
export interface RepositoryUserPermission {
  userId: string;
  userName: string;
  access: NamespaceAccess | null;
}

/** `ShowUserRepositoryAuth`: the caller's own permission and the permissions granted to others. */
export interface RepositoryPermissionsRecord {
  self: RepositoryUserPermission | null;
  others: RepositoryUserPermission[];
}

export interface ListRepositoriesArgs {
  /** @default 0 */
  offset?: number;
  /** 1–1000. @default 100 */
  limit?: number;
  /** Exact organisation. */
  namespace?: string;
  /** Substring match on the repository name (SWR's `name` filter is fuzzy). */
  name?: string;
  category?: RepositoryCategory;
}

export interface CreateRepositoryInput {
  namespace: string;
  name: string;
  isPublic: boolean;
  category?: RepositoryCategory | null;
  description?: string | null;
}

export interface UpdateRepositoryInput {
  /** SWR requires `is_public` on every update. */
  isPublic: boolean;
  category?: RepositoryCategory | null;
  description?: string | null;
}

export interface SwrPort {
  listNamespaces(): Promise<NamespaceRecord[]>;
  /** Validates the name (field `input.name`), creates, and returns the organisation as SWR reports it. */
  createNamespace(name: string): Promise<NamespaceRecord>;
  listRepositories(args?: ListRepositoriesArgs): Promise<Page<RepositoryRecord>>;
  /** One entry per key, in key order: the record, or an Error (NotFoundError, ValidationError…) for that key. */
  getRepositories(keys: readonly RepositoryKey[]): Promise<(RepositoryRecord | Error)[]>;
  createRepository(input: CreateRepositoryInput): Promise<RepositoryRecord>;
  /** SWR answers 201 with no body; the refreshed record is read back. */
  updateRepository(key: RepositoryKey, input: UpdateRepositoryInput): Promise<RepositoryRecord>;
  /** Throws ConflictError when the repository still holds images (SWR 406). */
  deleteRepository(key: RepositoryKey): Promise<void>;
  listTags(key: RepositoryKey, args?: { offset?: number; limit?: number }): Promise<Page<TagRecord>>;
  /** `ShowNamespace`; null when SWR answers 404. The name is validated first (field `name`). */
  getNamespace(name: string, field?: string): Promise<NamespaceRecord | null>;
  /**
   * `DeleteNamespaces`. Throws ConflictError while the organisation still holds repositories, NotFoundError
   * when it does not exist. The name is validated first (field `input.name`).
   */
  deleteNamespace(name: string, field?: string): Promise<void>;
  /** `ShowRepoTag`; null when SWR answers 404 (no such tag). The tag is validated first (field `name`). */
  getTag(key: RepositoryKey, tag: string, field?: string): Promise<TagRecord | null>;
  /** `DeleteRepoTag`. NotFoundError when the tag (or repository) does not exist. The tag is validated first (`input.tag`). */
  deleteTag(key: RepositoryKey, tag: string, field?: string): Promise<void>;
  /** `ShowUserRepositoryAuth`: who may do what with the repository. */
  getRepositoryPermissions(key: RepositoryKey): Promise<RepositoryPermissionsRecord>;
}
