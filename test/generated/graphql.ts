/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An RFC 3339 date-time in UTC. */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON (provider-specific detail such as labels or a config summary). */
  JSON: { input: unknown; output: unknown; }
  /** A file sent with the GraphQL multipart request spec. It is streamed to the upstream, never held whole. */
  Upload: { input: File; output: File; }
};

/** Who can see a PAI image: PUBLIC (everyone in the workspace) or PRIVATE (its creator). */
export type Accessibility =
  /** Visible to its creator only. */
  | 'PRIVATE'
  /** Visible to everyone in the workspace. */
  | 'PUBLIC';

/** The image to register with PAI. */
export type AddPaiImageInput = {
  /** Default PRIVATE (visible to its creator only). */
  accessibility?: InputMaybe<Accessibility>;
  /** Free text shown in the PAI console. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A chosen id, `image-` followed by 18 letters or digits; PAI generates one when absent. */
  imageId?: InputMaybe<Scalars['String']['input']>;
  /** Where the image lives, with registry host, e.g. `registry.cn-hangzhou.aliyuncs.com/ns/repo:v1`. */
  imageUri: Scalars['String']['input'];
  /** Labels to attach (keys unique). */
  labels?: InputMaybe<Array<KeyValueInput>>;
  /** 1–50 lowercase letters, digits and hyphens, starting with a letter. */
  name: Scalars['String']['input'];
  /** Image size in GB, as AddImage takes it. */
  sizeGb?: InputMaybe<Scalars['Int']['input']>;
  /** Default: PAI_WORKSPACE_ID. */
  workspaceId?: InputMaybe<Scalars['String']['input']>;
};

/** What addPaiImage answers: its success type, or one of the typed errors. */
export type AddPaiImageResult = AddPaiImageSuccess | ConflictError | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** The image is registered in the PAI workspace. */
export type AddPaiImageSuccess = {
  __typename?: 'AddPaiImageSuccess';
  /** The image as PAI reports it after the change. */
  image: PaiImage;
};

