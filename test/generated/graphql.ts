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

export type Accessibility =
  | 'PRIVATE'
  | 'PUBLIC';

/** A Tanzu Application Catalog base image: the image the catalog builds applications on. */
export type BaseImage = Node & {
  __typename?: 'BaseImage';
  applicationCount: Scalars['Int']['output'];
  /** REPOSITORY/IMAGE:TAG, e.g. docker.io/library/debian:12. */
  containerImage?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<Scalars['String']['output']>;
  deprecatedAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Images on the Docker engine that `containerImage` names (same registry, path and tag, or digest; `debian:12` is `docker.io/library/debian:12`). One engine list call per request serves every base image. */
  dockerImages: Array<DockerImage>;
  healthy?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  lastCheckedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** id, name, distro and version come with the base image; other fields load the operating system (batched per request). */
  operatingSystem?: Maybe<OperatingSystem>;
  /** e.g. CONTAINER_IMAGE. */
  packagingType?: Maybe<Scalars['String']['output']>;
  platforms: Array<Platform>;
  /** Same as `registry`, under TAC’s own name. */
  pullRegistry?: Maybe<Registry>;
  /** The registry the image is pulled from (TAC’s pull_registry). id, name, url, healthy and lastCheckedAt come with the base image. */
  registry?: Maybe<Registry>;
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  removedBy?: Maybe<Scalars['String']['output']>;
  /** SWR repositories that `containerImage` points into (same registry host and `<namespace>/<repository>`; the tag is not checked). Batched: one SWR list call per distinct organisation. */
  repositories: Array<Repository>;
  /** Null when TAC answers a status it does not document. */
  status?: Maybe<BaseImageStatus>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
};

export type BaseImageConnection = {
  __typename?: 'BaseImageConnection';
  edges: Array<BaseImageEdge>;
  pageInfo: PageInfo;
  /** Base images matching the filter, as TAC reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type BaseImageEdge = {
  __typename?: 'BaseImageEdge';
  cursor: Scalars['String']['output'];
  node: BaseImage;
};

export type BaseImageFilter = {
  /** Matches base image names, as TAC matches them. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Default (TAC’s): ACTIVE and DEPRECATED. */
  statuses?: InputMaybe<Array<BaseImageStatus>>;
};

export type BaseImageStatus =
  | 'ACTIVE'
  | 'DELETED'
  | 'DEPRECATED';

export type BuildLogChunk = {
  __typename?: 'BuildLogChunk';
  buildId: Scalars['ID']['output'];
  /** True on the last chunk; the subscription then completes. */
  done: Scalars['Boolean']['output'];
  lines: Array<BuildLogLine>;
  status: BuildStatus;
};

