/**
 * SWR wire types (snake_case, exactly as the SDK models name them; `test/contracts/specs/swr/`).
 * Only `adapter.ts` and the emulator see these; the schema sees records from `port.ts`.
 */

/** `ShowNamespace` (ListNamespaces item and ShowNamespace response). `auth`: 7 manage, 3 edit, 1 read. */
export interface ShowNamespaceDto {
  id: number;
  name: string;
  creator_name: string;
  auth: 7 | 3 | 1;
}

export interface ListNamespacesResponseDto {
  namespaces: ShowNamespaceDto[];
}

export interface CreateNamespaceRequestBodyDto {
  namespace: string;
}

/** The category as it travels. `arm` is what the service takes (see `port.ts`); `arms` is the SDK enum's spelling. */
export type SwrCategoryWire = 'app_server' | 'linux' | 'framework_app' | 'database' | 'lang' | 'windows' | 'arm' | 'other';

export interface CreateRepoRequestBodyDto {
  repository: string;
  is_public: boolean;
  category?: SwrCategoryWire;
  description?: string;
}

export interface UpdateRepoRequestBodyDto {
  is_public: boolean;
  category?: SwrCategoryWire;
  description?: string;
}

/** `ShowReposResp`: one item of `GET /v2/manage/repos` (a bare JSON array; the total is in `Content-Range`). */
export interface ShowReposRespDto {
  name: string;
  category: string;
  description: string;
  size: number;
  is_public: boolean;
  num_images: number;
  num_download: number;
  created_at: string;
  updated_at: string;
  logo: string;
  url: string;
  path: string;
  internal_path: string;
  domain_name: string;
  namespace: string;
  tags: string[];
  status: boolean;
  total_range: number;
}

/** `ShowRepository` response (`GET /v2/manage/namespaces/{ns}/repos/{repo}`). */
export interface ShowRepositoryDto {
  id: number;
  ns_id: number;
  name: string;
  category: string;
  description: string;
  creator_id: string;
  creator_name: string;
  size: number;
  is_public: boolean;
  num_images: number;
  num_download: number;
  url: string;
  path: string;
  internal_path: string;
  created: string;
  updated: string;
  domain_id: string;
  priority: number;
}

/** `ShowReposTagResp`: one item of the v2 tag list. Note the capital `Tag`. */
export interface ShowReposTagRespDto {
  id: number;
  repo_id: number;
  Tag: string;
  image_id: string;
  manifest: string;
  digest: string;
  /** Docker manifest schema, 1 or 2. */
  schema: number;
  path: string;
  internal_path: string;
  size: number;
  is_trusted: boolean;
  created: string;
  updated: string;
  deleted: string;
  domain_id: string;
  scanned: boolean;
  /** 0 manifest, 1 manifest list. */
  tag_type: number;
}

/** `ShowRepoTag` response: the same fields, but this one spells `tag` in lower case. */
export type ShowRepoTagDto = Omit<ShowReposTagRespDto, 'Tag' | 'deleted' | 'scanned'> & { tag: string };

/** `UserAuth`: one user's permission (7 manage, 3 edit, 1 read). */
export interface UserAuthDto {
  user_id: string;
  user_name: string;
  auth: 7 | 3 | 1;
}

/** `ShowUserRepositoryAuth` response (`GET /v2/manage/namespaces/{ns}/repos/{repo}/access`). */
export interface ShowUserRepositoryAuthDto {
  id: number;
  name: string;
  self_auth: UserAuthDto;
  others_auths: UserAuthDto[];
}

/** SWR service errors as the doc "Error Codes" appendix shows them. */
export type SwrServiceErrorDto = { errorCode: string; errorMessage: string; detail?: string }[];
/** API Gateway / IAM errors (parsed first by the Go SDK). */
export interface ApigErrorDto {
  error_code: string;
  error_msg: string;
  request_id?: string;
  encoded_authorization_message?: string;
}