/** A Tanzu Application Catalog base image: the image the catalog builds applications on. */
export type BaseImage = Node & {
  __typename?: 'BaseImage';
  /** How many catalog applications are built on it. */
  applicationCount: Scalars['Int']['output'];
  /** REPOSITORY/IMAGE:TAG, e.g. docker.io/library/debian:12. */
  containerImage?: Maybe<Scalars['String']['output']>;
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who added it; null when TAC does not say. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** When it was deprecated; null unless DEPRECATED. */
  deprecatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Free text; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Images on the Docker engine that `containerImage` names (same registry, path and tag, or digest; `debian:12` is `docker.io/library/debian:12`). One engine list call per request serves every base image. */
  dockerImages: Array<DockerImage>;
  /** Whether TAC found the image pullable at its last check; null before the first check. */
  healthy?: Maybe<Scalars['Boolean']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** When TAC last checked it, ISO 8601 in UTC; null before the first check. */
  lastCheckedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Base image name, unique in the catalog. */
  name: Scalars['String']['output'];
  /** id, name, distro and version come with the base image; other fields load the operating system (batched per request). */
  operatingSystem?: Maybe<OperatingSystem>;
  /** e.g. CONTAINER_IMAGE. */
  packagingType?: Maybe<Scalars['String']['output']>;
  /** The platforms (architecture and OS family) it is available for; empty when not reported. */
  platforms: Array<Platform>;
  /** Same as `registry`, under TAC’s own name. */
  pullRegistry?: Maybe<Registry>;
  /** The registry the image is pulled from (TAC’s pull_registry). id, name, url, healthy and lastCheckedAt come with the base image. */
  registry?: Maybe<Registry>;
  /** When it was removed; null unless DELETED. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who removed it; null unless DELETED. */
  removedBy?: Maybe<Scalars['String']['output']>;
  /** SWR repositories that `containerImage` points into (same registry host and `<namespace>/<repository>`; the tag is not checked). Batched: one SWR list call per distinct organisation. */
  repositories: Array<Repository>;
  /** Null when TAC answers a status it does not document. */
  status?: Maybe<BaseImageStatus>;
  /** When it last changed, ISO 8601 in UTC; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it; null when TAC does not say. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** A page of base image items (Relay connection): `edges` in the list's order and `pageInfo` to ask for the next page. Lists page forward only. */
export type BaseImageConnection = {
  __typename?: 'BaseImageConnection';
  /** The items of this page, in the order of the list; empty when there are none. */
  edges: Array<BaseImageEdge>;
  /** Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`). */
  pageInfo: PageInfo;
  /** Base images matching the filter, as TAC reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a base image page, with the cursor of its position. */
export type BaseImageEdge = {
  __typename?: 'BaseImageEdge';
  /** Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: BaseImage;
};

/** Narrows a list: every condition given must hold (AND); a condition left out (or null) does not filter. */
export type BaseImageFilter = {
  /** Matches base image names, as TAC matches them. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only this packaging, e.g. `CONTAINER_IMAGE` (TAC `packaging_type`). */
  packagingType?: InputMaybe<Scalars['String']['input']>;
  /** true: only base images shared with every organization; false: only your organization’s own (TAC `shared`). */
  shared?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default (TAC’s): ACTIVE and DEPRECATED. */
  statuses?: InputMaybe<Array<BaseImageStatus>>;
  /** true: only base images that catalog applications are built on (TAC `with_applications`). */
  withApplications?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Lifecycle of a TAC base image. */
export type BaseImageStatus =
  /** In use for new builds. */
  | 'ACTIVE'
  /** Removed from the catalog. */
  | 'DELETED'
  /** Still served; new builds should move off it. */
  | 'DEPRECATED';

/** New lines of a build log, and the build status when they were read. */
export type BuildLogChunk = {
  __typename?: 'BuildLogChunk';
  /** Global id of the build. */
  buildId: Scalars['ID']['output'];
  /** True on the last chunk; the subscription then completes. */
  done: Scalars['Boolean']['output'];
  /** The new lines, in order; line numbers continue across chunks. */
  lines: Array<BuildLogLine>;
  /** The build status when these lines were read. */
  status: BuildStatus;
};

/** One line of a build log. */
export type BuildLogLine = {
  __typename?: 'BuildLogLine';
  /** Stable, 0-based: resume with fromLine = last number + 1. */
  number: Scalars['Int']['output'];
  /** The line, without its newline. */
  text: Scalars['String']['output'];
};

/** Where an image build is. */
export type BuildStatus =
  /** Stopped before it ended (`stopImageBuild`, or by the provider). */
  | 'CANCELLED'
  /** Ended with an error; `reason` and the log say why. */
  | 'FAILED'
  /** Accepted, waiting for a builder. */
  | 'QUEUED'
  /** Building; the log grows. */
  | 'RUNNING'
  /** Done; the image exists. */
  | 'SUCCEEDED';

/** The job to cancel. */
export type CancelJobInput = {
  /** A Job id (a Docker pull, push or import that is still running). */
  id: Scalars['ID']['input'];
};

/** What `cancelJob` returns: `CancelJobSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type CancelJobResult = CancelJobSuccess | ConflictError | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** The job was cancelled. */
export type CancelJobSuccess = {
  __typename?: 'CancelJobSuccess';
  /** The job, now CANCELLED. */
  job: Job;
};

/** The provider refused because of the object's state: name taken, repository not empty, build already running. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  /** A stable machine-readable code, e.g. VALIDATION_FAILED; branch on this, not on the message. */
  code: ErrorCode;
  /** What went wrong, in English, for a developer (not localised; do not parse it). */
  message: Scalars['String']['output'];
  /** The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode). */
  provider?: Maybe<Provider>;
  /** The provider's own error code (`404.image`, `SWR.0002`, `InvalidParameter`…), for support and logs; null when the provider gave none. */
  upstreamCode?: Maybe<Scalars['String']['output']>;
};

/** The input of `createBaseImage`. */
export type CreateBaseImageInput = {
  /** REPOSITORY/IMAGE:TAG, e.g. harbor.acme.example/base/node:20.11. */
  containerImage: Scalars['String']['input'];
  /** Required by TAC (POST /v1/base-images); an empty string is allowed. */
  description: Scalars['String']['input'];
  /** Base image name in TAC, unique in the catalog. */
  name: Scalars['String']['input'];
  /** An OperatingSystem id (see `BaseImage.operatingSystem`). */
  operatingSystemId: Scalars['ID']['input'];
  /** A Registry id (see `registries`). */
  registryId: Scalars['ID']['input'];
};

/** What `createBaseImage` returns: `CreateBaseImageSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type CreateBaseImageResult = ConflictError | CreateBaseImageSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** `createBaseImage` succeeded. */
export type CreateBaseImageSuccess = {
  __typename?: 'CreateBaseImageSuccess';
  /** The base image as it is after `createBaseImage`. */
  baseImage: BaseImage;
};

/** The new image source. */
export type CreateCycleImageSourceInput = {
  /** A free-text description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Human-readable slug (default: made from the name). */
  identifier?: InputMaybe<Scalars['String']['input']>;
  /** Display name (default: the origin’s target). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Where the images come from. */
  origin: CycleImageOriginInput;
  /** Default DIRECT. */
  type?: InputMaybe<CycleImageSourceType>;
};

/** What `createCycleImageSource` returns: `CreateCycleImageSourceSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type CreateCycleImageSourceResult = ConflictError | CreateCycleImageSourceSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** The image source was created. */
export type CreateCycleImageSourceSuccess = {
  __typename?: 'CreateCycleImageSourceSuccess';
  /** The image source as Cycle now has it. */
  source: CycleImageSource;
};

/** The input of `createImageBuild`. */
export type CreateImageBuildInput =
  /** Build (import) a Cycle image from an image source. */
  { cycle: CycleImageBuildInput; pai?: never; }
  |  /** Build an image in PAI (CreateImageBuild, run as a PAI-DLC job). */
  { cycle?: never; pai: PaiImageBuildInput; };

/** What `createImageBuild` returns: `CreateImageBuildSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type CreateImageBuildResult = ConflictError | CreateImageBuildSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** `createImageBuild` succeeded. */
export type CreateImageBuildSuccess = {
  __typename?: 'CreateImageBuildSuccess';
  /** The image build as it is after `createImageBuild`. */
  imageBuild: ImageBuild;
};

/** The input of `createNamespace`. */
export type CreateNamespaceInput = {
  /** Lowercase letters, digits, `.`, `_`, `-`; 1–64 characters; starts with a letter. */
  name: Scalars['String']['input'];
};

/** What `createNamespace` returns: `CreateNamespaceSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type CreateNamespaceResult = ConflictError | CreateNamespaceSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** `createNamespace` succeeded. */
export type CreateNamespaceSuccess = {
  __typename?: 'CreateNamespaceSuccess';
  /** The namespace as it is after `createNamespace`. */
  namespace: Namespace;
};

/** A private registry for the catalog (TAC CreatePrivateRegistryRequest). */
export type CreateRegistryInput = {
  /** User name or access key id, when the registry needs one. */
  accessKey?: InputMaybe<Scalars['String']['input']>;
  /** Password or secret. Write-only: never returned, logged or put into an error. */
  accessSecret: Scalars['String']['input'];
  /** Required by TAC; an empty string is allowed. */
  description: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** What kind of registry it is. */
  provider: RegistryProvider;
  /** The registry URL, e.g. `https://harbor.acme.example`. */
  url: Scalars['String']['input'];
};

/** What createRegistry answers: its success type, or one of the typed errors. */
export type CreateRegistryResult = ConflictError | CreateRegistrySuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** The registry is known to the catalog. */
export type CreateRegistrySuccess = {
  __typename?: 'CreateRegistrySuccess';
  /** The new registry, as TAC reports it. */
  registry: Registry;
};

/** The input of `createRepository`. */
export type CreateRepositoryInput = {
  /** SWR category; default OTHER. */
  category?: InputMaybe<RepositoryCategory>;
  /** Free text shown with the repository. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Whether anyone may pull without credentials; default false. */
  isPublic?: Scalars['Boolean']['input'];
  /** Lowercase letters, digits, `.`, `/`, `_`, `-`; 1–128 characters. */
  name: Scalars['String']['input'];
  /** The SWR namespace (organization) to create it in; it must exist. */
  namespace: Scalars['String']['input'];
};

/** What `createRepository` returns: `CreateRepositorySuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type CreateRepositoryResult = ConflictError | CreateRepositorySuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** `createRepository` succeeded. */
export type CreateRepositorySuccess = {
  __typename?: 'CreateRepositorySuccess';
  /** The repository as it is after `createRepository`. */
  repository: Repository;
};

/** Build from a Dockerfile in a git repository or a tarball (give one of repoUrl and targzUrl). */
export type CycleDockerFileOriginInput = {
  /** The branch to build (default: the repository’s default). */
  branch?: InputMaybe<Scalars['String']['input']>;
  /** The Dockerfile path (default: Dockerfile). */
  buildFile?: InputMaybe<Scalars['String']['input']>;
  /** The build context directory inside the repository. */
  contextDir?: InputMaybe<Scalars['String']['input']>;
  /** The git repository URL. */
  repoUrl?: InputMaybe<Scalars['String']['input']>;
  /** A tarball URL with the build context. */
  targzUrl?: InputMaybe<Scalars['String']['input']>;
};

/** An image on Docker Hub. */
export type CycleDockerHubOriginInput = {
  /** Repository and tag, e.g. nginx:1.25-alpine. */
  target: Scalars['String']['input'];
  /** Docker Hub access token. */
  token?: InputMaybe<Scalars['String']['input']>;
  /** Docker Hub user name, for private repositories. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** An image in a Cycle hub, built (imported) from an image source. */
export type CycleImage = Image & Node & {
  __typename?: 'CycleImage';
  /** The image’s import seen as a build: its id is the image’s, its status follows the image state, and it has the build log. */
  build?: Maybe<ImageBuild>;
  /** Cycle's raw image config (env, ports, command…) as JSON; null before the import finished. */
  config?: Maybe<Scalars['JSON']['output']>;
  /** The parts of the image config a UI usually shows, typed; null before the import finished. */
  configSummary?: Maybe<CycleImageConfig>;
  /** How many containers use the image (Cycle `meta.containers_count.total`, asked with the same call that read the image). */
  containersCount?: Maybe<Scalars['Int']['output']>;
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cycle id of the account or API key that created the image. */
  creatorId?: Maybe<Scalars['String']['output']>;
  /** Content digest, `sha256:<64 hex>`; null when the provider does not expose one. */
  digest?: Maybe<Scalars['String']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** Key/value labels on the object, as the provider stores them; empty when there are none. */
  labels: Array<Label>;
  /** The image name in Cycle (free text, e.g. `nginx 1.25.4`). */
  name: Scalars['String']['output'];
  /** The provider that holds this object and answers for it. */
  provider: Provider;
  /** A pullable reference, when known. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Size in bytes (for images: the compressed or stored size the provider reports); null when the provider does not report one. */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
  /** The source the image was imported from (batched per request; null when the image has none). */
  source?: Maybe<CycleImageSource>;
  /** How the source delivers the image: `direct`, `stack-build` or `bucket`; null when unknown. */
  sourceType?: Maybe<Scalars['String']['output']>;
  /** Cycle's image state: new, downloading, building, verifying, live, deleting, deleted… */
  state: Scalars['String']['output'];
  /** When it last changed, ISO 8601 in UTC; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The input of `cycleImageBuild`. */
export type CycleImageBuildInput = {
  /** Docker build arguments for a Dockerfile source. */
  buildArgs?: InputMaybe<Array<KeyValueInput>>;
  /** Name of the new image; default: the source name and the time. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Override the source’s target or tarball for this image. */
  override?: InputMaybe<CycleImageOverrideInput>;
  /** A CycleImageSource id. */
  sourceId: Scalars['ID']['input'];
  /** Build on disk rather than in memory (for large images). Default false. */
  useDisk?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What Cycle read from the image config. The environment is left out on purpose: it often holds values nobody meant to publish. */
export type CycleImageConfig = {
  __typename?: 'CycleImageConfig';
  /** Default command (CMD); empty when none. */
  command: Array<Scalars['String']['output']>;
  /** Entrypoint; empty when none. */
  entrypoint: Array<Scalars['String']['output']>;
  /** Ports the image exposes. */
  ports: Array<CycleImagePort>;
  /** Signal sent to stop a container (`SIGTERM`…); null for the default. */
  signalStop?: Maybe<Scalars['String']['output']>;
  /** User the container runs as; null for the image default (root). */
  user?: Maybe<Scalars['String']['output']>;
  /** Paths declared as volumes; empty when none. */
  volumes: Array<Scalars['String']['output']>;
  /** Working directory; null for `/`. */
  workdir?: Maybe<Scalars['String']['output']>;
};

/** A page of Cycle images. */
export type CycleImageConnection = {
  __typename?: 'CycleImageConnection';
  /** The items of this page, in the order of the list; empty when there are none. */
  edges: Array<CycleImageEdge>;
  /** Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`). */
  pageInfo: PageInfo;
};

/** A Cycle image and its cursor. */
export type CycleImageEdge = {
  __typename?: 'CycleImageEdge';
  /** Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CycleImage;
};

/** Cycle’s own image filters (sent as `filter[...]`). */
export type CycleImageListFilter = {
  /** Only images whose source has this identifier. */
  identifier?: InputMaybe<Scalars['String']['input']>;
  /** Matches the id, name or source target. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only images of this CycleImageSource. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only images of this source type. */
  sourceType?: InputMaybe<CycleImageSourceType>;
  /** Image states: new, uploading, downloading, building, verifying, saving, live, deleting, deleted. Default: every state but deleted. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Where the source gets images from: exactly one of the origins. */
export type CycleImageOriginInput =
  /** Build from a Dockerfile. */
  { dockerFile: CycleDockerFileOriginInput; dockerHub?: never; dockerRegistry?: never; }
  |  /** Pull from Docker Hub. */
  { dockerFile?: never; dockerHub: CycleDockerHubOriginInput; dockerRegistry?: never; }
  |  /** Pull from a Docker registry. */
  { dockerFile?: never; dockerHub?: never; dockerRegistry: CycleRegistryOriginInput; };

/** What to import instead of the source’s own target, for this image only. */
export type CycleImageOverrideInput = {
  /** Another repository and tag than the source’s (registry origins), e.g. nginx:1.27. */
  target?: InputMaybe<Scalars['String']['input']>;
  /** Another build-context tarball URL than the source’s (Dockerfile origins). */
  targzUrl?: InputMaybe<Scalars['String']['input']>;
};

/** One exposed port. */
export type CycleImagePort = {
  __typename?: 'CycleImagePort';
  /** Port inside the container, 1–65535. */
  container: Scalars['Int']['output'];
  /** Port published on the host, 1–65535 (Cycle maps it when a container uses the image). */
  host: Scalars['Int']['output'];
  /** Protocol: `tcp` or `udp`. */
  type: Scalars['String']['output'];
};

/** A sort key and its direction. */
export type CycleImageSort = {
  /** Default ASC. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: CycleImageSortField;
};

/** What Cycle can sort images by. */
export type CycleImageSortField =
  /** When the image was created. */
  | 'CREATED'
  /** The image id, which grows with creation time (the default, newest first). */
  | 'ID'
  /** The image name. */
  | 'NAME'
  /** The image size in bytes. */
  | 'SIZE'
  /** The image state, alphabetically. */
  | 'STATE'
  /** When the image last changed. */
  | 'UPDATED';

/** Where Cycle imports images from: a registry image, a Dockerfile repository, an upload… */
export type CycleImageSource = Node & {
  __typename?: 'CycleImageSource';
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cycle id of the account or API key that created it. */
  creatorId?: Maybe<Scalars['String']['output']>;
  /** Free text; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** Human-readable slug; not unique. */
  identifier: Scalars['String']['output'];
  /** Images imported from this source, newest first. */
  images: CycleImageSourceImagesConnection;
  /** The source name in Cycle. */
  name: Scalars['String']['output'];
  /** docker-hub, docker-file, docker-registry, oci-registry, cycle-upload, cycle-source or none. */
  originType: Scalars['String']['output'];
  /** live, deleting or deleted. */
  state: Scalars['String']['output'];
  /** What the source pulls (registry/repository:tag) or builds (a repository URL). Origin credentials are never exposed. */
  target?: Maybe<Scalars['String']['output']>;
  /** Cycle’s source type: direct, stack-build or bucket. */
  type: Scalars['String']['output'];
  /** When it last changed, ISO 8601 in UTC; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** Where Cycle imports images from: a registry image, a Dockerfile repository, an upload… */
export type CycleImageSourceImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of cycle image source items (Relay connection): `edges` in the list's order and `pageInfo` to ask for the next page. Lists page forward only. */
export type CycleImageSourceConnection = {
  __typename?: 'CycleImageSourceConnection';
  /** The items of this page, in the order of the list; empty when there are none. */
  edges: Array<CycleImageSourceEdge>;
  /** Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`). */
  pageInfo: PageInfo;
};

/** One item of a cycle image source page, with the cursor of its position. */
export type CycleImageSourceEdge = {
  __typename?: 'CycleImageSourceEdge';
  /** Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CycleImageSource;
};

/** Narrows a list: every condition given must hold (AND); a condition left out (or null) does not filter. */
export type CycleImageSourceFilter = {
  /** Only sources with this identifier (Cycle's unique slug, e.g. `billing-api`). */
  identifier?: InputMaybe<Scalars['String']['input']>;
  /** Cycle’s `filter[search]`: id, name or identifier. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of cycle image source images items (Relay connection): `edges` in the list's order and `pageInfo` to ask for the next page. Lists page forward only. */
export type CycleImageSourceImagesConnection = {
  __typename?: 'CycleImageSourceImagesConnection';
  /** The items of this page, in the order of the list; empty when there are none. */
  edges: Array<CycleImageSourceImagesEdge>;
  /** Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`). */
  pageInfo: PageInfo;
};

/** One item of a cycle image source images page, with the cursor of its position. */
export type CycleImageSourceImagesEdge = {
  __typename?: 'CycleImageSourceImagesEdge';
  /** Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CycleImage;
};

/** How Cycle gets an image: straight from an origin, from a stack build, or from a bucket. */
export type CycleImageSourceType =
  /** Taken from a storage bucket. */
  | 'BUCKET'
  /** Pulled or built straight from the source’s origin. */
  | 'DIRECT'
  /** Made by a stack build. */
  | 'STACK_BUILD';

/** The input of `cyclePrune`. */
export type CyclePruneInput = {
  /** CycleImageSource ids. */
  sourceIds: Array<Scalars['ID']['input']>;
};

/** An image in a Docker or OCI registry. Credentials go to Cycle only; the graph never returns them. */
export type CycleRegistryOriginInput = {
  /** Registry password. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The repository and tag in that registry, e.g. acme/api:2. */
  target: Scalars['String']['input'];
  /** Registry token (instead of a password). */
  token?: InputMaybe<Scalars['String']['input']>;
  /** The registry URL, e.g. https://registry.example.com. */
  url: Scalars['String']['input'];
  /** Registry user name. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `deleteBaseImage`. */
export type DeleteBaseImageInput = {
  /** A BaseImage id. */
  id: Scalars['ID']['input'];
};

/** What `deleteBaseImage` returns: `DeleteBaseImageSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type DeleteBaseImageResult = ConflictError | DeleteBaseImageSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** `deleteBaseImage` succeeded. */
export type DeleteBaseImageSuccess = {
  __typename?: 'DeleteBaseImageSuccess';
  /** The global id of the deleted base image. */
  deletedId: Scalars['ID']['output'];
};

/** The source to delete. */
export type DeleteCycleImageSourceInput = {
  /** The CycleImageSource to delete. */
  id: Scalars['ID']['input'];
};

/** What `deleteCycleImageSource` returns: `DeleteCycleImageSourceSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type DeleteCycleImageSourceResult = ConflictError | DeleteCycleImageSourceSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** The deletion has started. */
export type DeleteCycleImageSourceSuccess = {
  __typename?: 'DeleteCycleImageSourceSuccess';
  /** Cycle’s deletion job; follow it with `jobUpdated`. */
  job: Job;
};

/** The input of `deleteImage`. */
export type DeleteImageInput = {
  /** Docker: remove even when tagged in several repositories or used by stopped containers. */
  force?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global id of the image (Docker, Cycle or PAI). */
  id: Scalars['ID']['input'];
};

/** What `deleteImage` returns: `DeleteImageSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type DeleteImageResult = ConflictError | DeleteImageSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** `deleteImage` succeeded. */
export type DeleteImageSuccess = {
  __typename?: 'DeleteImageSuccess';
  /** The global id of the deleted image. */
  deletedId: Scalars['ID']['output'];
  /** Set when the provider deletes asynchronously (Cycle). */
  job?: Maybe<Job>;
  /** References removed on the way (Docker). */
  untagged: Array<Scalars['String']['output']>;
};

/** Exactly one of name or id. */
export type DeleteNamespaceInput =
  /** A Namespace id. */
  { id: Scalars['ID']['input']; name?: never; }
  |  /** The organisation name, e.g. `acme`. */
  { id?: never; name: Scalars['String']['input']; };

/** What deleteNamespace answers: its success type, or one of the typed errors. */
export type DeleteNamespaceResult = ConflictError | DeleteNamespaceSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** The organisation is gone. */
export type DeleteNamespaceSuccess = {
  __typename?: 'DeleteNamespaceSuccess';
  /** The global id of the deleted organisation (Namespace). */
  deletedId: Scalars['ID']['output'];
};

/** The input of `deleteRepository`. */
export type DeleteRepositoryInput = {
  /** A Repository id. */
  id: Scalars['ID']['input'];
};

/** What `deleteRepository` returns: `DeleteRepositorySuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type DeleteRepositoryResult = ConflictError | DeleteRepositorySuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** `deleteRepository` succeeded. */
export type DeleteRepositorySuccess = {
  __typename?: 'DeleteRepositorySuccess';
  /** The global id of the deleted repository. */
  deletedId: Scalars['ID']['output'];
};

/** Which tag of which repository to delete. */
export type DeleteRepositoryTagInput = {
  /** The id of the Repository holding the tag. */
  repositoryId: Scalars['ID']['input'];
  /** The tag name: letters, digits, `_`, `.`, `-`; 1–128 characters; not starting with `.` or `-`. */
  tag: Scalars['String']['input'];
};

/** What deleteRepositoryTag answers: its success type, or one of the typed errors. */
export type DeleteRepositoryTagResult = ConflictError | DeleteRepositoryTagSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** The tag is gone from the repository. */
export type DeleteRepositoryTagSuccess = {
  __typename?: 'DeleteRepositoryTagSuccess';
  /** The name of the deleted tag. */
  deletedTag: Scalars['String']['output'];
  /** The repository as it is now (read when asked: one upstream call), e.g. to see `tagCount` reach 0. */
  repository?: Maybe<Repository>;
};

/** An image in a Docker engine (`GET /images/json`, details from `GET /images/{id}/json`). */
export type DockerImage = Image & Node & {
  __typename?: 'DockerImage';
  /** CPU architecture (`amd64`, `arm64`…). Costs one inspect call per image; null when the engine does not say. */
  architecture?: Maybe<Scalars['String']['output']>;
  /** The run configuration: env, cmd, entrypoint, working directory, user, labels, exposed ports. Costs one inspect per image (shared with `architecture`/`os`). */
  config: DockerImageConfig;
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Content digest, `sha256:<64 hex>`; null when the provider does not expose one. */
  digest?: Maybe<Scalars['String']['output']>;
  /** Which engine holds the image (the Docker endpoint the gateway is configured with). */
  engine: Scalars['String']['output'];
  /** The steps that built the image, newest first (Docker `GET /images/{id}/history`; one call per image asked). */
  history: Array<DockerImageHistoryEntry>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** Key/value labels on the object, as the provider stores them; empty when there are none. */
  labels: Array<Label>;
  /** The repository of the first repo tag (`alpine` for `alpine:3.20`), else of the first repo digest, else the 12-character short id of an untagged image. */
  name: Scalars['String']['output'];
  /** Operating system (`linux`, `windows`). Costs one inspect call per image; null when the engine does not say. */
  os?: Maybe<Scalars['String']['output']>;
  /** The provider that holds this object and answers for it. */
  provider: Provider;
  /** A pullable reference, when known. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Every `repository@sha256:…` the image was pulled by or pushed as; empty for a locally built image. */
  repoDigests: Array<Scalars['String']['output']>;
  /** Every `repository:tag` that points at this image; empty for a dangling image. */
  repoTags: Array<Scalars['String']['output']>;
  /** The SWR repository the image was pulled from or tagged for (`swr.<region>.myhuaweicloud.com/<namespace>/<repository>:<tag>`), when it exists. */
  repository?: Maybe<Repository>;
  /** Size in bytes (for images: the compressed or stored size the provider reports); null when the provider does not report one. */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
};

/** What a container of this image runs with unless told otherwise (from the image’s inspect `Config`). */
export type DockerImageConfig = {
  __typename?: 'DockerImageConfig';
  /** The default command (exec form), or null when the image has none. */
  cmd?: Maybe<Array<Scalars['String']['output']>>;
  /** The entrypoint (exec form), or null when the image has none. */
  entrypoint?: Maybe<Array<Scalars['String']['output']>>;
  /** Environment variables as `NAME=value`. */
  env: Array<Scalars['String']['output']>;
  /** Ports the image declares, such as `80/tcp`, sorted. */
  exposedPorts: Array<Scalars['String']['output']>;
  /** The image labels as an object of strings. */
  labels: Scalars['JSON']['output'];
  /** The user (name or uid[:gid]), or null for root. */
  user?: Maybe<Scalars['String']['output']>;
  /** The working directory, or null for `/`. */
  workingDir?: Maybe<Scalars['String']['output']>;
};

/** One step that built the image (a layer, or a step that only changed its configuration). */
export type DockerImageHistoryEntry = {
  __typename?: 'DockerImageHistoryEntry';
  /** The step’s comment (an import’s message, `buildkit.dockerfile.v0`, …). */
  comment: Scalars['String']['output'];
  /** When the step ran, when known. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The command that made the step (e.g. `/bin/sh -c #(nop) CMD ["sh"]`). */
  createdBy: Scalars['String']['output'];
  /** The engine’s image id for this step, or null where the engine has none (`<missing>`). */
  imageId?: Maybe<Scalars['String']['output']>;
  /** Bytes the step added (0 for configuration-only steps). */
  sizeBytes: Scalars['Float']['output'];
  /** References that point at this step’s image. */
  tags: Array<Scalars['String']['output']>;
};

/** The input of `dockerPrune`. */
export type DockerPruneInput = {
  /** Default true: only untagged images. False: every unused image. */
  dangling?: InputMaybe<Scalars['Boolean']['input']>;
  /** label=value or label!=value filters. */
  labels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only images created before this timestamp or Go duration (e.g. 24h). */
  until?: InputMaybe<Scalars['String']['input']>;
};

/** An expected failure. Mutations return these in their result union; fields that fail raise them as GraphQL errors with the same `extensions.code`. */
export type Error = {
  /** A stable machine-readable code, e.g. VALIDATION_FAILED; branch on this, not on the message. */
  code: ErrorCode;
  /** What went wrong, in English, for a developer (not localised; do not parse it). */
  message: Scalars['String']['output'];
  /** The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode). */
  provider?: Maybe<Provider>;
};

/** Every code the gateway answers with, in `extensions.code` of a GraphQL error and in `code` of an `Error` type. The same list is written in the README. */
export type ErrorCode =
  /** The JWT signing keys cannot be fetched right now; the token may be fine. HTTP 503. */
  | 'AUTH_UNAVAILABLE'
  /** The HTTP request is not a GraphQL request: malformed JSON body, wrong method, missing `query`. HTTP 400 (405 for a method). */
  | 'BAD_REQUEST'
  /** A variable does not fit its declared type: wrong scalar, unknown enum value, missing or unknown input field, `@oneOf` with other than one member, null for non-null, a required variable not given. The message names the variable and the field. HTTP 400. */
  | 'BAD_USER_INPUT'
  /** The provider refused because of the object's state (name taken, not empty, already running). */
  | 'CONFLICT'
  /** A multipart, form or text/plain POST without a preflight header (`graphql-require-preflight`). HTTP 403. */
  | 'CSRF_PREVENTED'
  /** The client lacks a scope the operation needs (`extensions.missingScopes`), or the provider refused the gateway's own credentials (`ForbiddenError`). HTTP 403 before execution; a field error after. */
  | 'FORBIDDEN'
  /** The document is not GraphQL: a syntax error at the given location, or more tokens than the limit. HTTP 400. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document does not validate against the schema (unknown field, wrong argument type, fields that conflict). The message is graphql-js's own. HTTP 400. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** Anything unexpected. The message is masked ("Unexpected error."); the details are in the gateway's log under the request id. */
  | 'INTERNAL_SERVER_ERROR'
  /** Introspection is off (production, unless `GATEWAY_GRAPHIQL=true`). HTTP 400. */
  | 'INTROSPECTION_DISABLED'
  /** The object does not exist (or no longer does) at its provider; `upstreamCode` is the provider's own code. */
  | 'NOT_FOUND'
  /** The document has several operations and `operationName` is missing or names none of them. HTTP 400. */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** An uploaded file is larger than `GATEWAY_UPLOAD_MAX_BYTES`, or a multipart request has more parts or larger fields than allowed. HTTP 413. */
  | 'PAYLOAD_TOO_LARGE'
  /** Only persisted documents run here (`GATEWAY_PERSISTED_ONLY=true`): send `documentId`. HTTP 400. */
  | 'PERSISTED_DOCUMENT_REQUIRED'
  /** No persisted document has the `documentId` (or persisted-query hash) sent. HTTP 400. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The selection is deeper than the depth limit (introspection fields are not counted). HTTP 400. */
  | 'QUERY_TOO_DEEP'
  /** The operation would make more upstream calls than the budget (`GATEWAY_UPSTREAM_BUDGET`): `extensions.estimate` and `limit` say how many; ask for fewer items or fewer per-item details. HTTP 400 before execution; a field error if the count is passed during it. */
  | 'QUERY_TOO_EXPENSIVE'
  /** Too many requests: from this client to the gateway (HTTP 429, `Retry-After`), or from the gateway to a provider (`RateLimitedError`, `retryAfterSeconds`). */
  | 'RATE_LIMITED'
  /** graphql-sse's single-connection mode (a `PUT` reservation, then a stream token) is not served: use its distinct-connections mode (the default) or graphql-ws. HTTP 405 for the `PUT`, 400 for a token. */
  | 'SSE_SINGLE_CONNECTION_UNSUPPORTED'
  /** The operation uses more aliases than the limit. HTTP 400. */
  | 'TOO_MANY_ALIASES'
  /** Expanded, the operation spreads fragments more often than the limit (a fragment spreading the next twice, and so on). HTTP 400. */
  | 'TOO_MANY_FRAGMENT_SPREADS'
  /** The operation selects more root fields than the limit. HTTP 400. */
  | 'TOO_MANY_ROOT_FIELDS'
  /** No credentials, or credentials the gateway does not accept (never echoed). HTTP 401 with `WWW-Authenticate`. */
  | 'UNAUTHENTICATED'
  /** The object's provider does not offer this operation, or the provider is not configured. */
  | 'UNSUPPORTED_OPERATION'
  /** The provider failed in a way the client cannot fix: 5xx, unreachable, timed out, or an answer the gateway cannot use; `status` and `upstreamCode` say more. */
  | 'UPSTREAM_ERROR'
  /** The input is well typed but breaks a provider rule the gateway checks before any upstream call (SWR name grammar, Docker reference grammar, PAI fields…), or the provider rejected named fields; `fieldErrors` lists each input path. Not to be confused with GRAPHQL_VALIDATION_FAILED, which is about the document. */
  | 'VALIDATION_FAILED';

/** One input field that breaks a rule: `path` is dotted from the argument, e.g. `input.name`. */
export type FieldError = {
  __typename?: 'FieldError';
  /** What is wrong with that field and what is accepted. */
  message: Scalars['String']['output'];
  /** The input path, dotted from the argument: `input.name`, `input.pai.image.uri`. */
  path: Scalars['String']['output'];
};

/** The provider refused our credentials or their scope (401/403). */
export type ForbiddenError = Error & {
  __typename?: 'ForbiddenError';
  /** A stable machine-readable code, e.g. VALIDATION_FAILED; branch on this, not on the message. */
  code: ErrorCode;
  /** What went wrong, in English, for a developer (not localised; do not parse it). */
  message: Scalars['String']['output'];
  /** The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode). */
  provider?: Maybe<Provider>;
  /** The provider's HTTP status (401 or 403); null when the refusal did not come from HTTP. */
  status?: Maybe<Scalars['Int']['output']>;
  /** The provider's own error code (`404.image`, `SWR.0002`, `InvalidParameter`…), for support and logs; null when the provider gave none. */
  upstreamCode?: Maybe<Scalars['String']['output']>;
};

/** A container image held by a provider: a Docker engine, Cycle, or a PAI workspace. */
export type Image = {
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Content digest, `sha256:<64 hex>`; null when the provider does not expose one. */
  digest?: Maybe<Scalars['String']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** Key/value labels on the object, as the provider stores them; empty when there are none. */
  labels: Array<Label>;
  /** The image's name as its provider shows it (Docker: the repository of its first tag, e.g. `alpine`; Cycle and PAI: the image name). */
  name: Scalars['String']['output'];
  /** The provider that holds this object and answers for it. */
  provider: Provider;
  /** A pullable reference, when known. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Size in bytes (for images: the compressed or stored size the provider reports); null when the provider does not report one. */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
};

/** An image build: a Cycle image being imported/built, or a PAI image build running as a PAI-DLC job. */
export type ImageBuild = Node & {
  __typename?: 'ImageBuild';
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it ended, ISO 8601 in UTC; null while it runs. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** The image the build produced (or is producing), once known. */
  image?: Maybe<Image>;
  /** The provider job that runs the build (Cycle import job, PAI-DLC job); null when there is none yet. */
  job?: Maybe<Job>;
  /** Log lines so far (one page). For a live log use the `buildLog` subscription. */
  log: Array<BuildLogLine>;
  /** The provider that holds this object and answers for it. */
  provider: Provider;
  /** The provider’s own id of the build: PAI’s `ImageBuildId` (`build-…`), Cycle’s image id. The global `id` is the one to pass back to the graph. */
  providerBuildId: Scalars['String']['output'];
  /** Why it failed or was stopped, as the provider says; null otherwise. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Cycle: the image source the build was made from (null for PAI builds). */
  source?: Maybe<CycleImageSource>;
  /** Cycle: what the build was made from: the repository or tarball URL of a Dockerfile source, or the registry reference a source pulls. `targetImage` is the image it produces. */
  sourceTarget?: Maybe<Scalars['String']['output']>;
  /** Where the build is now. */
  status: BuildStatus;
  /** What the build produces or imports: the image reference, or the repository URL for a Dockerfile source; null when unknown. */
  targetImage?: Maybe<Scalars['String']['output']>;
};


/** An image build: a Cycle image being imported/built, or a PAI image build running as a PAI-DLC job. */
export type ImageBuildLogArgs = {
  fromLine?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of image build items (Relay connection): `edges` in the list's order and `pageInfo` to ask for the next page. Lists page forward only. */
export type ImageBuildConnection = {
  __typename?: 'ImageBuildConnection';
  /** The items of this page, in the order of the list; empty when there are none. */
  edges: Array<ImageBuildEdge>;
  /** Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`). */
  pageInfo: PageInfo;
};

/** One item of a image build page, with the cursor of its position. */
export type ImageBuildEdge = {
  __typename?: 'ImageBuildEdge';
  /** Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ImageBuild;
};

/** Narrows a list: every condition given must hold (AND); a condition left out (or null) does not filter. */
export type ImageBuildFilter = {
  /** Only builds of these providers (CYCLE, PAI). */
  providers?: InputMaybe<Array<Provider>>;
  /** Only builds in these states. */
  statuses?: InputMaybe<Array<BuildStatus>>;
};

/** A page of image items (Relay connection): `edges` in the list's order and `pageInfo` to ask for the next page. Lists page forward only. */
export type ImageConnection = {
  __typename?: 'ImageConnection';
  /** The items of this page, in the order of the list; empty when there are none. */
  edges: Array<ImageEdge>;
  /** Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`). */
  pageInfo: PageInfo;
};

/** One item of a image page, with the cursor of its position. */
export type ImageEdge = {
  __typename?: 'ImageEdge';
  /** Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Image;
};

/** Something that happened to an image: from the Docker engine event stream, or a change made through the gateway. */
export type ImageEvent = {
  __typename?: 'ImageEvent';
  /** pull, import, tag, untag, delete, push, save, load, prune… */
  action: Scalars['String']['output'];
  /** When it happened, ISO 8601 in UTC. */
  at: Scalars['DateTime']['output'];
  /** The provider's raw event attributes (Docker: `Actor.Attributes`), as JSON; an empty object when none. */
  attributes: Scalars['JSON']['output'];
  /** The provider's image id or reference. */
  imageId: Scalars['String']['output'];
  /** The provider that holds this object and answers for it. */
  provider: Provider;
  /** The image reference the event names (`alpine:3.20`); null when the provider gives none. */
  reference?: Maybe<Scalars['String']['output']>;
};

/** Narrows a list: every condition given must hold (AND); a condition left out (or null) does not filter. */
export type ImageFilter = {
  /** Only images created at or after this time. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only images created before this time. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** PAI ListImages filters (name, labels, accessibility, verbose); limits the list to PAI. */
  pai?: InputMaybe<PaiImageFilter>;
  /** Default: DOCKER, CYCLE and PAI. */
  providers?: InputMaybe<Array<Provider>>;
  /** Case-insensitive substring of the name or reference. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `importImage`. */
export type ImportImageInput = {
  /** Dockerfile instructions: CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME, WORKDIR. */
  changes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A root filesystem tarball (multipart upload), streamed to the engine. */
  file?: InputMaybe<Scalars['Upload']['input']>;
  /** Commit message recorded in the image history. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** The platform the imported image is recorded for, os[/arch[/variant]] (e.g. linux/arm64); default: the engine’s own. Docker 20.10 (API 1.41) records only its OS. */
  platform?: InputMaybe<Scalars['String']['input']>;
  /** Repository to tag the imported image with, e.g. `acme/app`; omit for an untagged image. */
  repository?: InputMaybe<Scalars['String']['input']>;
  /** Tag for `repository`; default `latest`. */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** A tarball URL the engine fetches; only hosts on IMPORT_URL_ALLOWLIST. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What `importImage` returns: `ImportImageSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type ImportImageResult = ConflictError | ForbiddenError | ImportImageSuccess | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** `importImage` succeeded. */
export type ImportImageSuccess = {
  __typename?: 'ImportImageSuccess';
  /** The job as it is after `importImage`. */
  job: Job;
};

/** Which registry, and what the credentials are for. */
export type IssueRegistryCredentialsInput = {
  /** What the credentials are for, e.g. `ci pipeline`. Required by TAC. */
  description: Scalars['String']['input'];
  /** A Registry id (see `registries`). */
  registryId: Scalars['ID']['input'];
};

/** What issueRegistryCredentials answers: its success type, or one of the typed errors. */
export type IssueRegistryCredentialsResult = ConflictError | ForbiddenError | IssueRegistryCredentialsSuccess | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** New credentials for the registry. */
export type IssueRegistryCredentialsSuccess = {
  __typename?: 'IssueRegistryCredentialsSuccess';
  /** The issued user name and password. */
  credentials: RegistryCredentials;
  /** The registry the credentials are for (loaded when asked). */
  registry: Registry;
};

/** Long-running work: a Docker pull or import, a Cycle job, a PAI-DLC job. */
export type Job = Node & {
  __typename?: 'Job';
  /** What the job does, as its provider names it: `pull` or `import` for Docker jobs, Cycle's own action (`import`, `prune`, `delete`…). */
  action: Scalars['String']['output'];
  /** One line for a UI, e.g. "Pulling alpine:3.20"; null when none. */
  caption?: Maybe<Scalars['String']['output']>;
  /** When it reached a final state, ISO 8601 in UTC; null before. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created, ISO 8601 in UTC. */
  createdAt: Scalars['DateTime']['output'];
  /** Why it failed, as the provider says; null unless FAILED. */
  error?: Maybe<Scalars['String']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** The image the job acts on or produced, once known. */
  image?: Maybe<Image>;
  /** Docker pulls and imports: one entry per image layer with its bytes; empty for other jobs. */
  layers: Array<JobLayer>;
  /** 0..1 when known. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** The provider that holds this object and answers for it. */
  provider: Provider;
  /** When it started running, ISO 8601 in UTC; null while queued. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job is now; QUEUED and RUNNING change, the others are final. */
  state: JobState;
  /** Cycle jobs: the tasks and steps the job runs; empty for Docker jobs. */
  tasks: Array<JobTask>;
};

/** A page of job items (Relay connection): `edges` in the list's order and `pageInfo` to ask for the next page. Lists page forward only. */
export type JobConnection = {
  __typename?: 'JobConnection';
  /** The items of this page, in the order of the list; empty when there are none. */
  edges: Array<JobEdge>;
  /** Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`). */
  pageInfo: PageInfo;
};

/** One item of a job page, with the cursor of its position. */
export type JobEdge = {
  __typename?: 'JobEdge';
  /** Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Job;
};

/** Narrows a list: every condition given must hold (AND); a condition left out (or null) does not filter. */
export type JobFilter = {
  /** Only jobs of these providers. */
  providers?: InputMaybe<Array<Provider>>;
  /** Only jobs in these states. */
  states?: InputMaybe<Array<JobState>>;
};

/** Progress of one layer of a Docker pull. */
export type JobLayer = {
  __typename?: 'JobLayer';
  /** Bytes done so far; null before the layer starts. */
  currentBytes?: Maybe<Scalars['Float']['output']>;
  /** Short layer id as the engine reports it (12 hex). */
  id: Scalars['String']['output'];
  /** The engine's status text: `Waiting`, `Downloading`, `Extracting`, `Pull complete`, `Already exists`… */
  status: Scalars['String']['output'];
  /** Layer size in bytes; null when the engine does not know it yet. */
  totalBytes?: Maybe<Scalars['Float']['output']>;
};

/** Where a job is. */
export type JobState =
  /** Stopped before it ended. */
  | 'CANCELLED'
  /** Never ran: it waited in the queue past its deadline (Cycle). */
  | 'EXPIRED'
  /** Ended with an error (`error`). */
  | 'FAILED'
  /** Accepted, not started. */
  | 'QUEUED'
  /** Working; `progress` moves. */
  | 'RUNNING'
  /** Done. */
  | 'SUCCEEDED';

/** One task of a Cycle job. */
export type JobTask = {
  __typename?: 'JobTask';
  /** What the task does, for a UI. */
  caption: Scalars['String']['output'];
  /** Why the task failed; null unless it did. */
  error?: Maybe<Scalars['String']['output']>;
  /** The task state as Cycle reports it (`pending`, `running`, `completed`, `error`). */
  state: JobState;
  /** The steps of the task, in order. */
  steps: Array<JobTaskStep>;
};

/** One step of a Cycle job task. */
export type JobTaskStep = {
  __typename?: 'JobTaskStep';
  /** What the step does, for a UI. */
  caption: Scalars['String']['output'];
  /** When it ended, ISO 8601 in UTC; null before. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it started, ISO 8601 in UTC; null before. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** One key/value pair (build arguments, labels). */
export type KeyValueInput = {
  /** The key; not empty. */
  key: Scalars['String']['input'];
  /** The value; may be empty. */
  value: Scalars['String']['input'];
};

/** One key/value label. */
export type Label = {
  __typename?: 'Label';
  /** Label key, e.g. `org.opencontainers.image.version`. */
  key: Scalars['String']['output'];
  /** Label value (may be empty). */
  value: Scalars['String']['output'];
};

/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type Mutation = {
  __typename?: 'Mutation';
  /** Registers an existing image URI as a PAI workspace image (AddImage). A name already used in the workspace is a ConflictError. */
  addPaiImage: AddPaiImageResult;
  /** Cancels a running Docker pull, push or import: the gateway closes its request to the engine, which stops the work and keeps nothing half-done. A pull, push or import that has ended is a ConflictError; jobs that cannot be cancelled (prunes, other providers’ jobs) are an UnsupportedOperationError. */
  cancelJob: CancelJobResult;
  /** Adds a base image to the catalog (TAC answers 201 + Location; the gateway follows it and returns the image). */
  createBaseImage: CreateBaseImageResult;
  /** Creates a Cycle image source (`POST /v1/images/sources`): where Cycle will pull or build images from. Build from it with `createImageBuild(cycle:)`. */
  createCycleImageSource: CreateCycleImageSourceResult;
  /** Cycle: creates the image from a source, then starts its import. PAI: CreateImageBuild (a PAI-DLC job), always with a ClientToken. */
  createImageBuild: CreateImageBuildResult;
  /** Creates an SWR organisation. The name is checked against SWR’s grammar first. */
  createNamespace: CreateNamespaceResult;
  /** Adds a private registry to the Tanzu Application Catalog (TAC answers 201 + Location; the gateway follows it and returns the registry). */
  createRegistry: CreateRegistryResult;
  /** Creates a repository in an existing organisation (SWR answers 201; the record is read back). 409 → ConflictError. */
  createRepository: CreateRepositoryResult;
  /** Removes a base image from the catalog (TAC DELETE → 204). */
  deleteBaseImage: DeleteBaseImageResult;
  /** Deletes a Cycle image source (`DELETE /v1/images/sources/{id}`, asynchronous: returns the job). Deleting it twice at once is a ConflictError. */
  deleteCycleImageSource: DeleteCycleImageSourceResult;
  /** Deletes an image of any provider that allows it: Docker (immediately), Cycle (through a job), PAI. */
  deleteImage: DeleteImageResult;
  /** Deletes an empty SWR organisation. While it still holds repositories the answer is a ConflictError (delete their tags with deleteRepositoryTag, then the repositories with deleteRepository). */
  deleteNamespace: DeleteNamespaceResult;
  /** Deletes an empty repository. While it still holds images SWR answers 406: a ConflictError saying so, and nothing changes. */
  deleteRepository: DeleteRepositoryResult;
  /** Deletes one tag (image version) from an SWR repository. A repository can be deleted only once it holds no tags. A missing tag is a NotFoundError. */
  deleteRepositoryTag: DeleteRepositoryTagResult;
  /** Imports a root filesystem tarball as an image (Docker `POST /images/create?fromSrc`). */
  importImage: ImportImageResult;
  /** Issues a new credential pair for a registry the catalog manages (TAC POST /v1/registries/{id}/credentials). Each call mints a new pair; TAC refuses registries it does not manage (ValidationError). */
  issueRegistryCredentials: IssueRegistryCredentialsResult;
  /** Removes unused images: Docker `POST /images/prune` (dangling, older than, by label), or a Cycle prune task for image sources. Returns the job that does it. */
  pruneImages: PruneImagesResult;
  /** Makes a PRIVATE PAI image PUBLIC to its workspace (PublishImage). Publishing a public image changes nothing. */
  publishPaiImage: PublishPaiImageResult;
  /** Starts pulling an image into the Docker engine. Returns the job at once; follow it with `jobUpdated`. */
  pullImage: PullImageResult;
  /** Pushes a tag of a local Docker image to its registry (Docker `POST /images/{name}/push`). Returns the job at once; follow it with `jobUpdated`. What the registry refuses (credentials, access) ends the job FAILED. */
  pushImage: PushImageResult;
  /** Runs the import task on an existing Cycle image (`POST /v1/images/{id}/tasks {action: "import"}`), e.g. one created without its import or whose import failed. An import already running, or an image already imported, is a ConflictError. */
  reimportImage: ReimportImageResult;
  /** Stops a running PAI build (PAI-DLC StopJob). Cycle and Docker builds cannot be stopped: `UnsupportedOperationError`. */
  stopImageBuild: StopImageBuildResult;
  /** Adds a tag to a Docker image (`POST /images/{name}/tag`); the image keeps its other tags. */
  tagImage: TagImageResult;
  /** Renames or re-describes a base image (TAC PATCH → 204, then GET). */
  updateBaseImage: UpdateBaseImageResult;
  /** Changes a Cycle image source (`PATCH /v1/images/sources/{id}`); fields left out stay as they are. */
  updateCycleImageSource: UpdateCycleImageSourceResult;
  /** Renames an image (Cycle `PATCH /v1/images/{id}`). Other providers’ images cannot be renamed here (UnsupportedOperationError); a Docker image gets another name with `tagImage`. */
  updateImage: UpdateImageResult;
  /** Adds (or overwrites) and removes labels of a PAI image (AddImageLabels, then one RemoveImageLabels per key). Other providers’ images answer UnsupportedOperationError. */
  updateImageLabels: UpdateImageLabelsResult;
  /** Changes visibility, category or description (SWR answers 201; the record is read back). */
  updateRepository: UpdateRepositoryResult;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationAddPaiImageArgs = {
  input: AddPaiImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationCancelJobArgs = {
  input: CancelJobInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationCreateBaseImageArgs = {
  input: CreateBaseImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationCreateCycleImageSourceArgs = {
  input: CreateCycleImageSourceInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationCreateImageBuildArgs = {
  input: CreateImageBuildInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationCreateNamespaceArgs = {
  input: CreateNamespaceInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationCreateRegistryArgs = {
  input: CreateRegistryInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationCreateRepositoryArgs = {
  input: CreateRepositoryInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationDeleteBaseImageArgs = {
  input: DeleteBaseImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationDeleteCycleImageSourceArgs = {
  input: DeleteCycleImageSourceInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationDeleteImageArgs = {
  input: DeleteImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationDeleteNamespaceArgs = {
  input: DeleteNamespaceInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationDeleteRepositoryArgs = {
  input: DeleteRepositoryInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationDeleteRepositoryTagArgs = {
  input: DeleteRepositoryTagInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationImportImageArgs = {
  input: ImportImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationIssueRegistryCredentialsArgs = {
  input: IssueRegistryCredentialsInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationPruneImagesArgs = {
  input: PruneImagesInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationPublishPaiImageArgs = {
  input: PublishPaiImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationPullImageArgs = {
  input: PullImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationPushImageArgs = {
  input: PushImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationReimportImageArgs = {
  input: ReimportImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationStopImageBuildArgs = {
  input: StopImageBuildInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationTagImageArgs = {
  input: TagImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationUpdateBaseImageArgs = {
  input: UpdateBaseImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationUpdateCycleImageSourceArgs = {
  input: UpdateCycleImageSourceInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationUpdateImageArgs = {
  input: UpdateImageInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationUpdateImageLabelsArgs = {
  input: UpdateImageLabelsInput;
};


/** Changes. Each returns a `…Result` union: the success type, or an `Error` type for expected failures (validation, not found, conflict, refused, provider failure, rate limit). */
export type MutationUpdateRepositoryArgs = {
  input: UpdateRepositoryInput;
};

/** An SWR organisation: the first path segment of its repositories. */
export type Namespace = Node & {
  __typename?: 'Namespace';
  /** What the gateway's credentials may do in it; null when SWR does not say. */
  access?: Maybe<NamespaceAccess>;
  /** Who created it; null when SWR does not say. */
  creatorName?: Maybe<Scalars['String']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** Namespace (organization) name, unique in the region. */
  name: Scalars['String']['output'];
  /** The provider that holds this object and answers for it. */
  provider: Provider;
};

/** The caller’s permission on an organisation (SWR `auth` 7 / 3 / 1). */
export type NamespaceAccess =
  /** Edit: push and change repositories. */
  | 'EDIT'
  /** Manage: create, delete and change repositories and permissions. */
  | 'MANAGE'
  /** Read: pull only. */
  | 'READ';

/** An object with a global id; every one can be refetched with `node(id:)`. */
export type Node = {
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
};

/** The object does not exist at its provider (or no longer does). */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  /** A stable machine-readable code, e.g. VALIDATION_FAILED; branch on this, not on the message. */
  code: ErrorCode;
  /** What went wrong, in English, for a developer (not localised; do not parse it). */
  message: Scalars['String']['output'];
  /** The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode). */
  provider?: Maybe<Provider>;
  /** The provider's own error code (`404.image`, `SWR.0002`, `InvalidParameter`…), for support and logs; null when the provider gave none. */
  upstreamCode?: Maybe<Scalars['String']['output']>;
};

/** An operating system of the Tanzu Application Catalog, the base of its base images. */
export type OperatingSystem = Node & {
  __typename?: 'OperatingSystem';
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was deprecated; null unless deprecated. */
  deprecatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** e.g. debian, photon, redhat, ubuntu. */
  distro?: Maybe<Scalars['String']['output']>;
  /** Whether it is a distroless flavour; null when not reported. */
  distroless?: Maybe<Scalars['Boolean']['output']>;
  /** Whether it is FIPS 140 compliant; null when not reported. */
  fipsCompliant?: Maybe<Scalars['Boolean']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** Display name, e.g. `Debian 12`. */
  name: Scalars['String']['output'];
  /** When it was replaced by `replacedBy`; null unless replaced. */
  replacedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The operating system that replaces this one, when TAC names one. */
  replacedBy?: Maybe<OperatingSystem>;
  /** TAC's value, e.g. ACTIVE or DEPRECATED. */
  status?: Maybe<Scalars['String']['output']>;
  /** Whether it is DISA STIG hardened; null when not reported. */
  stigCompliant?: Maybe<Scalars['Boolean']['output']>;
  /** When it last changed, ISO 8601 in UTC; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Version, e.g. `12`; null when none. */
  version?: Maybe<Scalars['String']['output']>;
};

/** Where a page sits in its list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page, to pass as `after`; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when there are more items after this page: ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: lists page forward only. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The input of `paiBuildImage`. */
export type PaiBuildImageInput = {
  /** Free text shown with the image. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Key/value labels on the object, as the provider stores them; empty when there are none. */
  labels?: InputMaybe<Array<KeyValueInput>>;
  /** Image name in the workspace: letters, digits, `-`, `_`; unique per workspace. */
  name: Scalars['String']['input'];
  /** Target image URI in the registry. */
  uri: Scalars['String']['input'];
};

/** The input of `paiBuildResource`. */
export type PaiBuildResourceInput = {
  /** CPU cores on a dedicated resource, e.g. `4`. */
  cpu?: InputMaybe<Scalars['String']['input']>;
  /** ECS instance type from the public resource group, e.g. `ecs.c6.large`. */
  ecsSpec?: InputMaybe<Scalars['String']['input']>;
  /** Memory on a dedicated resource, e.g. `8Gi`. */
  memory?: InputMaybe<Scalars['String']['input']>;
  /** The dedicated resource group (quota) id. */
  resourceId?: InputMaybe<Scalars['String']['input']>;
  /** The dedicated resource type, e.g. `Lingjun`, `ECS`. */
  resourceType?: InputMaybe<Scalars['String']['input']>;
};

/** How PAI builds the image. */
export type PaiBuildType =
  /** Build the given Dockerfile. */
  | 'CUSTOM_DOCKERFILE'
  /** Install packages on a base image. */
  | 'PACKAGE_INSTALLATION';

/** An image registered in a PAI workspace (AIWorkspace ListImages/GetImage). */
export type PaiImage = Image & Node & {
  __typename?: 'PaiImage';
  /** PUBLIC (everyone in the workspace) or PRIVATE (its creator); null when not reported. */
  accessibility?: Maybe<Accessibility>;
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Free text; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Content digest, `sha256:<64 hex>`; null when the provider does not expose one. */
  digest?: Maybe<Scalars['String']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** The pullable image URI in its registry (ACR), e.g. `registry.cn-hangzhou.aliyuncs.com/team/tf:2.9`. */
  imageUri: Scalars['String']['output'];
  /** Key/value labels on the object, as the provider stores them; empty when there are none. */
  labels: Array<Label>;
  /** The image name in the workspace (unique per workspace). */
  name: Scalars['String']['output'];
  /** The provider that holds this object and answers for it. */
  provider: Provider;
  /** A pullable reference, when known. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Size in bytes (for images: the compressed or stored size the provider reports); null when the provider does not report one. */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
  /** When it last changed, ISO 8601 in UTC; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The PAI workspace that holds the image; null for a public (system) image. */
  workspaceId?: Maybe<Scalars['String']['output']>;
};

/** The input of `paiImageBuild`. */
export type PaiImageBuildInput = {
  /** Who can see the registered image; default PRIVATE. */
  accessibility?: InputMaybe<Accessibility>;
  /** CUSTOM_DOCKERFILE (build `dockerfile`) or PACKAGE_INSTALLATION (install packages on a base image). */
  buildType: PaiBuildType;
  /** Idempotency token: retrying with the same token never creates a second build. Generated when absent. */
  clientToken?: InputMaybe<Scalars['String']['input']>;
  /** The Dockerfile text to build. */
  dockerfile: Scalars['String']['input'];
  /** The image to register in the workspace when the build succeeds. */
  image: PaiBuildImageInput;
  /** Display name of the PAI-DLC job that runs the build (`ImageBuildJobName`), 1–256 characters. */
  jobName?: InputMaybe<Scalars['String']['input']>;
  /** Push even if the tag of `image.uri` exists; default false. */
  overwriteImageTag?: InputMaybe<Scalars['Boolean']['input']>;
  /** Credentials for private registries the Dockerfile pulls FROM (e.g. an ACR of another account). Passwords are never logged or echoed. */
  registryAuths?: InputMaybe<Array<PaiRegistryAuthInput>>;
  /** What the build runs on: an ECS spec from the public resource group, or a dedicated resource (cpu, memory). */
  resource: PaiBuildResourceInput;
  /** Where the built image is pushed (an ACR Enterprise instance). */
  targetRegistry: PaiTargetRegistryInput;
  /** The VPC the build runs in; required with the public resource group (`ecsSpec`). */
  userVpc?: InputMaybe<PaiUserVpcInput>;
  /** Default: PAI_WORKSPACE_ID. */
  workspaceId?: InputMaybe<Scalars['String']['input']>;
};

/** PAI-only filters of the `images` list, applied by PAI ListImages. Giving it limits the list to PAI (a `providers` list without PAI is a ValidationError). */
export type PaiImageFilter = {
  /** Only PUBLIC or only PRIVATE images (PAI `Accessibility`). */
  accessibility?: InputMaybe<Accessibility>;
  /** Images carrying every one of these labels (PAI `Labels`). */
  labels?: InputMaybe<Array<PaiLabelFilterInput>>;
  /** Image names containing this text (PAI `Name`, fuzzy). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Default true: labels come with each image. False asks PAI for a lighter answer without labels (`labels` then reads empty). */
  verbose?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One label an image must carry (key and value both match exactly). */
export type PaiLabelFilterInput = {
  /** Label key, e.g. `system.framework`. No `=` or `,` (PAI’s filter syntax). */
  key: Scalars['String']['input'];
  /** Label value. No `,`. */
  value: Scalars['String']['input'];
};

/** Login for one registry a PAI build pulls from. */
export type PaiRegistryAuthInput = {
  /** Registry password or token. Write-only: never returned, logged or put into an error. */
  password: Scalars['String']['input'];
  /** Registry domain (host[:port]), e.g. `other-registry.cn-hangzhou.cr.aliyuncs.com`. */
  registry: Scalars['String']['input'];
  /** Registry user name (no `:`). */
  username: Scalars['String']['input'];
};

/** Registries PAI can push a build to. */
export type PaiRegistryType =
  /** Alibaba Cloud Container Registry, Enterprise Edition. */
  | 'ACR_ENTERPRISE';

/** The input of `paiTargetRegistry`. */
export type PaiTargetRegistryInput = {
  /** The ACR instance id, e.g. `cri-abcd1234`. */
  instanceId?: InputMaybe<Scalars['String']['input']>;
  /** The registry kind. */
  type: PaiRegistryType;
};

/** The input of `paiUserVpc`. */
export type PaiUserVpcInput = {
  /** Network interface for the default route: `eth0` or `eth1`. */
  defaultRoute?: InputMaybe<Scalars['String']['input']>;
  /** Extra CIDR blocks routed through the VPC. */
  extendedCidrs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Security group id, e.g. `sg-bp1…`. */
  securityGroupId?: InputMaybe<Scalars['String']['input']>;
  /** vSwitch id in that VPC. */
  switchId?: InputMaybe<Scalars['String']['input']>;
  /** VPC id, e.g. `vpc-bp1…`. */
  vpcId?: InputMaybe<Scalars['String']['input']>;
};

/** An OS/architecture pair a base image is built for. */
export type Platform = {
  __typename?: 'Platform';
  /** e.g. amd64, arm64. */
  architecture?: Maybe<Scalars['String']['output']>;
  /** e.g. linux. */
  osFamily?: Maybe<Scalars['String']['output']>;
};

/** The five upstream APIs the gateway federates. */
export type Provider =
  /** Cycle.io platform API: images, image sources, build logs, jobs. */
  | 'CYCLE'
  /** Docker Engine API (a local or remote daemon): images, pull, import, tag, delete, events. */
  | 'DOCKER'
  /** Alibaba Cloud PAI AIWorkspace: workspace images, and image builds run as PAI-DLC jobs. */
  | 'PAI'
  /** Huawei Cloud SoftWare Repository for Container: namespaces, repositories, tags. */
  | 'SWR'
  /** VMware Tanzu Application Catalog: base images, registries, operating systems. */
  | 'TAC';

/** How the gateway reaches a provider. */
export type ProviderMode =
  /** No credentials and GATEWAY_SANDBOX=off. */
  | 'DISABLED'
  /** Configured with credentials; calls go to the real service. */
  | 'LIVE'
  /** No credentials: served by the built-in emulator. */
  | 'SANDBOX';

/** One provider: how it is configured and whether it answers now (probed when asked). */
export type ProviderStatus = {
  __typename?: 'ProviderStatus';
  /** The API version the provider reported (Docker: the negotiated Engine API version); null when unhealthy or not reported. */
  apiVersion?: Maybe<Scalars['String']['output']>;
  /** When the gateway last probed it (probes run in the background, every PROVIDER_PROBE_INTERVAL_MS). */
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The upstream origin (never credentials). */
  endpoint?: Maybe<Scalars['String']['output']>;
  /** Why the provider is unhealthy. */
  error?: Maybe<Scalars['String']['output']>;
  /** Whether the provider answered the probe just now; false when DISABLED. */
  healthy: Scalars['Boolean']['output'];
  /** How long the probe took, in milliseconds (one decimal); null when it failed. */
  latencyMs?: Maybe<Scalars['Float']['output']>;
  /** LIVE (real credentials), SANDBOX (the built-in emulator) or DISABLED. */
  mode: ProviderMode;
  /** The provider that holds this object and answers for it. */
  provider: Provider;
};

/** Exactly one of docker or cycle. */
export type PruneImagesInput =
  /** Prune the images of Cycle image sources. */
  { cycle: CyclePruneInput; docker?: never; }
  |  /** Prune the Docker engine. */
  { cycle?: never; docker: DockerPruneInput; };

/** What `pruneImages` returns: `PruneImagesSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type PruneImagesResult = ConflictError | ForbiddenError | NotFoundError | PruneImagesSuccess | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** `pruneImages` succeeded. */
export type PruneImagesSuccess = {
  __typename?: 'PruneImagesSuccess';
  /** The job as it is after `pruneImages`. */
  job: Job;
};

/** Which PAI image to publish. */
export type PublishPaiImageInput = {
  /** A PaiImage id. */
  id: Scalars['ID']['input'];
};

/** What publishPaiImage answers: its success type, or one of the typed errors. */
export type PublishPaiImageResult = ConflictError | ForbiddenError | NotFoundError | PublishPaiImageSuccess | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** The image is now PUBLIC in its workspace. */
export type PublishPaiImageSuccess = {
  __typename?: 'PublishPaiImageSuccess';
  /** The image as PAI reports it after the change. */
  image: PaiImage;
};

/** The input of `pullImage`. */
export type PullImageInput = {
  /** Registry credentials for this pull only (sent as `X-Registry-Auth`, never stored or logged); omit for public images. */
  auth?: InputMaybe<RegistryAuthInput>;
  /** Repository, optionally with :tag or @digest (e.g. registry:5000/team/app:1.2). */
  image: Scalars['String']['input'];
  /** os[/arch[/variant]], e.g. linux/arm64. */
  platform?: InputMaybe<Scalars['String']['input']>;
  /** Tag or digest; default: the one in `image`, else `latest` (never “all tags”). */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** What `pullImage` returns: `PullImageSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type PullImageResult = ConflictError | ForbiddenError | NotFoundError | PullImageSuccess | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** `pullImage` succeeded. */
export type PullImageSuccess = {
  __typename?: 'PullImageSuccess';
  /** The job as it is after `pullImage`. */
  job: Job;
};

/** What to push: one tag of a local Docker image, to the registry its reference names. */
export type PushImageInput = {
  /** Credentials for the target registry, for this push only; never stored. */
  auth?: InputMaybe<RegistryAuthInput>;
  /** The DockerImage to push. */
  id: Scalars['ID']['input'];
  /** Which of the image’s tags to push: a tag name (e.g. `1.0`) that one of its references has, or a full reference from `repoTags` (e.g. `registry:5000/team/app:1.0`). Default: its only tag. Never “every tag of the repository”. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** What `pushImage` returns: `PushImageSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type PushImageResult = ConflictError | ForbiddenError | NotFoundError | PushImageSuccess | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

/** The push has started. */
export type PushImageSuccess = {
  __typename?: 'PushImageSuccess';
  /** The push job: per-layer progress, then SUCCEEDED, or FAILED with the registry’s message. */
  job: Job;
};

/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type Query = {
  __typename?: 'Query';
  /** Base images of the Tanzu Application Catalog, by name. Pages through TAC’s page/page_size (≤ 100): usually one call per page. */
  baseImages?: Maybe<BaseImageConnection>;
  /** Cycle image sources, newest first. Their ids are what `createImageBuild(cycle:)` and `pruneImages(cycle:)` take. */
  cycleImageSources?: Maybe<CycleImageSourceConnection>;
  /** Cycle images with Cycle’s own filters and a sort the client chooses (the merged `images` feed is newest first and filters only what every provider has). One Cycle page per request, two at most. */
  cycleImages: CycleImageConnection;
  /** Image builds of Cycle (imports of an image source) and PAI (image builds run as PAI-DLC jobs), newest first. */
  imageBuilds: ImageBuildConnection;
  /** Images of Docker, Cycle and PAI in one list, newest first. The cursor carries each provider’s own position. */
  images: ImageConnection;
  /** Jobs of every provider, newest first. */
  jobs: JobConnection;
  /** One SWR organisation by name (one upstream call), or null when it does not exist or the credentials cannot see it. */
  namespace?: Maybe<Namespace>;
  /** SWR organisations the credentials can see (one upstream call). */
  namespaces?: Maybe<Array<Namespace>>;
  /** Any object by its global id; null when it no longer exists. The id is checked (type and provider) before any upstream call. */
  node?: Maybe<Node>;
  /** Several objects by global id, in the order asked; null for each that does not exist. Ids of one provider are fetched together where the provider allows. */
  nodes: Array<Maybe<Node>>;
  /** Every provider, how it is configured and whether it answered its last background probe. */
  providers: Array<ProviderStatus>;
  /** Registries of the Tanzu Application Catalog, by name. Pages through TAC’s page/page_size (≤ 100). */
  registries?: Maybe<RegistryConnection>;
  /** SWR repositories, by organisation then name. One upstream call per page; `totalCount` comes from SWR’s Content-Range. */
  repositories?: Maybe<RepositoryConnection>;
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryBaseImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BaseImageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryCycleImageSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CycleImageSourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryCycleImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CycleImageListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CycleImageSort>>;
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryImageBuildsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImageBuildFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryNamespaceArgs = {
  name: Scalars['String']['input'];
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryRegistriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegistryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Lists are Relay connections that page forward (`first`, `after`); a list that merges providers answers with the providers that answered, and names the missing ones in `errors`. */
export type QueryRepositoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RepositoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The provider throttled the gateway; try again later. */
export type RateLimitedError = Error & {
  __typename?: 'RateLimitedError';
  /** A stable machine-readable code, e.g. VALIDATION_FAILED; branch on this, not on the message. */
  code: ErrorCode;
  /** What went wrong, in English, for a developer (not localised; do not parse it). */
  message: Scalars['String']['output'];
  /** The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode). */
  provider?: Maybe<Provider>;
  /** Seconds to wait before retrying, from the provider's Retry-After; null when it gave none. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
};

/** A container registry known to the Tanzu Application Catalog: where base images are pulled from. */
export type Registry = Node & {
  __typename?: 'Registry';
  /** How many catalog applications are delivered to it; null when not reported. */
  applicationCount?: Maybe<Scalars['Int']['output']>;
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many credentials it may hold; null when unlimited or not reported. */
  credentialsLimit?: Maybe<Scalars['Int']['output']>;
  /** Free text; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Registry flavour as TAC reports it (e.g. `harbor`, `gcr`); null when unknown. */
  flavor?: Maybe<Scalars['String']['output']>;
  /** Whether TAC could reach it at its last check; null before the first check. */
  healthy?: Maybe<Scalars['Boolean']['output']>;
  /** Hosted automatically by the catalog. */
  hosted?: Maybe<Scalars['Boolean']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** When TAC last checked it, ISO 8601 in UTC; null before. */
  lastCheckedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registry name in TAC. */
  name: Scalars['String']['output'];
  /** Whether your organisation owns it (as opposed to shared with you); null when not reported. */
  owned?: Maybe<Scalars['Boolean']['output']>;
  /** TAC's registry provider value, e.g. HARBOR, AMAZON_ELASTIC_CONTAINER_REGISTRY. */
  registryProvider?: Maybe<Scalars['String']['output']>;
  /** When it was removed; null unless removed. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it is shared with other organisations; null when not reported. */
  shared?: Maybe<Scalars['Boolean']['output']>;
  /** Why it is unhealthy; null when healthy. */
  unhealthyCause?: Maybe<Scalars['String']['output']>;
  /** When it last changed, ISO 8601 in UTC; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registry host, e.g. registry.app-catalog.vmware.com. */
  url?: Maybe<Scalars['String']['output']>;
  /** Managed by the catalog (VMware/Bitnami). */
  vmwareManaged?: Maybe<Scalars['Boolean']['output']>;
};

/** Registry credentials for this pull only; sent to the engine in X-Registry-Auth and never stored. */
export type RegistryAuthInput = {
  /** An identity (refresh) token instead of username/password. */
  identityToken?: InputMaybe<Scalars['String']['input']>;
  /** Password or access token of that user. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Registry host, e.g. `registry.example.com`; default: the image reference's registry. */
  serverAddress?: InputMaybe<Scalars['String']['input']>;
  /** Registry user name. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** A page of registry items (Relay connection): `edges` in the list's order and `pageInfo` to ask for the next page. Lists page forward only. */
export type RegistryConnection = {
  __typename?: 'RegistryConnection';
  /** The items of this page, in the order of the list; empty when there are none. */
  edges: Array<RegistryEdge>;
  /** Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`). */
  pageInfo: PageInfo;
  /** As TAC reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A pull credential TAC issued for one of its registries. TAC shows the password this once; store it now. */
export type RegistryCredentials = {
  __typename?: 'RegistryCredentials';
  /** The password. Shown only in this answer; the gateway never logs or keeps it. */
  password: Scalars['String']['output'];
  /** The user name to log in with (e.g. `_json_key`). */
  username: Scalars['String']['output'];
};

/** One item of a registry page, with the cursor of its position. */
export type RegistryEdge = {
  __typename?: 'RegistryEdge';
  /** Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Registry;
};

/** Narrows a list: every condition given must hold (AND); a condition left out (or null) does not filter. */
export type RegistryFilter = {
  /** true: only removed registries; default: live ones (TAC’s default). */
  removed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The kind of registry a TAC private registry is (TAC `provider`). */
export type RegistryProvider =
  /** TAC provider AMAZON_ELASTIC_CONTAINER_REGISTRY. */
  | 'AMAZON_ELASTIC_CONTAINER_REGISTRY'
  /** TAC provider AZURE_CONTAINER_REGISTRY. */
  | 'AZURE_CONTAINER_REGISTRY'
  /** TAC provider GITHUB_CONTAINER_REGISTRY. */
  | 'GITHUB_CONTAINER_REGISTRY'
  /** TAC provider GOOGLE_ARTIFACT_REGISTRY. */
  | 'GOOGLE_ARTIFACT_REGISTRY'
  /** TAC provider HARBOR. */
  | 'HARBOR'
  /** TAC provider JFROG_CONTAINER_REGISTRY. */
  | 'JFROG_CONTAINER_REGISTRY'
  /** TAC provider NEXUS_CONTAINER_REGISTRY. */
  | 'NEXUS_CONTAINER_REGISTRY';

/** The image to import. */
export type ReimportImageInput = {
  /** The CycleImage to import. */
  id: Scalars['ID']['input'];
};

/** What `reimportImage` returns: `ReimportImageSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type ReimportImageResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | ReimportImageSuccess | UnsupportedOperationError | UpstreamError | ValidationError;

/** The import has started. */
export type ReimportImageSuccess = {
  __typename?: 'ReimportImageSuccess';
  /** Cycle’s import job; follow it with `jobUpdated`, the log with `buildLog`. */
  job: Job;
};

/** A Huawei Cloud SWR repository. */
export type Repository = Node & {
  __typename?: 'Repository';
  /** Null when SWR reports none or one this gateway does not know. */
  category?: Maybe<RepositoryCategory>;
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Free text; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** The account owning the repository. */
  domainName?: Maybe<Scalars['String']['output']>;
  /** Global id: opaque, carries the type and the provider. Refetch with `node(id:)`; pass it to the mutations that act on this object. */
  id: Scalars['ID']['output'];
  /** The in-cluster (CCE) pull path. */
  internalPath?: Maybe<Scalars['String']['output']>;
  /** Whether anyone may pull without credentials. */
  isPublic: Scalars['Boolean']['output'];
  /** May contain `/` (`base/debian`). */
  name: Scalars['String']['output'];
  /** The organisation. */
  namespace: Scalars['String']['output'];
  /** How many times it was pulled, as SWR counts; null when not reported. */
  numDownloads: Scalars['Int']['output'];
  /** The caller’s and other users’ permissions on this repository (one upstream call per repository). Read-only here. */
  permissions: RepositoryPermissions;
  /** The provider that holds this object and answers for it. */
  provider: Provider;
  /** `<registry>/<namespace>/<repository>`. */
  pullPath?: Maybe<Scalars['String']['output']>;
  /** Size in bytes (for images: the compressed or stored size the provider reports); null when the provider does not report one. */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
  /** One tag of this repository by name (one upstream call), or null when the repository has no such tag. */
  tag?: Maybe<RepositoryTag>;
  /** How many tags (image versions) the repository holds (`num_images`). */
  tagCount: Scalars['Int']['output'];
  /** Newest first. Asking only tag names costs no upstream call on a listed repository. */
  tags: RepositoryTagConnection;
  /** When it last changed, ISO 8601 in UTC; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A Huawei Cloud SWR repository. */
export type RepositoryTagArgs = {
  name: Scalars['String']['input'];
};


/** A Huawei Cloud SWR repository. */
export type RepositoryTagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** SWR repository category. ARM is sent to SWR as `arm` (what the service stores and filters on), not the SDK enum’s `arms`. */
export type RepositoryCategory =
  /** Application server. */
  | 'APP_SERVER'
  /** ARM images (sent to SWR as `arm`). */
  | 'ARM'
  /** Database. */
  | 'DATABASE'
  /** Framework application. */
  | 'FRAMEWORK_APP'
  /** Programming language runtime. */
  | 'LANG'
  /** Linux distribution. */
  | 'LINUX'
  /** Anything else. */
  | 'OTHER'
  /** Windows. */
  | 'WINDOWS';

/** A page of repository items (Relay connection): `edges` in the list's order and `pageInfo` to ask for the next page. Lists page forward only. */
export type RepositoryConnection = {
  __typename?: 'RepositoryConnection';
  /** The items of this page, in the order of the list; empty when there are none. */
  edges: Array<RepositoryEdge>;
  /** Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`). */
  pageInfo: PageInfo;
  /** All repositories matching the filter. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a repository page, with the cursor of its position. */
export type RepositoryEdge = {
  __typename?: 'RepositoryEdge';
  /** Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Repository;
};

/** Narrows a list: every condition given must hold (AND); a condition left out (or null) does not filter. */
export type RepositoryFilter = {
  /** Only repositories of this category. */
  category?: InputMaybe<RepositoryCategory>;
  /** Repository names containing this text (SWR matches it as a substring). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this organisation. */
  namespace?: InputMaybe<Scalars['String']['input']>;
};

/** Who may do what with an SWR repository (SWR `ShowUserRepositoryAuth`). */
export type RepositoryPermissions = {
  __typename?: 'RepositoryPermissions';
  /** Permissions granted to other users on this repository. */
  others: Array<RepositoryUserPermission>;
  /** The caller’s own permission. */
  self?: Maybe<RepositoryUserPermission>;
};

/** One tag (image version) of an SWR repository. */
export type RepositoryTag = {
  __typename?: 'RepositoryTag';
  /** When it was created, ISO 8601 in UTC; null when the provider does not say. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Content digest, `sha256:<64 hex>`; null when the provider does not expose one. */
  digest?: Maybe<Scalars['String']['output']>;
  /** The image id the tag points at; null when SWR does not say. */
  imageId?: Maybe<Scalars['String']['output']>;
  /** The in-cluster (CCE) pull path. */
  internalPath?: Maybe<Scalars['String']['output']>;
  /** Whether SWR marks the tag trusted (signed). */
  isTrusted: Scalars['Boolean']['output'];
  /** Single-platform manifest or multi-platform manifest list. */
  manifestType: RepositoryTagManifestType;
  /** The tag, e.g. `v1.2.0`. */
  name: Scalars['String']['output'];
  /** `<registry>/<namespace>/<repository>:<tag>`. */
  pullPath?: Maybe<Scalars['String']['output']>;
  /** Whether SWR has scanned the image for vulnerabilities. */
  scanned: Scalars['Boolean']['output'];
  /** Docker manifest schema version (1 or 2); null when unknown. */
  schemaVersion?: Maybe<Scalars['Int']['output']>;
  /** Size in bytes (for images: the compressed or stored size the provider reports); null when the provider does not report one. */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
  /** When it last changed, ISO 8601 in UTC; null when the provider does not say. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of repository tag items (Relay connection): `edges` in the list's order and `pageInfo` to ask for the next page. Lists page forward only. */
export type RepositoryTagConnection = {
  __typename?: 'RepositoryTagConnection';
  /** The items of this page, in the order of the list; empty when there are none. */
  edges: Array<RepositoryTagEdge>;
  /** Whether there is a next page, and the cursor to ask for it (`endCursor` as `after`). */
  pageInfo: PageInfo;
  /** How many tags the repository has in all; null when SWR does not say. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One item of a repository tag page, with the cursor of its position. */
export type RepositoryTagEdge = {
  __typename?: 'RepositoryTagEdge';
  /** Opaque position of this item in the list; pass it as `after` to continue after it. Valid only for the same list and filter. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: RepositoryTag;
};

/** SWR `tag_type`: a single-platform manifest (0) or a manifest list (1). */
export type RepositoryTagManifestType =
  /** One image for one platform. */
  | 'MANIFEST'
  /** An index of images for several platforms. */
  | 'MANIFEST_LIST';

/** One IAM user’s permission on an SWR repository. */
export type RepositoryUserPermission = {
  __typename?: 'RepositoryUserPermission';
  /** MANAGE, EDIT or READ (SWR `auth` 7 / 3 / 1); null for a value this gateway does not know. */
  access?: Maybe<NamespaceAccess>;
  /** The IAM user id. */
  userId: Scalars['String']['output'];
  /** The IAM user name. */
  userName: Scalars['String']['output'];
};

/** Ascending or descending. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest (or newest) first. */
  | 'DESC';

/** The input of `stopImageBuild`. */
export type StopImageBuildInput = {
  /** An ImageBuild id. */
  id: Scalars['ID']['input'];
};

/** What `stopImageBuild` returns: `StopImageBuildSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type StopImageBuildResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | StopImageBuildSuccess | UnsupportedOperationError | UpstreamError | ValidationError;

/** `stopImageBuild` succeeded. */
export type StopImageBuildSuccess = {
  __typename?: 'StopImageBuildSuccess';
  /** The image build as it is after `stopImageBuild`. */
  imageBuild: ImageBuild;
};

/** Live updates, over SSE (`Accept: text/event-stream`) or graphql-ws on the same path. */
export type Subscription = {
  __typename?: 'Subscription';
  /** A build’s log as it grows, from `fromLine` on; one upstream poller per build however many subscribers. Completes when the build ends. */
  buildLog: BuildLogChunk;
  /** Image events as they happen. All subscribers share one upstream Docker event stream. */
  imageEvents: ImageEvent;
  /** The current snapshot first, then every change; completes when the job ends. */
  jobUpdated: Job;
};


/** Live updates, over SSE (`Accept: text/event-stream`) or graphql-ws on the same path. */
export type SubscriptionBuildLogArgs = {
  buildId: Scalars['ID']['input'];
  fromLine?: InputMaybe<Scalars['Int']['input']>;
};


/** Live updates, over SSE (`Accept: text/event-stream`) or graphql-ws on the same path. */
export type SubscriptionImageEventsArgs = {
  providers?: InputMaybe<Array<Provider>>;
};


/** Live updates, over SSE (`Accept: text/event-stream`) or graphql-ws on the same path. */
export type SubscriptionJobUpdatedArgs = {
  jobId: Scalars['ID']['input'];
};

/** The input of `tagImage`. */
export type TagImageInput = {
  /** A DockerImage id. */
  id: Scalars['ID']['input'];
  /** Repository part of the new tag, e.g. `registry.example.com/acme/app`. */
  repository: Scalars['String']['input'];
  /** Default: latest. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** What `tagImage` returns: `TagImageSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type TagImageResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | TagImageSuccess | UnsupportedOperationError | UpstreamError | ValidationError;

/** `tagImage` succeeded. */
export type TagImageSuccess = {
  __typename?: 'TagImageSuccess';
  /** The docker image as it is after `tagImage`. */
  image: DockerImage;
};

/** The provider of this object does not offer this operation, or is not configured. */
export type UnsupportedOperationError = Error & {
  __typename?: 'UnsupportedOperationError';
  /** A stable machine-readable code, e.g. VALIDATION_FAILED; branch on this, not on the message. */
  code: ErrorCode;
  /** What went wrong, in English, for a developer (not localised; do not parse it). */
  message: Scalars['String']['output'];
  /** The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode). */
  provider?: Maybe<Provider>;
};

/** The input of `updateBaseImage`. */
export type UpdateBaseImageInput = {
  /** New description; omit to keep, empty string to clear. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A BaseImage id. */
  id: Scalars['ID']['input'];
  /** New name; omit to keep. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What `updateBaseImage` returns: `UpdateBaseImageSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type UpdateBaseImageResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpdateBaseImageSuccess | UpstreamError | ValidationError;

/** `updateBaseImage` succeeded. */
export type UpdateBaseImageSuccess = {
  __typename?: 'UpdateBaseImageSuccess';
  /** The base image as it is after `updateBaseImage`. */
  baseImage: BaseImage;
};

/** The source and what to change. */
export type UpdateCycleImageSourceInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The CycleImageSource to change. */
  id: Scalars['ID']['input'];
  /** New identifier. */
  identifier?: InputMaybe<Scalars['String']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New origin (replaces the whole origin, credentials included). */
  origin?: InputMaybe<CycleImageOriginInput>;
};

/** What `updateCycleImageSource` returns: `UpdateCycleImageSourceSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type UpdateCycleImageSourceResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpdateCycleImageSourceSuccess | UpstreamError | ValidationError;

/** The image source was updated. */
export type UpdateCycleImageSourceSuccess = {
  __typename?: 'UpdateCycleImageSourceSuccess';
  /** The image source as Cycle now has it. */
  source: CycleImageSource;
};

/** The image and its new name. */
export type UpdateImageInput = {
  /** The image (a CycleImage). */
  id: Scalars['ID']['input'];
  /** The new name (1–256 characters). */
  name: Scalars['String']['input'];
};

/** The image and the label changes; at least one of add or remove. */
export type UpdateImageLabelsInput = {
  /** Labels to set; an existing key gets the new value. */
  add?: InputMaybe<Array<KeyValueInput>>;
  /** A PaiImage id. */
  id: Scalars['ID']['input'];
  /** Label keys to remove; a key the image lacks is ignored. */
  remove?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What updateImageLabels answers: its success type, or one of the typed errors. */
export type UpdateImageLabelsResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpdateImageLabelsSuccess | UpstreamError | ValidationError;

/** The labels are changed. */
export type UpdateImageLabelsSuccess = {
  __typename?: 'UpdateImageLabelsSuccess';
  /** The image as PAI reports it after the change. */
  image: PaiImage;
};

/** What `updateImage` returns: `UpdateImageSuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type UpdateImageResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpdateImageSuccess | UpstreamError | ValidationError;

/** The image was updated. */
export type UpdateImageSuccess = {
  __typename?: 'UpdateImageSuccess';
  /** The image as the provider now has it. */
  image: CycleImage;
};

/** The input of `updateRepository`. */
export type UpdateRepositoryInput = {
  /** Default: unchanged. */
  category?: InputMaybe<RepositoryCategory>;
  /** Default: unchanged. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A Repository id. */
  id: Scalars['ID']['input'];
  /** Default: unchanged (costs one read, as SWR needs it on every update). */
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What `updateRepository` returns: `UpdateRepositorySuccess` or one of the `Error` types (select `... on Error { code message }`); the operation itself does not fail for these expected errors. */
export type UpdateRepositoryResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpdateRepositorySuccess | UpstreamError | ValidationError;

/** `updateRepository` succeeded. */
export type UpdateRepositorySuccess = {
  __typename?: 'UpdateRepositorySuccess';
  /** The repository as it is after `updateRepository`. */
  repository: Repository;
};

/** The provider failed (5xx, unreachable, or an answer we cannot use). */
export type UpstreamError = Error & {
  __typename?: 'UpstreamError';
  /** A stable machine-readable code, e.g. VALIDATION_FAILED; branch on this, not on the message. */
  code: ErrorCode;
  /** What went wrong, in English, for a developer (not localised; do not parse it). */
  message: Scalars['String']['output'];
  /** The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode). */
  provider?: Maybe<Provider>;
  /** HTTP status; null when the provider could not be reached. */
  status?: Maybe<Scalars['Int']['output']>;
  /** The provider's own error code (`404.image`, `SWR.0002`, `InvalidParameter`…), for support and logs; null when the provider gave none. */
  upstreamCode?: Maybe<Scalars['String']['output']>;
};

/** The input breaks a documented rule; nothing was sent upstream (or the provider rejected named fields). */
export type ValidationError = Error & {
  __typename?: 'ValidationError';
  /** A stable machine-readable code, e.g. VALIDATION_FAILED; branch on this, not on the message. */
  code: ErrorCode;
  /** Each input field that breaks a rule, with its path and what is wrong. */
  fieldErrors: Array<FieldError>;
  /** What went wrong, in English, for a developer (not localised; do not parse it). */
  message: Scalars['String']['output'];
  /** The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode). */
  provider?: Maybe<Provider>;
};

export type CapabilitiesNamespacesQueryVariables = Exact<{ [key: string]: never; }>;


export type CapabilitiesNamespacesQuery = { __typename?: 'Query', namespaces?: Array<{ __typename?: 'Namespace', name: string }> | null };

export type CapabilitiesImageBuildsQueryVariables = Exact<{ [key: string]: never; }>;


export type CapabilitiesImageBuildsQuery = { __typename?: 'Query', imageBuilds: { __typename?: 'ImageBuildConnection', edges: Array<{ __typename?: 'ImageBuildEdge', node: { __typename?: 'ImageBuild', id: string, provider: Provider } }> } };

export type CapabilitiesDeleteImageMutationVariables = Exact<{
  input: DeleteImageInput;
}>;


export type CapabilitiesDeleteImageMutation = { __typename?: 'Mutation', deleteImage: { __typename: 'ConflictError', message: string, code: ErrorCode } | { __typename: 'DeleteImageSuccess' } | { __typename: 'ForbiddenError', message: string, code: ErrorCode } | { __typename: 'NotFoundError', message: string, code: ErrorCode } | { __typename: 'RateLimitedError', message: string, code: ErrorCode } | { __typename: 'UnsupportedOperationError', message: string, code: ErrorCode, provider?: Provider | null } | { __typename: 'UpstreamError', message: string, code: ErrorCode } | { __typename: 'ValidationError', message: string, code: ErrorCode } };

export type DockerProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type DockerProvidersQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, mode: ProviderMode, healthy: boolean, endpoint?: string | null, apiVersion?: string | null, latencyMs?: number | null }> };

export type DockerImagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DockerImagesQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', cursor: string, node: { __typename: 'CycleImage', id: string, provider: Provider, name: string, reference?: string | null, digest?: string | null, sizeBytes?: number | null, createdAt?: string | null, labels: Array<{ __typename?: 'Label', key: string, value: string }> } | { __typename: 'DockerImage', repoTags: Array<string>, repoDigests: Array<string>, architecture?: string | null, os?: string | null, engine: string, id: string, provider: Provider, name: string, reference?: string | null, digest?: string | null, sizeBytes?: number | null, createdAt?: string | null, labels: Array<{ __typename?: 'Label', key: string, value: string }> } | { __typename: 'PaiImage', id: string, provider: Provider, name: string, reference?: string | null, digest?: string | null, sizeBytes?: number | null, createdAt?: string | null, labels: Array<{ __typename?: 'Label', key: string, value: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type DockerJobByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerJobByIdQuery = { __typename?: 'Query', node?: { __typename?: 'BaseImage' } | { __typename?: 'CycleImage' } | { __typename?: 'CycleImageSource' } | { __typename?: 'DockerImage' } | { __typename?: 'ImageBuild' } | { __typename?: 'Job', id: string, provider: Provider, action: string, state: JobState, progress?: number | null, caption?: string | null, error?: string | null, layers: Array<{ __typename?: 'JobLayer', id: string, status: string, currentBytes?: number | null, totalBytes?: number | null }> } | { __typename?: 'Namespace' } | { __typename?: 'OperatingSystem' } | { __typename?: 'PaiImage' } | { __typename?: 'Registry' } | { __typename?: 'Repository' } | null };

export type DockerPullImageMutationVariables = Exact<{
  input: PullImageInput;
}>;


export type DockerPullImageMutation = { __typename?: 'Mutation', pullImage: { __typename: 'ConflictError', message: string, code: ErrorCode } | { __typename: 'ForbiddenError', message: string, code: ErrorCode } | { __typename: 'NotFoundError', message: string, code: ErrorCode } | { __typename: 'PullImageSuccess', job: { __typename?: 'Job', id: string, state: JobState, progress?: number | null, caption?: string | null } } | { __typename: 'RateLimitedError', message: string, code: ErrorCode } | { __typename: 'UnsupportedOperationError', message: string, code: ErrorCode } | { __typename: 'UpstreamError', message: string, code: ErrorCode } | { __typename: 'ValidationError', message: string, code: ErrorCode, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } };

export type DockerTagImageMutationVariables = Exact<{
  input: TagImageInput;
}>;


export type DockerTagImageMutation = { __typename?: 'Mutation', tagImage: { __typename: 'ConflictError', message: string, code: ErrorCode } | { __typename: 'ForbiddenError', message: string, code: ErrorCode } | { __typename: 'NotFoundError', message: string, code: ErrorCode } | { __typename: 'RateLimitedError', message: string, code: ErrorCode } | { __typename: 'TagImageSuccess', image: { __typename?: 'DockerImage', id: string, repoTags: Array<string> } } | { __typename: 'UnsupportedOperationError', message: string, code: ErrorCode } | { __typename: 'UpstreamError', message: string, code: ErrorCode } | { __typename: 'ValidationError', message: string, code: ErrorCode } };

export type DockerDeleteImageMutationVariables = Exact<{
  input: DeleteImageInput;
}>;


export type DockerDeleteImageMutation = { __typename?: 'Mutation', deleteImage: { __typename: 'ConflictError', message: string, code: ErrorCode } | { __typename: 'DeleteImageSuccess', deletedId: string, untagged: Array<string>, job?: { __typename?: 'Job', id: string, state: JobState } | null } | { __typename: 'ForbiddenError', message: string, code: ErrorCode } | { __typename: 'NotFoundError', message: string, code: ErrorCode } | { __typename: 'RateLimitedError', message: string, code: ErrorCode } | { __typename: 'UnsupportedOperationError', message: string, code: ErrorCode } | { __typename: 'UpstreamError', message: string, code: ErrorCode } | { __typename: 'ValidationError', message: string, code: ErrorCode } };

export type DockerPruneImagesMutationVariables = Exact<{
  input: PruneImagesInput;
}>;


export type DockerPruneImagesMutation = { __typename?: 'Mutation', pruneImages: { __typename: 'ConflictError', message: string, code: ErrorCode } | { __typename: 'ForbiddenError', message: string, code: ErrorCode } | { __typename: 'NotFoundError', message: string, code: ErrorCode } | { __typename: 'PruneImagesSuccess', job: { __typename?: 'Job', id: string, state: JobState, caption?: string | null } } | { __typename: 'RateLimitedError', message: string, code: ErrorCode } | { __typename: 'UnsupportedOperationError', message: string, code: ErrorCode } | { __typename: 'UpstreamError', message: string, code: ErrorCode } | { __typename: 'ValidationError', message: string, code: ErrorCode } };

export type DockerProvidersHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type DockerProvidersHealthQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, healthy: boolean }> };

export type DockerFirstImageCursorQueryVariables = Exact<{ [key: string]: never; }>;


export type DockerFirstImageCursorQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', cursor: string }> } };

export type DockerImagesListFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type DockerImagesListFieldsQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', id: string, name: string, reference?: string | null, sizeBytes?: number | null, createdAt?: string | null } | { __typename?: 'DockerImage', repoTags: Array<string>, repoDigests: Array<string>, id: string, name: string, reference?: string | null, sizeBytes?: number | null, createdAt?: string | null } | { __typename?: 'PaiImage', id: string, name: string, reference?: string | null, sizeBytes?: number | null, createdAt?: string | null } }> } };

export type DockerNodeTwiceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerNodeTwiceQuery = { __typename?: 'Query', a?: { __typename?: 'BaseImage', id: string } | { __typename?: 'CycleImage', id: string } | { __typename?: 'CycleImageSource', id: string } | { __typename?: 'DockerImage', id: string } | { __typename?: 'ImageBuild', id: string } | { __typename?: 'Job', id: string } | { __typename?: 'Namespace', id: string } | { __typename?: 'OperatingSystem', id: string } | { __typename?: 'PaiImage', id: string } | { __typename?: 'Registry', id: string } | { __typename?: 'Repository', id: string } | null, b?: { __typename?: 'BaseImage', id: string } | { __typename?: 'CycleImage', id: string } | { __typename?: 'CycleImageSource', id: string } | { __typename?: 'DockerImage', os?: string | null, id: string } | { __typename?: 'ImageBuild', id: string } | { __typename?: 'Job', id: string } | { __typename?: 'Namespace', id: string } | { __typename?: 'OperatingSystem', id: string } | { __typename?: 'PaiImage', id: string } | { __typename?: 'Registry', id: string } | { __typename?: 'Repository', id: string } | null };

export type DockerPullJobFragment = { __typename?: 'Job', id: string, state: JobState, caption?: string | null, error?: string | null, image?: { __typename: 'CycleImage', id: string, reference?: string | null } | { __typename: 'DockerImage', architecture?: string | null, repoDigests: Array<string>, id: string, reference?: string | null } | { __typename: 'PaiImage', id: string, reference?: string | null } | null };

export type DockerPullMutationVariables = Exact<{
  input: PullImageInput;
}>;


export type DockerPullMutation = { __typename?: 'Mutation', pullImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', status?: number | null, message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'PullImageSuccess', job: { __typename?: 'Job', id: string, state: JobState, caption?: string | null, error?: string | null, image?: { __typename: 'CycleImage', id: string, reference?: string | null } | { __typename: 'DockerImage', architecture?: string | null, repoDigests: Array<string>, id: string, reference?: string | null } | { __typename: 'PaiImage', id: string, reference?: string | null } | null } } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } };

export type DockerPullJobByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerPullJobByIdQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage' } | { __typename: 'ImageBuild' } | { __typename: 'Job', id: string, state: JobState, caption?: string | null, error?: string | null, image?: { __typename: 'CycleImage', id: string, reference?: string | null } | { __typename: 'DockerImage', architecture?: string | null, repoDigests: Array<string>, id: string, reference?: string | null } | { __typename: 'PaiImage', id: string, reference?: string | null } | null } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type DockerJobCursorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DockerJobCursorsQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', edges: Array<{ __typename?: 'JobEdge', cursor: string }> } };

export type DockerProgressJobFragment = { __typename?: 'Job', id: string, action: string, state: JobState, caption?: string | null, error?: string | null, progress?: number | null, layers: Array<{ __typename?: 'JobLayer', id: string, status: string }> };

export type DockerPushMutationVariables = Exact<{
  input: PushImageInput;
}>;


export type DockerPushMutation = { __typename?: 'Mutation', pushImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'PushImageSuccess', job: { __typename?: 'Job', id: string, action: string, state: JobState, caption?: string | null, error?: string | null, progress?: number | null, layers: Array<{ __typename?: 'JobLayer', id: string, status: string }> } } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } };

export type DockerPullWithProgressMutationVariables = Exact<{
  input: PullImageInput;
}>;


export type DockerPullWithProgressMutation = { __typename?: 'Mutation', pullImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'PullImageSuccess', job: { __typename?: 'Job', id: string, action: string, state: JobState, caption?: string | null, error?: string | null, progress?: number | null, layers: Array<{ __typename?: 'JobLayer', id: string, status: string }> } } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } };

export type DockerCancelJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerCancelJobMutation = { __typename?: 'Mutation', cancelJob: { __typename: 'CancelJobSuccess', job: { __typename?: 'Job', id: string, action: string, state: JobState, caption?: string | null, error?: string | null, progress?: number | null, layers: Array<{ __typename?: 'JobLayer', id: string, status: string }> } } | { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } };

export type DockerProgressJobByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerProgressJobByIdQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage' } | { __typename: 'ImageBuild' } | { __typename: 'Job', id: string, action: string, state: JobState, caption?: string | null, error?: string | null, progress?: number | null, layers: Array<{ __typename?: 'JobLayer', id: string, status: string }> } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type DockerImageTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type DockerImageTagsQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename: 'CycleImage', id: string } | { __typename: 'DockerImage', repoTags: Array<string>, id: string } | { __typename: 'PaiImage', id: string } }> } };

export type DockerTagMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  r: Scalars['String']['input'];
  t?: InputMaybe<Scalars['String']['input']>;
}>;


export type DockerTagMutation = { __typename?: 'Mutation', tagImage: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'RateLimitedError' } | { __typename: 'TagImageSuccess' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type DockerForceDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerForceDeleteMutation = { __typename?: 'Mutation', deleteImage: { __typename: 'ConflictError' } | { __typename: 'DeleteImageSuccess' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'RateLimitedError' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type DockerPruneDanglingMutationVariables = Exact<{ [key: string]: never; }>;


export type DockerPruneDanglingMutation = { __typename?: 'Mutation', pruneImages: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'PruneImagesSuccess', job: { __typename?: 'Job', id: string } } | { __typename: 'RateLimitedError' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type DockerImagesHistoryConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type DockerImagesHistoryConfigQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage' } | { __typename?: 'DockerImage', architecture?: string | null, history: Array<{ __typename?: 'DockerImageHistoryEntry', createdBy: string }>, config: { __typename?: 'DockerImageConfig', cmd?: Array<string> | null } } | { __typename?: 'PaiImage' } }> } };

export type DockerImageHistoryAndConfigQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerImageHistoryAndConfigQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage', history: Array<{ __typename?: 'DockerImageHistoryEntry', imageId?: string | null, createdAt?: string | null, createdBy: string, tags: Array<string>, sizeBytes: number, comment: string }>, config: { __typename?: 'DockerImageConfig', env: Array<string>, cmd?: Array<string> | null, entrypoint?: Array<string> | null, workingDir?: string | null, user?: string | null, labels: unknown, exposedPorts: Array<string> } } | { __typename: 'ImageBuild' } | { __typename: 'Job' } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type DockerImportArmMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  changes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type DockerImportArmMutation = { __typename?: 'Mutation', importImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'ImportImageSuccess', job: { __typename?: 'Job', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type DockerJobImageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerJobImageQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage' } | { __typename: 'ImageBuild' } | { __typename: 'Job', image?: { __typename: 'CycleImage' } | { __typename: 'DockerImage', architecture?: string | null, os?: string | null, config: { __typename?: 'DockerImageConfig', env: Array<string>, cmd?: Array<string> | null, entrypoint?: Array<string> | null, workingDir?: string | null, user?: string | null, labels: unknown, exposedPorts: Array<string> }, history: Array<{ __typename?: 'DockerImageHistoryEntry', comment: string }> } | { __typename: 'PaiImage' } | null } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type DockerImportBadPlatformMutationVariables = Exact<{ [key: string]: never; }>;


export type DockerImportBadPlatformMutation = { __typename?: 'Mutation', importImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'ImportImageSuccess' } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } };

export type DockerEngineJobFieldsFragment = { __typename?: 'Job', id: string, state: JobState, progress?: number | null, error?: string | null, caption?: string | null };

export type DockerEngineJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerEngineJobQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage' } | { __typename: 'ImageBuild' } | { __typename: 'Job', id: string, state: JobState, progress?: number | null, error?: string | null, caption?: string | null } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type DockerEngineJobUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerEngineJobUpdatedSubscription = { __typename?: 'Subscription', jobUpdated: { __typename?: 'Job', id: string, state: JobState, progress?: number | null, error?: string | null, caption?: string | null } };

export type DockerEngineProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type DockerEngineProvidersQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, mode: ProviderMode, healthy: boolean, apiVersion?: string | null }> };

export type DockerEngineImportRootfsMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  changes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type DockerEngineImportRootfsMutation = { __typename?: 'Mutation', importImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'ImportImageSuccess', job: { __typename?: 'Job', id: string, state: JobState, progress?: number | null, error?: string | null, caption?: string | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type DockerEngineImportArmMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  changes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type DockerEngineImportArmMutation = { __typename?: 'Mutation', importImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'ImportImageSuccess', job: { __typename?: 'Job', id: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type DockerEngineJobImageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerEngineJobImageQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage' } | { __typename: 'ImageBuild' } | { __typename: 'Job', image?: { __typename: 'CycleImage' } | { __typename: 'DockerImage', architecture?: string | null, config: { __typename?: 'DockerImageConfig', env: Array<string>, cmd?: Array<string> | null, workingDir?: string | null, user?: string | null, exposedPorts: Array<string> }, history: Array<{ __typename?: 'DockerImageHistoryEntry', comment: string }> } | { __typename: 'PaiImage' } | null } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type DockerEngineImportMetadataUrlMutationVariables = Exact<{ [key: string]: never; }>;


export type DockerEngineImportMetadataUrlMutation = { __typename?: 'Mutation', importImage: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'ImportImageSuccess' } | { __typename: 'NotFoundError' } | { __typename: 'RateLimitedError' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } };

export type DockerEngineImportRunChangeMutationVariables = Exact<{ [key: string]: never; }>;


export type DockerEngineImportRunChangeMutation = { __typename?: 'Mutation', importImage: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'ImportImageSuccess' } | { __typename: 'NotFoundError' } | { __typename: 'RateLimitedError' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError', fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } };

export type DockerEnginePullMutationVariables = Exact<{
  input: PullImageInput;
}>;


export type DockerEnginePullMutation = { __typename?: 'Mutation', pullImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'PullImageSuccess', job: { __typename?: 'Job', id: string, state: JobState, progress?: number | null, error?: string | null, caption?: string | null } } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } };

export type DockerEngineImageTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type DockerEngineImageTagsQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename: 'CycleImage', id: string } | { __typename: 'DockerImage', repoTags: Array<string>, id: string } | { __typename: 'PaiImage', id: string } }> } };

export type DockerEngineImageDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerEngineImageDetailsQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage', config: { __typename?: 'DockerImageConfig', cmd?: Array<string> | null, env: Array<string> }, history: Array<{ __typename?: 'DockerImageHistoryEntry', comment: string, createdBy: string, sizeBytes: number }> } | { __typename: 'ImageBuild' } | { __typename: 'Job' } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type DockerEnginePushMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  auth?: InputMaybe<RegistryAuthInput>;
}>;


export type DockerEnginePushMutation = { __typename?: 'Mutation', pushImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'PushImageSuccess', job: { __typename?: 'Job', id: string, state: JobState, progress?: number | null, error?: string | null, caption?: string | null } } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type DockerEngineJobLayersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerEngineJobLayersQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage' } | { __typename: 'ImageBuild' } | { __typename: 'Job', state: JobState, layers: Array<{ __typename?: 'JobLayer', status: string }> } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type DockerEngineCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerEngineCancelMutation = { __typename?: 'Mutation', cancelJob: { __typename: 'CancelJobSuccess', job: { __typename?: 'Job', id: string, state: JobState, progress?: number | null, error?: string | null, caption?: string | null } } | { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type DockerEngineImageEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DockerEngineImageEventsSubscription = { __typename?: 'Subscription', imageEvents: { __typename?: 'ImageEvent', action: string, reference?: string | null, imageId: string } };

export type DockerEngineTagStableMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerEngineTagStableMutation = { __typename?: 'Mutation', tagImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'TagImageSuccess', image: { __typename?: 'DockerImage', repoTags: Array<string> } } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type DockerEngineDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerEngineDeleteMutation = { __typename?: 'Mutation', deleteImage: { __typename: 'ConflictError', message: string } | { __typename: 'DeleteImageSuccess' } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type DockerEngineForceDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DockerEngineForceDeleteMutation = { __typename?: 'Mutation', deleteImage: { __typename: 'ConflictError', message: string } | { __typename: 'DeleteImageSuccess', deletedId: string, untagged: Array<string> } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type FaultRepositoriesAndImagesQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultRepositoriesAndImagesQuery = { __typename?: 'Query', repositories?: { __typename?: 'RepositoryConnection', edges: Array<{ __typename?: 'RepositoryEdge', node: { __typename?: 'Repository', id: string } }> } | null, images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', provider: Provider } | { __typename?: 'DockerImage', provider: Provider } | { __typename?: 'PaiImage', provider: Provider } }> } };

export type FaultBaseImagesAndImagesQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultBaseImagesAndImagesQuery = { __typename?: 'Query', baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', id: string } }> } | null, images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', provider: Provider } | { __typename?: 'DockerImage', provider: Provider } | { __typename?: 'PaiImage', provider: Provider } }> } };

export type FaultEveryRootListQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultEveryRootListQuery = { __typename?: 'Query', repositories?: { __typename?: 'RepositoryConnection', edges: Array<{ __typename?: 'RepositoryEdge', node: { __typename?: 'Repository', id: string } }> } | null, baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', id: string } }> } | null, images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', provider: Provider } | { __typename?: 'DockerImage', provider: Provider } | { __typename?: 'PaiImage', provider: Provider } }> } };

export type FaultJobProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultJobProvidersQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', edges: Array<{ __typename?: 'JobEdge', node: { __typename?: 'Job', provider: Provider } }> } };

export type FaultEveryProviderQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultEveryProviderQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', id: string, provider: Provider } | { __typename?: 'DockerImage', id: string, provider: Provider } | { __typename?: 'PaiImage', id: string, provider: Provider } }> }, repositories?: { __typename?: 'RepositoryConnection', edges: Array<{ __typename?: 'RepositoryEdge', node: { __typename?: 'Repository', id: string } }> } | null, baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', id: string } }> } | null };

export type FaultCanaryEverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultCanaryEverythingQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, mode: ProviderMode, healthy: boolean, endpoint?: string | null, apiVersion?: string | null, error?: string | null }>, images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', id: string, provider: Provider, name: string } | { __typename?: 'DockerImage', id: string, provider: Provider, name: string } | { __typename?: 'PaiImage', id: string, provider: Provider, name: string } }> }, repositories?: { __typename?: 'RepositoryConnection', edges: Array<{ __typename?: 'RepositoryEdge', node: { __typename?: 'Repository', id: string, name: string, tags: { __typename?: 'RepositoryTagConnection', edges: Array<{ __typename?: 'RepositoryTagEdge', node: { __typename?: 'RepositoryTag', name: string, digest?: string | null } }> } } }> } | null, baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', id: string, name: string } }> } | null, imageBuilds: { __typename?: 'ImageBuildConnection', edges: Array<{ __typename?: 'ImageBuildEdge', node: { __typename?: 'ImageBuild', id: string, status: BuildStatus } }> }, jobs: { __typename?: 'JobConnection', edges: Array<{ __typename?: 'JobEdge', node: { __typename?: 'Job', id: string, state: JobState, error?: string | null } }> } };

export type FaultCanaryCreateRepositoryMutationVariables = Exact<{ [key: string]: never; }>;


export type FaultCanaryCreateRepositoryMutation = { __typename?: 'Mutation', createRepository: { __typename: 'ConflictError', message: string } | { __typename: 'CreateRepositorySuccess' } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type FaultCanaryPullMutationVariables = Exact<{
  p: Scalars['String']['input'];
}>;


export type FaultCanaryPullMutation = { __typename?: 'Mutation', pullImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'PullImageSuccess', job: { __typename?: 'Job', id: string, state: JobState, error?: string | null } } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type FaultImagesQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultImagesQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', id: string, provider: Provider } | { __typename?: 'DockerImage', id: string, provider: Provider } | { __typename?: 'PaiImage', id: string, provider: Provider } }> } };

export type FaultProviderHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultProviderHealthQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, healthy: boolean }> };

export type GwCreateImageBuildMutationVariables = Exact<{
  input: CreateImageBuildInput;
}>;


export type GwCreateImageBuildMutation = { __typename?: 'Mutation', createImageBuild: { __typename: 'ConflictError', message: string } | { __typename: 'CreateImageBuildSuccess', imageBuild: { __typename?: 'ImageBuild', id: string } } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type GwProviderModesQueryVariables = Exact<{ [key: string]: never; }>;


export type GwProviderModesQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, mode: ProviderMode, healthy: boolean }> };

export type GwProviderEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type GwProviderEndpointsQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, endpoint?: string | null, healthy: boolean }> };

export type GwNodeNotAnIdQueryVariables = Exact<{ [key: string]: never; }>;


export type GwNodeNotAnIdQuery = { __typename?: 'Query', node?: { __typename?: 'BaseImage', id: string } | { __typename?: 'CycleImage', id: string } | { __typename?: 'CycleImageSource', id: string } | { __typename?: 'DockerImage', id: string } | { __typename?: 'ImageBuild', id: string } | { __typename?: 'Job', id: string } | { __typename?: 'Namespace', id: string } | { __typename?: 'OperatingSystem', id: string } | { __typename?: 'PaiImage', id: string } | { __typename?: 'Registry', id: string } | { __typename?: 'Repository', id: string } | null };

export type GwPullBusyboxMutationVariables = Exact<{ [key: string]: never; }>;


export type GwPullBusyboxMutation = { __typename?: 'Mutation', pullImage: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'PullImageSuccess' } | { __typename: 'RateLimitedError' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type GwCycleImageStatesQueryVariables = Exact<{ [key: string]: never; }>;


export type GwCycleImageStatesQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename: 'CycleImage', state: string, id: string } | { __typename: 'DockerImage', id: string } | { __typename: 'PaiImage', id: string } }> } };

export type GwDeleteImageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GwDeleteImageMutation = { __typename?: 'Mutation', deleteImage: { __typename: 'ConflictError', message: string } | { __typename: 'DeleteImageSuccess' } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type GwSucceededCycleBuildQueryVariables = Exact<{ [key: string]: never; }>;


export type GwSucceededCycleBuildQuery = { __typename?: 'Query', imageBuilds: { __typename?: 'ImageBuildConnection', edges: Array<{ __typename?: 'ImageBuildEdge', node: { __typename?: 'ImageBuild', id: string } }> } };

export type GwImageCursorsQueryVariables = Exact<{
  providers?: InputMaybe<Array<Provider> | Provider>;
}>;


export type GwImageCursorsQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', cursor: string }> } };

export type GwImageBuildCursorsQueryVariables = Exact<{
  providers?: InputMaybe<Array<Provider> | Provider>;
}>;


export type GwImageBuildCursorsQuery = { __typename?: 'Query', imageBuilds: { __typename?: 'ImageBuildConnection', edges: Array<{ __typename?: 'ImageBuildEdge', cursor: string }> } };

export type GwJobCursorsQueryVariables = Exact<{
  providers?: InputMaybe<Array<Provider> | Provider>;
}>;


export type GwJobCursorsQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', edges: Array<{ __typename?: 'JobEdge', cursor: string }> } };

export type GwCapableProviderListsQueryVariables = Exact<{ [key: string]: never; }>;


export type GwCapableProviderListsQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', cursor: string }> }, imageBuilds: { __typename?: 'ImageBuildConnection', edges: Array<{ __typename?: 'ImageBuildEdge', cursor: string }> }, jobs: { __typename?: 'JobConnection', edges: Array<{ __typename?: 'JobEdge', cursor: string }> } };

export type GwImageNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type GwImageNamesQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', provider: Provider, name: string, reference?: string | null } | { __typename?: 'DockerImage', provider: Provider, name: string, reference?: string | null } | { __typename?: 'PaiImage', provider: Provider, name: string, reference?: string | null } }> } };

export type GwImageProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type GwImageProvidersQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', provider: Provider } | { __typename?: 'DockerImage', provider: Provider } | { __typename?: 'PaiImage', provider: Provider } }> } };

export type GwImageDatesQueryVariables = Exact<{
  filter?: InputMaybe<ImageFilter>;
}>;


export type GwImageDatesQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', id: string, createdAt?: string | null } | { __typename?: 'DockerImage', id: string, createdAt?: string | null } | { __typename?: 'PaiImage', id: string, createdAt?: string | null } }> } };

export type GwMergedImagesPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GwMergedImagesPageQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', cursor: string, node: { __typename?: 'CycleImage', id: string, provider: Provider, createdAt?: string | null } | { __typename?: 'DockerImage', id: string, provider: Provider, createdAt?: string | null } | { __typename?: 'PaiImage', id: string, provider: Provider, createdAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type GwProviderImagesPageQueryVariables = Exact<{
  providers?: InputMaybe<Array<Provider> | Provider>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GwProviderImagesPageQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', cursor: string, node: { __typename?: 'CycleImage', id: string, provider: Provider, createdAt?: string | null } | { __typename?: 'DockerImage', id: string, provider: Provider, createdAt?: string | null } | { __typename?: 'PaiImage', id: string, provider: Provider, createdAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type GwImageIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type GwImageIdsQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', id: string } | { __typename?: 'DockerImage', id: string } | { __typename?: 'PaiImage', id: string } }> } };

export type GwFirstImageIdQueryVariables = Exact<{
  providers?: InputMaybe<Array<Provider> | Provider>;
}>;


export type GwFirstImageIdQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', id: string } | { __typename?: 'DockerImage', id: string } | { __typename?: 'PaiImage', id: string } }> } };

export type GwFirstJobIdQueryVariables = Exact<{
  providers?: InputMaybe<Array<Provider> | Provider>;
}>;


export type GwFirstJobIdQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', edges: Array<{ __typename?: 'JobEdge', node: { __typename?: 'Job', id: string } }> } };

export type GwFirstImageBuildIdQueryVariables = Exact<{
  providers?: InputMaybe<Array<Provider> | Provider>;
}>;


export type GwFirstImageBuildIdQuery = { __typename?: 'Query', imageBuilds: { __typename?: 'ImageBuildConnection', edges: Array<{ __typename?: 'ImageBuildEdge', node: { __typename?: 'ImageBuild', id: string } }> } };

export type GwFirstCycleImageSourceIdQueryVariables = Exact<{ [key: string]: never; }>;


export type GwFirstCycleImageSourceIdQuery = { __typename?: 'Query', cycleImageSources?: { __typename?: 'CycleImageSourceConnection', edges: Array<{ __typename?: 'CycleImageSourceEdge', node: { __typename?: 'CycleImageSource', id: string } }> } | null };

export type GwFirstBaseImageIdQueryVariables = Exact<{ [key: string]: never; }>;


export type GwFirstBaseImageIdQuery = { __typename?: 'Query', baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', id: string } }> } | null };

export type GwFirstRegistryIdQueryVariables = Exact<{ [key: string]: never; }>;


export type GwFirstRegistryIdQuery = { __typename?: 'Query', registries?: { __typename?: 'RegistryConnection', edges: Array<{ __typename?: 'RegistryEdge', node: { __typename?: 'Registry', id: string } }> } | null };

export type GwFirstOperatingSystemIdQueryVariables = Exact<{ [key: string]: never; }>;


export type GwFirstOperatingSystemIdQuery = { __typename?: 'Query', baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', operatingSystem?: { __typename?: 'OperatingSystem', id: string } | null } }> } | null };

export type GwFirstRepositoryIdQueryVariables = Exact<{ [key: string]: never; }>;


export type GwFirstRepositoryIdQuery = { __typename?: 'Query', repositories?: { __typename?: 'RepositoryConnection', edges: Array<{ __typename?: 'RepositoryEdge', node: { __typename?: 'Repository', id: string } }> } | null };

export type GwNamespaceIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type GwNamespaceIdsQuery = { __typename?: 'Query', namespaces?: Array<{ __typename?: 'Namespace', id: string }> | null };

export type GwPullAlpineMutationVariables = Exact<{ [key: string]: never; }>;


export type GwPullAlpineMutation = { __typename?: 'Mutation', pullImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'PullImageSuccess', job: { __typename?: 'Job', id: string } } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type GwNodeTypenameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GwNodeTypenameQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage', id: string } | { __typename: 'CycleImage', id: string } | { __typename: 'CycleImageSource', id: string } | { __typename: 'DockerImage', id: string } | { __typename: 'ImageBuild', id: string } | { __typename: 'Job', id: string } | { __typename: 'Namespace', id: string } | { __typename: 'OperatingSystem', id: string } | { __typename: 'PaiImage', id: string } | { __typename: 'Registry', id: string } | { __typename: 'Repository', id: string } | null };

export type GwNodesTypenameQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type GwNodesTypenameQuery = { __typename?: 'Query', nodes: Array<{ __typename: 'BaseImage', id: string } | { __typename: 'CycleImage', id: string } | { __typename: 'CycleImageSource', id: string } | { __typename: 'DockerImage', id: string } | { __typename: 'ImageBuild', id: string } | { __typename: 'Job', id: string } | { __typename: 'Namespace', id: string } | { __typename: 'OperatingSystem', id: string } | { __typename: 'PaiImage', id: string } | { __typename: 'Registry', id: string } | { __typename: 'Repository', id: string } | null> };

export type GwRelationsQueryVariables = Exact<{ [key: string]: never; }>;


export type GwRelationsQuery = { __typename?: 'Query', baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', name: string, containerImage?: string | null, dockerImages: Array<{ __typename?: 'DockerImage', id: string, repoTags: Array<string>, repository?: { __typename?: 'Repository', id: string, namespace: string, name: string } | null }>, repositories: Array<{ __typename?: 'Repository', id: string, namespace: string, name: string, pullPath?: string | null }> } }> } | null };

export type GwHarborBaseImageRepositoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type GwHarborBaseImageRepositoriesQuery = { __typename?: 'Query', baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', repositories: Array<{ __typename?: 'Repository', id: string }> } }> } | null };

export type GwDockerImageRepositoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type GwDockerImageRepositoriesQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename: 'CycleImage' } | { __typename: 'DockerImage', repoTags: Array<string>, repository?: { __typename?: 'Repository', namespace: string, name: string } | null } | { __typename: 'PaiImage' } }> } };

export type GwCycleBuildImagesQueryVariables = Exact<{ [key: string]: never; }>;


export type GwCycleBuildImagesQuery = { __typename?: 'Query', imageBuilds: { __typename?: 'ImageBuildConnection', edges: Array<{ __typename?: 'ImageBuildEdge', node: { __typename?: 'ImageBuild', id: string, provider: Provider, image?: { __typename: 'CycleImage', state: string, id: string } | { __typename: 'DockerImage', id: string } | { __typename: 'PaiImage', id: string } | null } }> } };

export type GwCycleBuildJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type GwCycleBuildJobsQuery = { __typename?: 'Query', imageBuilds: { __typename?: 'ImageBuildConnection', edges: Array<{ __typename?: 'ImageBuildEdge', node: { __typename?: 'ImageBuild', id: string, job?: { __typename?: 'Job', id: string } | null } }> } };

export type GwBuildJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GwBuildJobQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage' } | { __typename: 'ImageBuild', job?: { __typename?: 'Job', id: string } | null } | { __typename: 'Job' } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type GwBuildImageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GwBuildImageQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage' } | { __typename: 'ImageBuild', status: BuildStatus, image?: { __typename: 'CycleImage', id: string } | { __typename: 'DockerImage', id: string } | { __typename: 'PaiImage', imageUri: string, id: string } | null } | { __typename: 'Job' } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type GwCycleImageEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type GwCycleImageEventsSubscription = { __typename?: 'Subscription', imageEvents: { __typename?: 'ImageEvent', provider: Provider, action: string, imageId: string } };

export type GwImageEventActionsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type GwImageEventActionsSubscription = { __typename?: 'Subscription', imageEvents: { __typename?: 'ImageEvent', action: string } };

export type GwBuildLogSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GwBuildLogSubscription = { __typename?: 'Subscription', buildLog: { __typename?: 'BuildLogChunk', buildId: string, status: BuildStatus, done: boolean, lines: Array<{ __typename?: 'BuildLogLine', number: number, text: string }> } };

export type GwProviderNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type GwProviderNamesQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider }> };

export type GwSecurityTagMutationVariables = Exact<{ [key: string]: never; }>;


export type GwSecurityTagMutation = { __typename?: 'Mutation', tagImage: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'RateLimitedError' } | { __typename: 'TagImageSuccess' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type GwSecurityPullMutationVariables = Exact<{ [key: string]: never; }>;


export type GwSecurityPullMutation = { __typename?: 'Mutation', pullImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'PullImageSuccess', job: { __typename?: 'Job', id: string } } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type GwSecurityPushMutationVariables = Exact<{ [key: string]: never; }>;


export type GwSecurityPushMutation = { __typename?: 'Mutation', pushImage: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'PushImageSuccess' } | { __typename: 'RateLimitedError' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type GwSecurityReimportMutationVariables = Exact<{ [key: string]: never; }>;


export type GwSecurityReimportMutation = { __typename?: 'Mutation', reimportImage: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'RateLimitedError' } | { __typename: 'ReimportImageSuccess' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type GwSecurityCycleBuildMutationVariables = Exact<{ [key: string]: never; }>;


export type GwSecurityCycleBuildMutation = { __typename?: 'Mutation', createImageBuild: { __typename: 'ConflictError' } | { __typename: 'CreateImageBuildSuccess' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'RateLimitedError' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type GwSecurityTagAndPullMutationVariables = Exact<{ [key: string]: never; }>;


export type GwSecurityTagAndPullMutation = { __typename?: 'Mutation', tag: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'RateLimitedError' } | { __typename: 'TagImageSuccess' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' }, pull: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'PullImageSuccess' } | { __typename: 'RateLimitedError' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type GwSecurityPullFragmentFragment = { __typename?: 'Mutation', pull: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'NotFoundError' } | { __typename: 'PullImageSuccess' } | { __typename: 'RateLimitedError' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type GwSecurityJobUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GwSecurityJobUpdatedSubscription = { __typename?: 'Subscription', jobUpdated: { __typename?: 'Job', id: string, state: JobState } };

export type GwSecurityImportMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  repository: Scalars['String']['input'];
}>;


export type GwSecurityImportMutation = { __typename?: 'Mutation', importImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'ImportImageSuccess' } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type GwRequestIdBaseImagesWithOsQueryVariables = Exact<{ [key: string]: never; }>;


export type GwRequestIdBaseImagesWithOsQuery = { __typename?: 'Query', baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', id: string, operatingSystem?: { __typename?: 'OperatingSystem', name: string, status?: string | null } | null } }> } | null };

export type GwRequestIdBasesQueryVariables = Exact<{
  n?: InputMaybe<Scalars['Int']['input']>;
}>;


export type GwRequestIdBasesQuery = { __typename?: 'Query', baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', id: string } }> } | null };

export type GwRequestIdFirstBaseImageQueryVariables = Exact<{ [key: string]: never; }>;


export type GwRequestIdFirstBaseImageQuery = { __typename?: 'Query', baseImages?: { __typename?: 'BaseImageConnection', edges: Array<{ __typename?: 'BaseImageEdge', node: { __typename?: 'BaseImage', id: string } }> } | null };

export type GwMetricsMergedQueryVariables = Exact<{ [key: string]: never; }>;


export type GwMetricsMergedQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', id: string } | { __typename?: 'DockerImage', id: string } | { __typename?: 'PaiImage', id: string } }> } };

export type GwMetricsOkQueryVariables = Exact<{ [key: string]: never; }>;


export type GwMetricsOkQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider }> };

export type GwMetricsImportMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
}>;


export type GwMetricsImportMutation = { __typename?: 'Mutation', importImage: { __typename: 'ConflictError' } | { __typename: 'ForbiddenError' } | { __typename: 'ImportImageSuccess' } | { __typename: 'NotFoundError' } | { __typename: 'RateLimitedError' } | { __typename: 'UnsupportedOperationError' } | { __typename: 'UpstreamError' } | { __typename: 'ValidationError' } };

export type GwTracingMergedQueryVariables = Exact<{ [key: string]: never; }>;


export type GwTracingMergedQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename?: 'CycleImage', id: string, provider: Provider } | { __typename?: 'DockerImage', id: string, provider: Provider } | { __typename?: 'PaiImage', id: string, provider: Provider } }> } };

export type GwProbeHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type GwProbeHealthQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, healthy: boolean, checkedAt?: string | null }> };

export type GwProviderModesOnlyQueryVariables = Exact<{ [key: string]: never; }>;


export type GwProviderModesOnlyQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, mode: ProviderMode }> };

export type GwTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type GwTypenameQuery = { __typename: 'Query' };

export type RedisPullBusyboxMutationVariables = Exact<{ [key: string]: never; }>;


export type RedisPullBusyboxMutation = { __typename?: 'Mutation', pullImage: { __typename: 'ConflictError', message: string } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'PullImageSuccess', job: { __typename?: 'Job', id: string } } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type RedisJobProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedisJobProgressSubscription = { __typename?: 'Subscription', jobUpdated: { __typename?: 'Job', state: JobState, progress?: number | null } };

export type RedisJobStateSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedisJobStateSubscription = { __typename?: 'Subscription', jobUpdated: { __typename?: 'Job', state: JobState } };

export type RedisJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedisJobQuery = { __typename?: 'Query', node?: { __typename: 'BaseImage' } | { __typename: 'CycleImage' } | { __typename: 'CycleImageSource' } | { __typename: 'DockerImage' } | { __typename: 'ImageBuild' } | { __typename: 'Job', state: JobState } | { __typename: 'Namespace' } | { __typename: 'OperatingSystem' } | { __typename: 'PaiImage' } | { __typename: 'Registry' } | { __typename: 'Repository' } | null };

export type RedisCycleImagesQueryVariables = Exact<{ [key: string]: never; }>;


export type RedisCycleImagesQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', node: { __typename: 'CycleImage', state: string, id: string } | { __typename: 'DockerImage', id: string } | { __typename: 'PaiImage', id: string } }> } };

export type RedisDeleteImageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedisDeleteImageMutation = { __typename?: 'Mutation', deleteImage: { __typename: 'ConflictError', message: string } | { __typename: 'DeleteImageSuccess', job?: { __typename?: 'Job', id: string } | null } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type RedisCycleImageSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type RedisCycleImageSourcesQuery = { __typename?: 'Query', cycleImageSources?: { __typename?: 'CycleImageSourceConnection', edges: Array<{ __typename?: 'CycleImageSourceEdge', node: { __typename?: 'CycleImageSource', id: string, identifier: string } }> } | null };

export type RedisCreateImageBuildMutationVariables = Exact<{
  input: CreateImageBuildInput;
}>;


export type RedisCreateImageBuildMutation = { __typename?: 'Mutation', createImageBuild: { __typename: 'ConflictError', message: string } | { __typename: 'CreateImageBuildSuccess', imageBuild: { __typename?: 'ImageBuild', id: string } } | { __typename: 'ForbiddenError', message: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'RateLimitedError', message: string } | { __typename: 'UnsupportedOperationError', message: string } | { __typename: 'UpstreamError', message: string } | { __typename: 'ValidationError', message: string } };

export type RedisBuildLogSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RedisBuildLogSubscription = { __typename?: 'Subscription', buildLog: { __typename?: 'BuildLogChunk', status: BuildStatus, done: boolean, lines: Array<{ __typename?: 'BuildLogLine', number: number, text: string }> } };

export const DockerPullJobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerPullJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"repoDigests"}}]}}]}}]}}]} as unknown as DocumentNode<DockerPullJobFragment, unknown>;
export const DockerProgressJobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerProgressJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"layers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DockerProgressJobFragment, unknown>;
export const DockerEngineJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerEngineJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]} as unknown as DocumentNode<DockerEngineJobFieldsFragment, unknown>;
export const GwSecurityPullFragmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GwSecurityPullFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mutation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"pull"},"name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"image"},"value":{"kind":"StringValue","value":"alpine","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GwSecurityPullFragmentFragment, unknown>;
export const CapabilitiesNamespacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapabilitiesNamespaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namespaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CapabilitiesNamespacesQuery, CapabilitiesNamespacesQueryVariables>;
export const CapabilitiesImageBuildsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapabilitiesImageBuilds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageBuilds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CapabilitiesImageBuildsQuery, CapabilitiesImageBuildsQueryVariables>;
export const CapabilitiesDeleteImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CapabilitiesDeleteImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnsupportedOperationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]} as unknown as DocumentNode<CapabilitiesDeleteImageMutation, CapabilitiesDeleteImageMutationVariables>;
export const DockerProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]}}]} as unknown as DocumentNode<DockerProvidersQuery, DockerProvidersQueryVariables>;
export const DockerImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repoTags"}},{"kind":"Field","name":{"kind":"Name","value":"repoDigests"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DockerImagesQuery, DockerImagesQueryVariables>;
export const DockerJobByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerJobById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"layers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerJobByIdQuery, DockerJobByIdQueryVariables>;
export const DockerPullImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerPullImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerPullImageMutation, DockerPullImageMutationVariables>;
export const DockerTagImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerTagImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TagImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repoTags"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DockerTagImageMutation, DockerTagImageMutationVariables>;
export const DockerDeleteImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerDeleteImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"untagged"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DockerDeleteImageMutation, DockerDeleteImageMutationVariables>;
export const DockerPruneImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerPruneImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PruneImagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pruneImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PruneImagesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DockerPruneImagesMutation, DockerPruneImagesMutationVariables>;
export const DockerProvidersHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerProvidersHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}}]}}]}}]} as unknown as DocumentNode<DockerProvidersHealthQuery, DockerProvidersHealthQueryVariables>;
export const DockerFirstImageCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerFirstImageCursor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<DockerFirstImageCursorQuery, DockerFirstImageCursorQueryVariables>;
export const DockerImagesListFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerImagesListFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repoTags"}},{"kind":"Field","name":{"kind":"Name","value":"repoDigests"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerImagesListFieldsQuery, DockerImagesListFieldsQueryVariables>;
export const DockerNodeTwiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerNodeTwice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"os"}}]}}]}}]}}]} as unknown as DocumentNode<DockerNodeTwiceQuery, DockerNodeTwiceQueryVariables>;
export const DockerPullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerPull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerPullJob"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForbiddenError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerPullJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"repoDigests"}}]}}]}}]}}]} as unknown as DocumentNode<DockerPullMutation, DockerPullMutationVariables>;
export const DockerPullJobByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerPullJobById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerPullJob"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerPullJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"repoDigests"}}]}}]}}]}}]} as unknown as DocumentNode<DockerPullJobByIdQuery, DockerPullJobByIdQueryVariables>;
export const DockerJobCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerJobCursors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<DockerJobCursorsQuery, DockerJobCursorsQueryVariables>;
export const DockerPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PushImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PushImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerProgressJob"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerProgressJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"layers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DockerPushMutation, DockerPushMutationVariables>;
export const DockerPullWithProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerPullWithProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerProgressJob"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerProgressJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"layers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DockerPullWithProgressMutation, DockerPullWithProgressMutationVariables>;
export const DockerCancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerCancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelJobSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerProgressJob"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerProgressJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"layers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DockerCancelJobMutation, DockerCancelJobMutationVariables>;
export const DockerProgressJobByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerProgressJobById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerProgressJob"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerProgressJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"layers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DockerProgressJobByIdQuery, DockerProgressJobByIdQueryVariables>;
export const DockerImageTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerImageTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repoTags"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerImageTagsQuery, DockerImageTagsQueryVariables>;
export const DockerTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"repository"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DockerTagMutation, DockerTagMutationVariables>;
export const DockerForceDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerForceDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"force"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DockerForceDeleteMutation, DockerForceDeleteMutationVariables>;
export const DockerPruneDanglingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerPruneDangling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pruneImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"docker"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dangling"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PruneImagesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerPruneDanglingMutation, DockerPruneDanglingMutationVariables>;
export const DockerImagesHistoryConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerImagesHistoryConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cmd"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerImagesHistoryConfigQuery, DockerImagesHistoryConfigQueryVariables>;
export const DockerImageHistoryAndConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerImageHistoryAndConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"env"}},{"kind":"Field","name":{"kind":"Name","value":"cmd"}},{"kind":"Field","name":{"kind":"Name","value":"entrypoint"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"exposedPorts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerImageHistoryAndConfigQuery, DockerImageHistoryAndConfigQueryVariables>;
export const DockerImportArmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerImportArm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"repository"},"value":{"kind":"StringValue","value":"imported/arm","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"v1","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"platform"},"value":{"kind":"StringValue","value":"linux/arm64","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"message"},"value":{"kind":"StringValue","value":"from the test","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DockerImportArmMutation, DockerImportArmMutationVariables>;
export const DockerJobImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerJobImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"env"}},{"kind":"Field","name":{"kind":"Name","value":"cmd"}},{"kind":"Field","name":{"kind":"Name","value":"entrypoint"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"exposedPorts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerJobImageQuery, DockerJobImageQueryVariables>;
export const DockerImportBadPlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerImportBadPlatform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"url"},"value":{"kind":"StringValue","value":"http://127.0.0.1:1/x.tar","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"platform"},"value":{"kind":"StringValue","value":"linux//arm64","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DockerImportBadPlatformMutation, DockerImportBadPlatformMutationVariables>;
export const DockerEngineJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerEngineJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerEngineJobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerEngineJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]} as unknown as DocumentNode<DockerEngineJobQuery, DockerEngineJobQueryVariables>;
export const DockerEngineJobUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DockerEngineJobUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerEngineJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerEngineJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]} as unknown as DocumentNode<DockerEngineJobUpdatedSubscription, DockerEngineJobUpdatedSubscriptionVariables>;
export const DockerEngineProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerEngineProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}}]}}]}}]} as unknown as DocumentNode<DockerEngineProvidersQuery, DockerEngineProvidersQueryVariables>;
export const DockerEngineImportRootfsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerEngineImportRootfs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"repository"},"value":{"kind":"StringValue","value":"imported/rootfs","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"v1","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerEngineJobFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerEngineJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]} as unknown as DocumentNode<DockerEngineImportRootfsMutation, DockerEngineImportRootfsMutationVariables>;
export const DockerEngineImportArmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerEngineImportArm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"repository"},"value":{"kind":"StringValue","value":"imported/arm","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"v1","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"platform"},"value":{"kind":"StringValue","value":"linux/arm64","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"message"},"value":{"kind":"StringValue","value":"imported for arm64","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DockerEngineImportArmMutation, DockerEngineImportArmMutationVariables>;
export const DockerEngineJobImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerEngineJobImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"env"}},{"kind":"Field","name":{"kind":"Name","value":"cmd"}},{"kind":"Field","name":{"kind":"Name","value":"workingDir"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"exposedPorts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerEngineJobImageQuery, DockerEngineJobImageQueryVariables>;
export const DockerEngineImportMetadataUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerEngineImportMetadataUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"url"},"value":{"kind":"StringValue","value":"http://169.254.169.254/latest/meta-data","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"repository"},"value":{"kind":"StringValue","value":"x/y","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerEngineImportMetadataUrlMutation, DockerEngineImportMetadataUrlMutationVariables>;
export const DockerEngineImportRunChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerEngineImportRunChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"url"},"value":{"kind":"StringValue","value":"http://example.com/x.tar","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"changes"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"RUN rm -rf /","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerEngineImportRunChangeMutation, DockerEngineImportRunChangeMutationVariables>;
export const DockerEnginePullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerEnginePull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerEngineJobFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerEngineJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]} as unknown as DocumentNode<DockerEnginePullMutation, DockerEnginePullMutationVariables>;
export const DockerEngineImageTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerEngineImageTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repoTags"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerEngineImageTagsQuery, DockerEngineImageTagsQueryVariables>;
export const DockerEngineImageDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerEngineImageDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cmd"}},{"kind":"Field","name":{"kind":"Name","value":"env"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerEngineImageDetailsQuery, DockerEngineImageDetailsQueryVariables>;
export const DockerEnginePushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerEnginePush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryAuthInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"auth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auth"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PushImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerEngineJobFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerEngineJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]} as unknown as DocumentNode<DockerEnginePushMutation, DockerEnginePushMutationVariables>;
export const DockerEngineJobLayersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerEngineJobLayers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"layers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DockerEngineJobLayersQuery, DockerEngineJobLayersQueryVariables>;
export const DockerEngineCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerEngineCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelJobSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DockerEngineJobFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DockerEngineJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]} as unknown as DocumentNode<DockerEngineCancelMutation, DockerEngineCancelMutationVariables>;
export const DockerEngineImageEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DockerEngineImageEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<DockerEngineImageEventsSubscription, DockerEngineImageEventsSubscriptionVariables>;
export const DockerEngineTagStableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerEngineTagStable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"repository"},"value":{"kind":"StringValue","value":"retagged/rootfs","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"stable","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TagImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repoTags"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DockerEngineTagStableMutation, DockerEngineTagStableMutationVariables>;
export const DockerEngineDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerEngineDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DockerEngineDeleteMutation, DockerEngineDeleteMutationVariables>;
export const DockerEngineForceDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DockerEngineForceDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"force"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"untagged"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DockerEngineForceDeleteMutation, DockerEngineForceDeleteMutationVariables>;
export const FaultRepositoriesAndImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultRepositoriesAndImages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repositories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultRepositoriesAndImagesQuery, FaultRepositoriesAndImagesQueryVariables>;
export const FaultBaseImagesAndImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultBaseImagesAndImages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultBaseImagesAndImagesQuery, FaultBaseImagesAndImagesQueryVariables>;
export const FaultEveryRootListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultEveryRootList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repositories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultEveryRootListQuery, FaultEveryRootListQueryVariables>;
export const FaultJobProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultJobProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultJobProvidersQuery, FaultJobProvidersQueryVariables>;
export const FaultEveryProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultEveryProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repositories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultEveryProviderQuery, FaultEveryProviderQueryVariables>;
export const FaultCanaryEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultCanaryEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repositories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"imageBuilds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultCanaryEverythingQuery, FaultCanaryEverythingQueryVariables>;
export const FaultCanaryCreateRepositoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultCanaryCreateRepository"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRepository"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"namespace"},"value":{"kind":"StringValue","value":"acme","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"canary-app","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"isPublic"},"value":{"kind":"BooleanValue","value":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"category"},"value":{"kind":"EnumValue","value":"OTHER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"x","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FaultCanaryCreateRepositoryMutation, FaultCanaryCreateRepositoryMutationVariables>;
export const FaultCanaryPullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultCanaryPull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"image"},"value":{"kind":"StringValue","value":"registry.example/private/app","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"1","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"auth"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"username"},"value":{"kind":"StringValue","value":"deploy","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"serverAddress"},"value":{"kind":"StringValue","value":"registry.example","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FaultCanaryPullMutation, FaultCanaryPullMutationVariables>;
export const FaultImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultImages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultImagesQuery, FaultImagesQueryVariables>;
export const FaultProviderHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultProviderHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}}]}}]}}]} as unknown as DocumentNode<FaultProviderHealthQuery, FaultProviderHealthQueryVariables>;
export const GwCreateImageBuildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwCreateImageBuild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateImageBuildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImageBuild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateImageBuildSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageBuild"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GwCreateImageBuildMutation, GwCreateImageBuildMutationVariables>;
export const GwProviderModesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwProviderModes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}}]}}]}}]} as unknown as DocumentNode<GwProviderModesQuery, GwProviderModesQueryVariables>;
export const GwProviderEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwProviderEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}}]}}]}}]} as unknown as DocumentNode<GwProviderEndpointsQuery, GwProviderEndpointsQueryVariables>;
export const GwNodeNotAnIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwNodeNotAnId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"bm90LWFuLWlk","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GwNodeNotAnIdQuery, GwNodeNotAnIdQueryVariables>;
export const GwPullBusyboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwPullBusybox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"image"},"value":{"kind":"StringValue","value":"busybox","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"1.36","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GwPullBusyboxMutation, GwPullBusyboxMutationVariables>;
export const GwCycleImageStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwCycleImageStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CYCLE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CycleImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwCycleImageStatesQuery, GwCycleImageStatesQueryVariables>;
export const GwDeleteImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwDeleteImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GwDeleteImageMutation, GwDeleteImageMutationVariables>;
export const GwSucceededCycleBuildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwSucceededCycleBuild"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageBuilds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CYCLE"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUCCEEDED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwSucceededCycleBuildQuery, GwSucceededCycleBuildQueryVariables>;
export const GwImageCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwImageCursors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<GwImageCursorsQuery, GwImageCursorsQueryVariables>;
export const GwImageBuildCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwImageBuildCursors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageBuilds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<GwImageBuildCursorsQuery, GwImageBuildCursorsQueryVariables>;
export const GwJobCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwJobCursors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<GwJobCursorsQuery, GwJobCursorsQueryVariables>;
export const GwCapableProviderListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwCapableProviderLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CYCLE"},{"kind":"EnumValue","value":"PAI"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"imageBuilds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CYCLE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"},{"kind":"EnumValue","value":"CYCLE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<GwCapableProviderListsQuery, GwCapableProviderListsQueryVariables>;
export const GwImageNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwImageNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwImageNamesQuery, GwImageNamesQueryVariables>;
export const GwImageProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwImageProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwImageProvidersQuery, GwImageProvidersQueryVariables>;
export const GwImageDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwImageDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwImageDatesQuery, GwImageDatesQueryVariables>;
export const GwMergedImagesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwMergedImagesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<GwMergedImagesPageQuery, GwMergedImagesPageQueryVariables>;
export const GwProviderImagesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwProviderImagesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<GwProviderImagesPageQuery, GwProviderImagesPageQueryVariables>;
export const GwImageIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwImageIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwImageIdsQuery, GwImageIdsQueryVariables>;
export const GwFirstImageIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwFirstImageId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwFirstImageIdQuery, GwFirstImageIdQueryVariables>;
export const GwFirstJobIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwFirstJobId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwFirstJobIdQuery, GwFirstJobIdQueryVariables>;
export const GwFirstImageBuildIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwFirstImageBuildId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageBuilds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwFirstImageBuildIdQuery, GwFirstImageBuildIdQueryVariables>;
export const GwFirstCycleImageSourceIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwFirstCycleImageSourceId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleImageSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwFirstCycleImageSourceIdQuery, GwFirstCycleImageSourceIdQueryVariables>;
export const GwFirstBaseImageIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwFirstBaseImageId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwFirstBaseImageIdQuery, GwFirstBaseImageIdQueryVariables>;
export const GwFirstRegistryIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwFirstRegistryId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwFirstRegistryIdQuery, GwFirstRegistryIdQueryVariables>;
export const GwFirstOperatingSystemIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwFirstOperatingSystemId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatingSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwFirstOperatingSystemIdQuery, GwFirstOperatingSystemIdQueryVariables>;
export const GwFirstRepositoryIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwFirstRepositoryId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repositories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwFirstRepositoryIdQuery, GwFirstRepositoryIdQueryVariables>;
export const GwNamespaceIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwNamespaceIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namespaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GwNamespaceIdsQuery, GwNamespaceIdsQueryVariables>;
export const GwPullAlpineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwPullAlpine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"image"},"value":{"kind":"StringValue","value":"alpine","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"3.19","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GwPullAlpineMutation, GwPullAlpineMutationVariables>;
export const GwNodeTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwNodeTypename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GwNodeTypenameQuery, GwNodeTypenameQueryVariables>;
export const GwNodesTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwNodesTypename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GwNodesTypenameQuery, GwNodesTypenameQueryVariables>;
export const GwRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwRelations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"rel-","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"containerImage"}},{"kind":"Field","name":{"kind":"Name","value":"dockerImages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repoTags"}},{"kind":"Field","name":{"kind":"Name","value":"repository"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repositories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pullPath"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwRelationsQuery, GwRelationsQueryVariables>;
export const GwHarborBaseImageRepositoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwHarborBaseImageRepositories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"rel-harbor","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repositories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwHarborBaseImageRepositoriesQuery, GwHarborBaseImageRepositoriesQueryVariables>;
export const GwDockerImageRepositoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwDockerImageRepositories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repoTags"}},{"kind":"Field","name":{"kind":"Name","value":"repository"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwDockerImageRepositoriesQuery, GwDockerImageRepositoriesQueryVariables>;
export const GwCycleBuildImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwCycleBuildImages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageBuilds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CYCLE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CycleImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwCycleBuildImagesQuery, GwCycleBuildImagesQueryVariables>;
export const GwCycleBuildJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwCycleBuildJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageBuilds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CYCLE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwCycleBuildJobsQuery, GwCycleBuildJobsQueryVariables>;
export const GwBuildJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwBuildJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBuild"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwBuildJobQuery, GwBuildJobQueryVariables>;
export const GwBuildImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwBuildImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImageBuild"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaiImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageUri"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwBuildImageQuery, GwBuildImageQueryVariables>;
export const GwCycleImageEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GwCycleImageEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CYCLE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"imageId"}}]}}]}}]} as unknown as DocumentNode<GwCycleImageEventsSubscription, GwCycleImageEventsSubscriptionVariables>;
export const GwImageEventActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GwImageEventActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]} as unknown as DocumentNode<GwImageEventActionsSubscription, GwImageEventActionsSubscriptionVariables>;
export const GwBuildLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GwBuildLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<GwBuildLogSubscription, GwBuildLogSubscriptionVariables>;
export const GwProviderNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwProviderNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]} as unknown as DocumentNode<GwProviderNamesQuery, GwProviderNamesQueryVariables>;
export const GwSecurityTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwSecurityTag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"bm90LWFuLWlk","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"repository"},"value":{"kind":"StringValue","value":"x/y","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GwSecurityTagMutation, GwSecurityTagMutationVariables>;
export const GwSecurityPullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwSecurityPull"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"image"},"value":{"kind":"StringValue","value":"alpine","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"3.19","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GwSecurityPullMutation, GwSecurityPullMutationVariables>;
export const GwSecurityPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwSecurityPush"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"bm90LWFuLWlk","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GwSecurityPushMutation, GwSecurityPushMutationVariables>;
export const GwSecurityReimportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwSecurityReimport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reimportImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"bm90LWFuLWlk","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GwSecurityReimportMutation, GwSecurityReimportMutationVariables>;
export const GwSecurityCycleBuildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwSecurityCycleBuild"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImageBuild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cycle"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"StringValue","value":"bm90LWFuLWlk","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GwSecurityCycleBuildMutation, GwSecurityCycleBuildMutationVariables>;
export const GwSecurityTagAndPullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwSecurityTagAndPull"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"tag"},"name":{"kind":"Name","value":"tagImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"bm90LWFuLWlk","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"repository"},"value":{"kind":"StringValue","value":"x/y","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GwSecurityPullFragment"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GwSecurityPullFragment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mutation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"pull"},"name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"image"},"value":{"kind":"StringValue","value":"alpine","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GwSecurityTagAndPullMutation, GwSecurityTagAndPullMutationVariables>;
export const GwSecurityJobUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GwSecurityJobUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<GwSecurityJobUpdatedSubscription, GwSecurityJobUpdatedSubscriptionVariables>;
export const GwSecurityImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwSecurityImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"repository"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"repository"},"value":{"kind":"Variable","name":{"kind":"Name","value":"repository"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"v1","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GwSecurityImportMutation, GwSecurityImportMutationVariables>;
export const GwRequestIdBaseImagesWithOsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwRequestIdBaseImagesWithOs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operatingSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwRequestIdBaseImagesWithOsQuery, GwRequestIdBaseImagesWithOsQueryVariables>;
export const GwRequestIdBasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwRequestIdBases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwRequestIdBasesQuery, GwRequestIdBasesQueryVariables>;
export const GwRequestIdFirstBaseImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwRequestIdFirstBaseImage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwRequestIdFirstBaseImageQuery, GwRequestIdFirstBaseImageQueryVariables>;
export const GwMetricsMergedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwMetricsMerged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwMetricsMergedQuery, GwMetricsMergedQueryVariables>;
export const GwMetricsOkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwMetricsOk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]} as unknown as DocumentNode<GwMetricsOkQuery, GwMetricsOkQueryVariables>;
export const GwMetricsImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GwMetricsImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"repository"},"value":{"kind":"StringValue","value":"metrics/upload","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"v1","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<GwMetricsImportMutation, GwMetricsImportMutationVariables>;
export const GwTracingMergedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwTracingMerged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GwTracingMergedQuery, GwTracingMergedQueryVariables>;
export const GwProbeHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwProbeHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<GwProbeHealthQuery, GwProbeHealthQueryVariables>;
export const GwProviderModesOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwProviderModesOnly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<GwProviderModesOnlyQuery, GwProviderModesOnlyQueryVariables>;
export const GwTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GwTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<GwTypenameQuery, GwTypenameQueryVariables>;
export const RedisPullBusyboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedisPullBusybox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"image"},"value":{"kind":"StringValue","value":"busybox","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tag"},"value":{"kind":"StringValue","value":"1.36","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RedisPullBusyboxMutation, RedisPullBusyboxMutationVariables>;
export const RedisJobProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RedisJobProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]} as unknown as DocumentNode<RedisJobProgressSubscription, RedisJobProgressSubscriptionVariables>;
export const RedisJobStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RedisJobState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RedisJobStateSubscription, RedisJobStateSubscriptionVariables>;
export const RedisJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedisJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<RedisJobQuery, RedisJobQueryVariables>;
export const RedisCycleImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedisCycleImages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CYCLE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CycleImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RedisCycleImagesQuery, RedisCycleImagesQueryVariables>;
export const RedisDeleteImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedisDeleteImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RedisDeleteImageMutation, RedisDeleteImageMutationVariables>;
export const RedisCycleImageSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedisCycleImageSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleImageSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RedisCycleImageSourcesQuery, RedisCycleImageSourcesQueryVariables>;
export const RedisCreateImageBuildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedisCreateImageBuild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateImageBuildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImageBuild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateImageBuildSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imageBuild"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RedisCreateImageBuildMutation, RedisCreateImageBuildMutationVariables>;
export const RedisBuildLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RedisBuildLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"buildId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromLine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<RedisBuildLogSubscription, RedisBuildLogSubscriptionVariables>;