export type BuildLogLine = {
  __typename?: 'BuildLogLine';
  /** Stable, 0-based: resume with fromLine = last number + 1. */
  number: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type BuildStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

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

export type CreateBaseImageInput = {
  /** REPOSITORY/IMAGE:TAG, e.g. harbor.acme.example/base/node:20.11. */
  containerImage: Scalars['String']['input'];
  /** TAC requires one; default: empty. */
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** An OperatingSystem id (see `BaseImage.operatingSystem`). */
  operatingSystemId: Scalars['ID']['input'];
  /** A Registry id (see `registries`). */
  registryId: Scalars['ID']['input'];
};

export type CreateBaseImageResult = ConflictError | CreateBaseImageSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

export type CreateBaseImageSuccess = {
  __typename?: 'CreateBaseImageSuccess';
  baseImage: BaseImage;
};

export type CreateImageBuildInput =
  { cycle: CycleImageBuildInput; pai?: never; }
  |  { cycle?: never; pai: PaiImageBuildInput; };

export type CreateImageBuildResult = ConflictError | CreateImageBuildSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

export type CreateImageBuildSuccess = {
  __typename?: 'CreateImageBuildSuccess';
  imageBuild: ImageBuild;
};

export type CreateNamespaceInput = {
  /** Lowercase letters, digits, `.`, `_`, `-`; 1–64 characters; starts with a letter. */
  name: Scalars['String']['input'];
};

export type CreateNamespaceResult = ConflictError | CreateNamespaceSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

export type CreateNamespaceSuccess = {
  __typename?: 'CreateNamespaceSuccess';
  namespace: Namespace;
};

export type CreateRepositoryInput = {
  category?: InputMaybe<RepositoryCategory>;
  description?: InputMaybe<Scalars['String']['input']>;
  isPublic?: Scalars['Boolean']['input'];
  /** Lowercase letters, digits, `.`, `/`, `_`, `-`; 1–128 characters. */
  name: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};

export type CreateRepositoryResult = ConflictError | CreateRepositorySuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

export type CreateRepositorySuccess = {
  __typename?: 'CreateRepositorySuccess';
  repository: Repository;
};

export type CycleImage = Image & Node & {
  __typename?: 'CycleImage';
  /** The image’s import seen as a build: its id is the image’s, its status follows the image state, and it has the build log. */
  build?: Maybe<ImageBuild>;
  config?: Maybe<Scalars['JSON']['output']>;
  configSummary?: Maybe<CycleImageConfig>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cycle id of the account or API key that created the image. */
  creatorId?: Maybe<Scalars['String']['output']>;
  digest?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  labels: Array<Label>;
  name: Scalars['String']['output'];
  provider: Provider;
  /** A pullable reference, when known. */
  reference?: Maybe<Scalars['String']['output']>;
  sizeBytes?: Maybe<Scalars['Float']['output']>;
  /** The source the image was imported from (batched per request; null when the image has none). */
  source?: Maybe<CycleImageSource>;
  sourceType?: Maybe<Scalars['String']['output']>;
  /** Cycle's image state: new, downloading, building, verifying, live, deleting, deleted… */
  state: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CycleImageBuildInput = {
  buildArgs?: InputMaybe<Array<KeyValueInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** A CycleImageSource id. */
  sourceId: Scalars['ID']['input'];
};

/** What Cycle read from the image config. The environment is left out on purpose: it often holds values nobody meant to publish. */
export type CycleImageConfig = {
  __typename?: 'CycleImageConfig';
  command: Array<Scalars['String']['output']>;
  entrypoint: Array<Scalars['String']['output']>;
  ports: Array<CycleImagePort>;
  signalStop?: Maybe<Scalars['String']['output']>;
  user?: Maybe<Scalars['String']['output']>;
  volumes: Array<Scalars['String']['output']>;
  workdir?: Maybe<Scalars['String']['output']>;
};

export type CycleImagePort = {
  __typename?: 'CycleImagePort';
  container: Scalars['Int']['output'];
  host: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};

/** Where Cycle imports images from: a registry image, a Dockerfile repository, an upload… */
export type CycleImageSource = Node & {
  __typename?: 'CycleImageSource';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cycle id of the account or API key that created it. */
  creatorId?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Human-readable slug; not unique. */
  identifier: Scalars['String']['output'];
  /** Images imported from this source, newest first. */
  images: CycleImageSourceImagesConnection;
  name: Scalars['String']['output'];
  /** docker-hub, docker-file, docker-registry, oci-registry, cycle-upload, cycle-source or none. */
  originType: Scalars['String']['output'];
  /** live, deleting or deleted. */
  state: Scalars['String']['output'];
  /** What the source pulls (registry/repository:tag) or builds (a repository URL). Origin credentials are never exposed. */
  target?: Maybe<Scalars['String']['output']>;
  /** Cycle’s source type: direct, stack-build or bucket. */
  type: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** Where Cycle imports images from: a registry image, a Dockerfile repository, an upload… */
export type CycleImageSourceImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type CycleImageSourceConnection = {
  __typename?: 'CycleImageSourceConnection';
  edges: Array<CycleImageSourceEdge>;
  pageInfo: PageInfo;
};

export type CycleImageSourceEdge = {
  __typename?: 'CycleImageSourceEdge';
  cursor: Scalars['String']['output'];
  node: CycleImageSource;
};

export type CycleImageSourceFilter = {
  identifier?: InputMaybe<Scalars['String']['input']>;
  /** Cycle’s `filter[search]`: id, name or identifier. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type CycleImageSourceImagesConnection = {
  __typename?: 'CycleImageSourceImagesConnection';
  edges: Array<CycleImageSourceImagesEdge>;
  pageInfo: PageInfo;
};

export type CycleImageSourceImagesEdge = {
  __typename?: 'CycleImageSourceImagesEdge';
  cursor: Scalars['String']['output'];
  node: CycleImage;
};

export type CyclePruneInput = {
  /** CycleImageSource ids. */
  sourceIds: Array<Scalars['ID']['input']>;
};

export type DeleteBaseImageInput = {
  /** A BaseImage id. */
  id: Scalars['ID']['input'];
};

export type DeleteBaseImageResult = ConflictError | DeleteBaseImageSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

export type DeleteBaseImageSuccess = {
  __typename?: 'DeleteBaseImageSuccess';
  /** The global id of the deleted base image. */
  deletedId: Scalars['ID']['output'];
};

export type DeleteImageInput = {
  /** Docker: remove even when tagged in several repositories or used by stopped containers. */
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};

export type DeleteImageResult = ConflictError | DeleteImageSuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

export type DeleteImageSuccess = {
  __typename?: 'DeleteImageSuccess';
  /** The global id of the deleted image. */
  deletedId: Scalars['ID']['output'];
  /** Set when the provider deletes asynchronously (Cycle). */
  job?: Maybe<Job>;
  /** References removed on the way (Docker). */
  untagged: Array<Scalars['String']['output']>;
};

export type DeleteRepositoryInput = {
  /** A Repository id. */
  id: Scalars['ID']['input'];
};

export type DeleteRepositoryResult = ConflictError | DeleteRepositorySuccess | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

export type DeleteRepositorySuccess = {
  __typename?: 'DeleteRepositorySuccess';
  /** The global id of the deleted repository. */
  deletedId: Scalars['ID']['output'];
};

export type DockerImage = Image & Node & {
  __typename?: 'DockerImage';
  architecture?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  digest?: Maybe<Scalars['String']['output']>;
  engine: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  labels: Array<Label>;
  name: Scalars['String']['output'];
  os?: Maybe<Scalars['String']['output']>;
  provider: Provider;
  /** A pullable reference, when known. */
  reference?: Maybe<Scalars['String']['output']>;
  repoDigests: Array<Scalars['String']['output']>;
  repoTags: Array<Scalars['String']['output']>;
  /** The SWR repository the image was pulled from or tagged for (`swr.<region>.myhuaweicloud.com/<namespace>/<repository>:<tag>`), when it exists. */
  repository?: Maybe<Repository>;
  sizeBytes?: Maybe<Scalars['Float']['output']>;
};

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
  /** Only persisted documents run here (`GATEWAY_PERSISTED_ONLY=true`): send `documentId`. HTTP 400. */
  | 'PERSISTED_DOCUMENT_REQUIRED'
  /** No persisted document has the `documentId` (or persisted-query hash) sent. HTTP 400. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** The selection is deeper than the depth limit (introspection fields are not counted). HTTP 400. */
  | 'QUERY_TOO_DEEP'
  /** Too many requests: from this client to the gateway (HTTP 429, `Retry-After`), or from the gateway to a provider (`RateLimitedError`, `retryAfterSeconds`). */
  | 'RATE_LIMITED'
  /** The operation uses more aliases than the limit. HTTP 400. */
  | 'TOO_MANY_ALIASES'
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
  message: Scalars['String']['output'];
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
  status?: Maybe<Scalars['Int']['output']>;
  /** The provider's own error code (`404.image`, `SWR.0002`, `InvalidParameter`…), for support and logs; null when the provider gave none. */
  upstreamCode?: Maybe<Scalars['String']['output']>;
};

/** A container image held by a provider: a Docker engine, Cycle, or a PAI workspace. */
export type Image = {
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  digest?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  labels: Array<Label>;
  name: Scalars['String']['output'];
  provider: Provider;
  /** A pullable reference, when known. */
  reference?: Maybe<Scalars['String']['output']>;
  sizeBytes?: Maybe<Scalars['Float']['output']>;
};

/** An image build: a Cycle image being imported/built, or a PAI image build running as a PAI-DLC job. */
export type ImageBuild = Node & {
  __typename?: 'ImageBuild';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The image the build produced (or is producing), once known. */
  image?: Maybe<Image>;
  job?: Maybe<Job>;
  log: Array<BuildLogLine>;
  provider: Provider;
  reason?: Maybe<Scalars['String']['output']>;
  status: BuildStatus;
  targetImage?: Maybe<Scalars['String']['output']>;
};


/** An image build: a Cycle image being imported/built, or a PAI image build running as a PAI-DLC job. */
export type ImageBuildLogArgs = {
  fromLine?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type ImageBuildConnection = {
  __typename?: 'ImageBuildConnection';
  edges: Array<ImageBuildEdge>;
  pageInfo: PageInfo;
};

export type ImageBuildEdge = {
  __typename?: 'ImageBuildEdge';
  cursor: Scalars['String']['output'];
  node: ImageBuild;
};

export type ImageBuildFilter = {
  providers?: InputMaybe<Array<Provider>>;
  statuses?: InputMaybe<Array<BuildStatus>>;
};

export type ImageConnection = {
  __typename?: 'ImageConnection';
  edges: Array<ImageEdge>;
  pageInfo: PageInfo;
};

export type ImageEdge = {
  __typename?: 'ImageEdge';
  cursor: Scalars['String']['output'];
  node: Image;
};

/** Something that happened to an image: from the Docker engine event stream, or a change made through the gateway. */
export type ImageEvent = {
  __typename?: 'ImageEvent';
  /** pull, import, tag, untag, delete, push, save, load, prune… */
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  attributes: Scalars['JSON']['output'];
  /** The provider's image id or reference. */
  imageId: Scalars['String']['output'];
  provider: Provider;
  reference?: Maybe<Scalars['String']['output']>;
};

export type ImageFilter = {
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default: DOCKER, CYCLE and PAI. */
  providers?: InputMaybe<Array<Provider>>;
  /** Case-insensitive substring of the name or reference. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ImportImageInput = {
  /** Dockerfile instructions: CMD, ENTRYPOINT, ENV, EXPOSE, ONBUILD, USER, VOLUME, WORKDIR. */
  changes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A root filesystem tarball (multipart upload), streamed to the engine. */
  file?: InputMaybe<Scalars['Upload']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  repository?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  /** A tarball URL the engine fetches; only hosts on IMPORT_URL_ALLOWLIST. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type ImportImageResult = ConflictError | ForbiddenError | ImportImageSuccess | NotFoundError | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

export type ImportImageSuccess = {
  __typename?: 'ImportImageSuccess';
  job: Job;
};

/** Long-running work: a Docker pull or import, a Cycle job, a PAI-DLC job. */
export type Job = Node & {
  __typename?: 'Job';
  action: Scalars['String']['output'];
  caption?: Maybe<Scalars['String']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The image the job acts on or produced, once known. */
  image?: Maybe<Image>;
  layers: Array<JobLayer>;
  /** 0..1 when known. */
  progress?: Maybe<Scalars['Float']['output']>;
  provider: Provider;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  state: JobState;
  tasks: Array<JobTask>;
};

export type JobConnection = {
  __typename?: 'JobConnection';
  edges: Array<JobEdge>;
  pageInfo: PageInfo;
};

export type JobEdge = {
  __typename?: 'JobEdge';
  cursor: Scalars['String']['output'];
  node: Job;
};

export type JobFilter = {
  providers?: InputMaybe<Array<Provider>>;
  states?: InputMaybe<Array<JobState>>;
};

/** Progress of one layer of a Docker pull. */
export type JobLayer = {
  __typename?: 'JobLayer';
  currentBytes?: Maybe<Scalars['Float']['output']>;
  id: Scalars['String']['output'];
  status: Scalars['String']['output'];
  totalBytes?: Maybe<Scalars['Float']['output']>;
};

export type JobState =
  | 'CANCELLED'
  | 'EXPIRED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type JobTask = {
  __typename?: 'JobTask';
  caption: Scalars['String']['output'];
  error?: Maybe<Scalars['String']['output']>;
  state: JobState;
  steps: Array<JobTaskStep>;
};

export type JobTaskStep = {
  __typename?: 'JobTaskStep';
  caption: Scalars['String']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type KeyValueInput = {
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type Label = {
  __typename?: 'Label';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a base image to the catalog (TAC answers 201 + Location; the gateway follows it and returns the image). */
  createBaseImage: CreateBaseImageResult;
  /** Cycle: creates the image from a source, then starts its import. PAI: CreateImageBuild (a PAI-DLC job), always with a ClientToken. */
  createImageBuild: CreateImageBuildResult;
  /** Creates an SWR organisation. The name is checked against SWR’s grammar first. */
  createNamespace: CreateNamespaceResult;
  /** Creates a repository in an existing organisation (SWR answers 201; the record is read back). 409 → ConflictError. */
  createRepository: CreateRepositoryResult;
  /** Removes a base image from the catalog (TAC DELETE → 204). */
  deleteBaseImage: DeleteBaseImageResult;
  /** Deletes an image of any provider that allows it: Docker (immediately), Cycle (through a job), PAI. */
  deleteImage: DeleteImageResult;
  /** Deletes an empty repository. While it still holds images SWR answers 406: a ConflictError saying so, and nothing changes. */
  deleteRepository: DeleteRepositoryResult;
  /** Imports a root filesystem tarball as an image (Docker `POST /images/create?fromSrc`). */
  importImage: ImportImageResult;
  pruneImages: PruneImagesResult;
  /** Starts pulling an image into the Docker engine. Returns the job at once; follow it with `jobUpdated`. */
  pullImage: PullImageResult;
  stopImageBuild: StopImageBuildResult;
  tagImage: TagImageResult;
  /** Renames or re-describes a base image (TAC PATCH → 204, then GET). */
  updateBaseImage: UpdateBaseImageResult;
  /** Changes visibility, category or description (SWR answers 201; the record is read back). */
  updateRepository: UpdateRepositoryResult;
};


export type MutationCreateBaseImageArgs = {
  input: CreateBaseImageInput;
};


export type MutationCreateImageBuildArgs = {
  input: CreateImageBuildInput;
};


export type MutationCreateNamespaceArgs = {
  input: CreateNamespaceInput;
};


export type MutationCreateRepositoryArgs = {
  input: CreateRepositoryInput;
};


export type MutationDeleteBaseImageArgs = {
  input: DeleteBaseImageInput;
};


export type MutationDeleteImageArgs = {
  input: DeleteImageInput;
};


export type MutationDeleteRepositoryArgs = {
  input: DeleteRepositoryInput;
};


export type MutationImportImageArgs = {
  input: ImportImageInput;
};


export type MutationPruneImagesArgs = {
  input: PruneImagesInput;
};


export type MutationPullImageArgs = {
  input: PullImageInput;
};


export type MutationStopImageBuildArgs = {
  input: StopImageBuildInput;
};


export type MutationTagImageArgs = {
  input: TagImageInput;
};


export type MutationUpdateBaseImageArgs = {
  input: UpdateBaseImageInput;
};


export type MutationUpdateRepositoryArgs = {
  input: UpdateRepositoryInput;
};

/** An SWR organisation: the first path segment of its repositories. */
export type Namespace = Node & {
  __typename?: 'Namespace';
  access?: Maybe<NamespaceAccess>;
  creatorName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  provider: Provider;
};

/** The caller’s permission on an organisation (SWR `auth` 7 / 3 / 1). */
export type NamespaceAccess =
  | 'EDIT'
  | 'MANAGE'
  | 'READ';

export type Node = {
  id: Scalars['ID']['output'];
};

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
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  deprecatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** e.g. debian, photon, redhat, ubuntu. */
  distro?: Maybe<Scalars['String']['output']>;
  distroless?: Maybe<Scalars['Boolean']['output']>;
  fipsCompliant?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  replacedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The operating system that replaces this one, when TAC names one. */
  replacedBy?: Maybe<OperatingSystem>;
  /** TAC's value, e.g. ACTIVE or DEPRECATED. */
  status?: Maybe<Scalars['String']['output']>;
  stigCompliant?: Maybe<Scalars['Boolean']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PaiBuildImageInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  labels?: InputMaybe<Array<KeyValueInput>>;
  name: Scalars['String']['input'];
  /** Target image URI in the registry. */
  uri: Scalars['String']['input'];
};

export type PaiBuildResourceInput = {
  cpu?: InputMaybe<Scalars['String']['input']>;
  ecsSpec?: InputMaybe<Scalars['String']['input']>;
  memory?: InputMaybe<Scalars['String']['input']>;
  resourceId?: InputMaybe<Scalars['String']['input']>;
  resourceType?: InputMaybe<Scalars['String']['input']>;
};

export type PaiBuildType =
  | 'CUSTOM_DOCKERFILE'
  | 'PACKAGE_INSTALLATION';

export type PaiImage = Image & Node & {
  __typename?: 'PaiImage';
  accessibility?: Maybe<Accessibility>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  digest?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  imageUri: Scalars['String']['output'];
  labels: Array<Label>;
  name: Scalars['String']['output'];
  provider: Provider;
  /** A pullable reference, when known. */
  reference?: Maybe<Scalars['String']['output']>;
  sizeBytes?: Maybe<Scalars['Float']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  workspaceId?: Maybe<Scalars['String']['output']>;
};

export type PaiImageBuildInput = {
  accessibility?: InputMaybe<Accessibility>;
  buildType: PaiBuildType;
  /** Idempotency token: retrying with the same token never creates a second build. Generated when absent. */
  clientToken?: InputMaybe<Scalars['String']['input']>;
  dockerfile: Scalars['String']['input'];
  image: PaiBuildImageInput;
  overwriteImageTag?: InputMaybe<Scalars['Boolean']['input']>;
  resource: PaiBuildResourceInput;
  targetRegistry: PaiTargetRegistryInput;
  userVpc?: InputMaybe<PaiUserVpcInput>;
  /** Default: PAI_WORKSPACE_ID. */
  workspaceId?: InputMaybe<Scalars['String']['input']>;
};

export type PaiRegistryType =
  | 'ACR_ENTERPRISE';

export type PaiTargetRegistryInput = {
  instanceId?: InputMaybe<Scalars['String']['input']>;
  type: PaiRegistryType;
};

export type PaiUserVpcInput = {
  defaultRoute?: InputMaybe<Scalars['String']['input']>;
  extendedCidrs?: InputMaybe<Array<Scalars['String']['input']>>;
  securityGroupId?: InputMaybe<Scalars['String']['input']>;
  switchId?: InputMaybe<Scalars['String']['input']>;
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

export type Provider =
  | 'CYCLE'
  | 'DOCKER'
  | 'PAI'
  | 'SWR'
  | 'TAC';

export type ProviderMode =
  /** No credentials and GATEWAY_SANDBOX=off. */
  | 'DISABLED'
  /** Configured with credentials; calls go to the real service. */
  | 'LIVE'
  /** No credentials: served by the built-in emulator. */
  | 'SANDBOX';

export type ProviderStatus = {
  __typename?: 'ProviderStatus';
  apiVersion?: Maybe<Scalars['String']['output']>;
  /** The upstream origin (never credentials). */
  endpoint?: Maybe<Scalars['String']['output']>;
  /** Why the provider is unhealthy. */
  error?: Maybe<Scalars['String']['output']>;
  healthy: Scalars['Boolean']['output'];
  latencyMs?: Maybe<Scalars['Float']['output']>;
  mode: ProviderMode;
  provider: Provider;
};

/** Exactly one of docker or cycle. */
export type PruneImagesInput =
  { cycle: CyclePruneInput; docker?: never; }
  |  { cycle?: never; docker: DockerPruneInput; };

export type PruneImagesResult = ConflictError | ForbiddenError | NotFoundError | PruneImagesSuccess | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

export type PruneImagesSuccess = {
  __typename?: 'PruneImagesSuccess';
  job: Job;
};

export type PullImageInput = {
  auth?: InputMaybe<RegistryAuthInput>;
  /** Repository, optionally with :tag or @digest (e.g. registry:5000/team/app:1.2). */
  image: Scalars['String']['input'];
  /** os[/arch[/variant]], e.g. linux/arm64. */
  platform?: InputMaybe<Scalars['String']['input']>;
  /** Tag or digest; default: the one in `image`, else `latest` (never “all tags”). */
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type PullImageResult = ConflictError | ForbiddenError | NotFoundError | PullImageSuccess | RateLimitedError | UnsupportedOperationError | UpstreamError | ValidationError;

export type PullImageSuccess = {
  __typename?: 'PullImageSuccess';
  job: Job;
};

export type Query = {
  __typename?: 'Query';
  /** Base images of the Tanzu Application Catalog, by name. Pages through TAC’s page/page_size (≤ 100): usually one call per page. */
  baseImages: BaseImageConnection;
  /** Cycle image sources, newest first. Their ids are what `createImageBuild(cycle:)` and `pruneImages(cycle:)` take. */
  cycleImageSources: CycleImageSourceConnection;
  imageBuilds: ImageBuildConnection;
  /** Images of Docker, Cycle and PAI in one list, newest first. The cursor carries each provider’s own position. */
  images: ImageConnection;
  /** Jobs of every provider, newest first. */
  jobs: JobConnection;
  /** SWR organisations the credentials can see (one upstream call). */
  namespaces: Array<Namespace>;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
  /** Every provider, how it is configured and whether it answers now. */
  providers: Array<ProviderStatus>;
  /** Registries of the Tanzu Application Catalog, by name. Pages through TAC’s page/page_size (≤ 100). */
  registries: RegistryConnection;
  /** SWR repositories, by organisation then name. One upstream call per page; `totalCount` comes from SWR’s Content-Range. */
  repositories: RepositoryConnection;
};


export type QueryBaseImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BaseImageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCycleImageSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CycleImageSourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryImageBuildsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImageBuildFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryRegistriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegistryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRepositoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RepositoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type RateLimitedError = Error & {
  __typename?: 'RateLimitedError';
  /** A stable machine-readable code, e.g. VALIDATION_FAILED; branch on this, not on the message. */
  code: ErrorCode;
  /** What went wrong, in English, for a developer (not localised; do not parse it). */
  message: Scalars['String']['output'];
  /** The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode). */
  provider?: Maybe<Provider>;
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
};

/** A container registry known to the Tanzu Application Catalog: where base images are pulled from. */
export type Registry = Node & {
  __typename?: 'Registry';
  applicationCount?: Maybe<Scalars['Int']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  credentialsLimit?: Maybe<Scalars['Int']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  flavor?: Maybe<Scalars['String']['output']>;
  healthy?: Maybe<Scalars['Boolean']['output']>;
  /** Hosted automatically by the catalog. */
  hosted?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  lastCheckedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  owned?: Maybe<Scalars['Boolean']['output']>;
  /** TAC's registry provider value, e.g. HARBOR, AMAZON_ELASTIC_CONTAINER_REGISTRY. */
  registryProvider?: Maybe<Scalars['String']['output']>;
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  shared?: Maybe<Scalars['Boolean']['output']>;
  unhealthyCause?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registry host, e.g. registry.app-catalog.vmware.com. */
  url?: Maybe<Scalars['String']['output']>;
  /** Managed by the catalog (VMware/Bitnami). */
  vmwareManaged?: Maybe<Scalars['Boolean']['output']>;
};

/** Registry credentials for this pull only; sent to the engine in X-Registry-Auth and never stored. */
export type RegistryAuthInput = {
  identityToken?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  serverAddress?: InputMaybe<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type RegistryConnection = {
  __typename?: 'RegistryConnection';
  edges: Array<RegistryEdge>;
  pageInfo: PageInfo;
  /** As TAC reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type RegistryEdge = {
  __typename?: 'RegistryEdge';
  cursor: Scalars['String']['output'];
  node: Registry;
};

export type RegistryFilter = {
  /** true: only removed registries; default: live ones (TAC’s default). */
  removed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A Huawei Cloud SWR repository. */
export type Repository = Node & {
  __typename?: 'Repository';
  /** Null when SWR reports none or one this gateway does not know. */
  category?: Maybe<RepositoryCategory>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The account owning the repository. */
  domainName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The in-cluster (CCE) pull path. */
  internalPath?: Maybe<Scalars['String']['output']>;
  isPublic: Scalars['Boolean']['output'];
  /** May contain `/` (`base/debian`). */
  name: Scalars['String']['output'];
  /** The organisation. */
  namespace: Scalars['String']['output'];
  numDownloads: Scalars['Int']['output'];
  provider: Provider;
  /** `<registry>/<namespace>/<repository>`. */
  pullPath?: Maybe<Scalars['String']['output']>;
  sizeBytes?: Maybe<Scalars['Float']['output']>;
  /** How many tags (image versions) the repository holds (`num_images`). */
  tagCount: Scalars['Int']['output'];
  /** Newest first. Asking only tag names costs no upstream call on a listed repository. */
  tags: RepositoryTagConnection;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A Huawei Cloud SWR repository. */
export type RepositoryTagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** SWR repository category. ARM is sent to SWR as `arm` (what the service stores and filters on), not the SDK enum’s `arms`. */
export type RepositoryCategory =
  | 'APP_SERVER'
  | 'ARM'
  | 'DATABASE'
  | 'FRAMEWORK_APP'
  | 'LANG'
  | 'LINUX'
  | 'OTHER'
  | 'WINDOWS';

export type RepositoryConnection = {
  __typename?: 'RepositoryConnection';
  edges: Array<RepositoryEdge>;
  pageInfo: PageInfo;
  /** All repositories matching the filter. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type RepositoryEdge = {
  __typename?: 'RepositoryEdge';
  cursor: Scalars['String']['output'];
  node: Repository;
};

export type RepositoryFilter = {
  category?: InputMaybe<RepositoryCategory>;
  /** Repository names containing this text (SWR matches it as a substring). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this organisation. */
  namespace?: InputMaybe<Scalars['String']['input']>;
};

/** One tag (image version) of an SWR repository. */
export type RepositoryTag = {
  __typename?: 'RepositoryTag';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  digest?: Maybe<Scalars['String']['output']>;
  imageId?: Maybe<Scalars['String']['output']>;
  /** The in-cluster (CCE) pull path. */
  internalPath?: Maybe<Scalars['String']['output']>;
  isTrusted: Scalars['Boolean']['output'];
  manifestType: RepositoryTagManifestType;
  name: Scalars['String']['output'];
  /** `<registry>/<namespace>/<repository>:<tag>`. */
  pullPath?: Maybe<Scalars['String']['output']>;
  scanned: Scalars['Boolean']['output'];
  schemaVersion?: Maybe<Scalars['Int']['output']>;
  sizeBytes?: Maybe<Scalars['Float']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type RepositoryTagConnection = {
  __typename?: 'RepositoryTagConnection';
  edges: Array<RepositoryTagEdge>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type RepositoryTagEdge = {
  __typename?: 'RepositoryTagEdge';
  cursor: Scalars['String']['output'];
  node: RepositoryTag;
};

/** SWR `tag_type`: a single-platform manifest (0) or a manifest list (1). */
export type RepositoryTagManifestType =
  | 'MANIFEST'
  | 'MANIFEST_LIST';

export type StopImageBuildInput = {
  /** An ImageBuild id. */
  id: Scalars['ID']['input'];
};

export type StopImageBuildResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | StopImageBuildSuccess | UnsupportedOperationError | UpstreamError | ValidationError;

export type StopImageBuildSuccess = {
  __typename?: 'StopImageBuildSuccess';
  imageBuild: ImageBuild;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A build’s log as it grows, from `fromLine` on; one upstream poller per build however many subscribers. Completes when the build ends. */
  buildLog: BuildLogChunk;
  /** Image events as they happen. All subscribers share one upstream Docker event stream. */
  imageEvents: ImageEvent;
  /** The current snapshot first, then every change; completes when the job ends. */
  jobUpdated: Job;
};


export type SubscriptionBuildLogArgs = {
  buildId: Scalars['ID']['input'];
  fromLine?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionImageEventsArgs = {
  providers?: InputMaybe<Array<Provider>>;
};


export type SubscriptionJobUpdatedArgs = {
  jobId: Scalars['ID']['input'];
};

export type TagImageInput = {
  /** A DockerImage id. */
  id: Scalars['ID']['input'];
  repository: Scalars['String']['input'];
  /** Default: latest. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type TagImageResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | TagImageSuccess | UnsupportedOperationError | UpstreamError | ValidationError;

export type TagImageSuccess = {
  __typename?: 'TagImageSuccess';
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

export type UpdateBaseImageInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** A BaseImage id. */
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateBaseImageResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpdateBaseImageSuccess | UpstreamError | ValidationError;

export type UpdateBaseImageSuccess = {
  __typename?: 'UpdateBaseImageSuccess';
  baseImage: BaseImage;
};

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

export type UpdateRepositoryResult = ConflictError | ForbiddenError | NotFoundError | RateLimitedError | UnsupportedOperationError | UpdateRepositorySuccess | UpstreamError | ValidationError;

export type UpdateRepositorySuccess = {
  __typename?: 'UpdateRepositorySuccess';
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
  fieldErrors: Array<FieldError>;
  /** What went wrong, in English, for a developer (not localised; do not parse it). */
  message: Scalars['String']['output'];
  /** The provider the failure concerns; null when it is not about one provider (e.g. an id the gateway could not decode). */
  provider?: Maybe<Provider>;
};

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderStatus', provider: Provider, mode: ProviderMode, healthy: boolean, endpoint?: string | null, apiVersion?: string | null, latencyMs?: number | null }> };

export type DockerImagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DockerImagesQuery = { __typename?: 'Query', images: { __typename?: 'ImageConnection', edges: Array<{ __typename?: 'ImageEdge', cursor: string, node: { __typename: 'CycleImage', id: string, provider: Provider, name: string, reference?: string | null, digest?: string | null, sizeBytes?: number | null, createdAt?: string | null, labels: Array<{ __typename?: 'Label', key: string, value: string }> } | { __typename: 'DockerImage', repoTags: Array<string>, repoDigests: Array<string>, architecture?: string | null, os?: string | null, engine: string, id: string, provider: Provider, name: string, reference?: string | null, digest?: string | null, sizeBytes?: number | null, createdAt?: string | null, labels: Array<{ __typename?: 'Label', key: string, value: string }> } | { __typename: 'PaiImage', id: string, provider: Provider, name: string, reference?: string | null, digest?: string | null, sizeBytes?: number | null, createdAt?: string | null, labels: Array<{ __typename?: 'Label', key: string, value: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type JobByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JobByIdQuery = { __typename?: 'Query', node?: { __typename?: 'BaseImage' } | { __typename?: 'CycleImage' } | { __typename?: 'CycleImageSource' } | { __typename?: 'DockerImage' } | { __typename?: 'ImageBuild' } | { __typename?: 'Job', id: string, provider: Provider, action: string, state: JobState, progress?: number | null, caption?: string | null, error?: string | null, layers: Array<{ __typename?: 'JobLayer', id: string, status: string, currentBytes?: number | null, totalBytes?: number | null }> } | { __typename?: 'Namespace' } | { __typename?: 'OperatingSystem' } | { __typename?: 'PaiImage' } | { __typename?: 'Registry' } | { __typename?: 'Repository' } | null };

export type PullImageMutationVariables = Exact<{
  input: PullImageInput;
}>;


export type PullImageMutation = { __typename?: 'Mutation', pullImage: { __typename: 'ConflictError', message: string, code: ErrorCode } | { __typename: 'ForbiddenError', message: string, code: ErrorCode } | { __typename: 'NotFoundError', message: string, code: ErrorCode } | { __typename: 'PullImageSuccess', job: { __typename?: 'Job', id: string, state: JobState, progress?: number | null, caption?: string | null } } | { __typename: 'RateLimitedError', message: string, code: ErrorCode } | { __typename: 'UnsupportedOperationError', message: string, code: ErrorCode } | { __typename: 'UpstreamError', message: string, code: ErrorCode } | { __typename: 'ValidationError', message: string, code: ErrorCode, fieldErrors: Array<{ __typename?: 'FieldError', path: string, message: string }> } };

export type TagImageMutationVariables = Exact<{
  input: TagImageInput;
}>;


export type TagImageMutation = { __typename?: 'Mutation', tagImage: { __typename: 'ConflictError', message: string, code: ErrorCode } | { __typename: 'ForbiddenError', message: string, code: ErrorCode } | { __typename: 'NotFoundError', message: string, code: ErrorCode } | { __typename: 'RateLimitedError', message: string, code: ErrorCode } | { __typename: 'TagImageSuccess', image: { __typename?: 'DockerImage', id: string, repoTags: Array<string> } } | { __typename: 'UnsupportedOperationError', message: string, code: ErrorCode } | { __typename: 'UpstreamError', message: string, code: ErrorCode } | { __typename: 'ValidationError', message: string, code: ErrorCode } };

export type DeleteImageMutationVariables = Exact<{
  input: DeleteImageInput;
}>;


export type DeleteImageMutation = { __typename?: 'Mutation', deleteImage: { __typename: 'ConflictError', message: string, code: ErrorCode } | { __typename: 'DeleteImageSuccess', deletedId: string, untagged: Array<string>, job?: { __typename?: 'Job', id: string, state: JobState } | null } | { __typename: 'ForbiddenError', message: string, code: ErrorCode } | { __typename: 'NotFoundError', message: string, code: ErrorCode } | { __typename: 'RateLimitedError', message: string, code: ErrorCode } | { __typename: 'UnsupportedOperationError', message: string, code: ErrorCode } | { __typename: 'UpstreamError', message: string, code: ErrorCode } | { __typename: 'ValidationError', message: string, code: ErrorCode } };

export type PruneImagesMutationVariables = Exact<{
  input: PruneImagesInput;
}>;


export type PruneImagesMutation = { __typename?: 'Mutation', pruneImages: { __typename: 'ConflictError', message: string, code: ErrorCode } | { __typename: 'ForbiddenError', message: string, code: ErrorCode } | { __typename: 'NotFoundError', message: string, code: ErrorCode } | { __typename: 'PruneImagesSuccess', job: { __typename?: 'Job', id: string, state: JobState, caption?: string | null } } | { __typename: 'RateLimitedError', message: string, code: ErrorCode } | { __typename: 'UnsupportedOperationError', message: string, code: ErrorCode } | { __typename: 'UpstreamError', message: string, code: ErrorCode } | { __typename: 'ValidationError', message: string, code: ErrorCode } };


export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const DockerImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DockerImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"providers"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOCKER"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DockerImage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repoTags"}},{"kind":"Field","name":{"kind":"Name","value":"repoDigests"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"os"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DockerImagesQuery, DockerImagesQueryVariables>;
export const JobByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"layers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentBytes"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobByIdQuery, JobByIdQueryVariables>;
export const PullImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PullImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PullImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PullImageMutation, PullImageMutationVariables>;
export const TagImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TagImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TagImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"repoTags"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TagImageMutation, TagImageMutationVariables>;
export const DeleteImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteImageSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"untagged"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteImageMutation, DeleteImageMutationVariables>;
export const PruneImagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PruneImages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PruneImagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pruneImages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PruneImagesSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PruneImagesMutation, PruneImagesMutationVariables>;