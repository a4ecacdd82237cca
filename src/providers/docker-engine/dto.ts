/** Docker Engine API wire types (v1.44 spec, fields present since 1.41 unless noted). */
export interface SystemVersionDto {
  Version: string;
  ApiVersion: string;
  MinAPIVersion?: string;
  Os: string;
  Arch: string;
}

export interface ImageSummaryDto {
  Id: string;
  ParentId: string;
  RepoTags: string[] | null;
  RepoDigests: string[] | null;
  /** Unix seconds. */
  Created: number;
  Size: number;
  SharedSize: number;
  Labels: Record<string, string> | null;
  Containers: number;
}

export interface ImageInspectDto {
  Id: string;
  RepoTags: string[] | null;
  RepoDigests: string[] | null;
  Parent?: string;
  Comment?: string;
  /** RFC 3339; omitted when unknown (1.44). */
  Created?: string;
  Architecture?: string;
  Variant?: string;
  Os?: string;
  Size: number;
  Config?: {
    Labels?: Record<string, string> | null;
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    Env?: string[] | null;
    WorkingDir?: string;
    User?: string;
    /** Keys like `80/tcp`; the values are empty objects. */
    ExposedPorts?: Record<string, unknown> | null;
  } | null;
}

/** `ImageHistoryResponseItem`: one build step; `Id` is `<missing>` for steps without an image of their own. */
export interface ImageHistoryItemDto {
  Id: string;
  /** Unix seconds. */
  Created: number;
  CreatedBy: string;
  Tags: string[] | null;
  Size: number;
  Comment: string;
}

export interface ImageDeleteResponseItemDto {
  Untagged?: string;
  Deleted?: string;
}

export interface ImagePruneResponseDto {
  ImagesDeleted: ImageDeleteResponseItemDto[] | null;
  SpaceReclaimed: number;
}

/** One message of the `/images/create` progress stream (`CreateImageInfo`, de facto). */
export interface CreateImageInfoDto {
  id?: string;
  status?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { code?: number; message?: string };
}

/** `/events` message (1.44 shape plus legacy fields the 1.41 daemon still sends). */
export interface EventMessageDto {
  Type: string;
  Action: string;
  Actor: { ID: string; Attributes?: Record<string, string> };
  scope?: string;
  time: number;
  timeNano: number;
  status?: string;
  id?: string;
  from?: string;
}

/** `X-Registry-Auth` payload (`AuthConfig`). */
export interface AuthConfigDto {
  username?: string;
  password?: string;
  serveraddress?: string;
  identitytoken?: string;
}
