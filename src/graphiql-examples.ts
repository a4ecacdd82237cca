/**
 * Operations preloaded as GraphiQL tabs, one per provider and per flow, so a first visitor can run
 * each as loaded against the sandbox, tab after tab. A tab with several operations is a flow run top
 * to bottom: Run offers its operations by name. Variables written as `"<…>"` are placeholders the
 * page fills in when the operation runs (see `src/graphiql-page.ts`): an id remembered from an earlier
 * result (the job of the Pull tab, what a create mutation made) or, before that ran, looked up.
 * Every root field of the schema is in at least one tab (a test checks it). Mutations that destroy
 * destroy what the tabs made, except `deleteRepositoryTag` (SWR tags only come from a `docker push`).
 */
export interface ExampleTab {
  query: string;
  variables?: string;
}

/** Placeholders the page resolves; the keys are what a tab's variables say, verbatim. */
export const PLACEHOLDERS = {
  pulledJob: '<job id from the Pull tab>',
  cycleSource: '<id of the first Cycle image source>',
  cycleBuild: '<build id from the Cycle build tab>',
  paiBuild: '<build id from the PAI build tab>',
  pulledImage: '<id of the image the Pull tab pulled>',
  runningJob: '<job of a pull the page starts for this tab>',
  newCycleSource: '<id of the source CreateCycleSource made>',
  newCycleImage: '<id of the image BuildFromCycleSource made>',
  cycleBuildImage: '<id of the image the Cycle build tab made>',
  swrTaggedRepository: '<id of the first acme repository with tags>',
  swrTag: '<newest tag of that repository>',
  newSwrRepository: '<id of the repository CreateSwrRepository made>',
  newPaiImage: '<id of the image AddPaiImage made>',
  newTacRegistry: '<id of the registry CreateTacRegistry made>',
  tacManagedRegistry: '<id of the first registry the catalog manages>',
  tacOperatingSystem: '<id of the operating system of the first base image>',
  newBaseImage: '<id of the base image CreateBaseImage made>',
} as const;

const vars = (v: Record<string, string>) => JSON.stringify(v, null, 2);

export const EXAMPLE_TABS: ExampleTab[] = [
  {
    query: /* GraphQL */ `# Which providers are configured, and do they answer?
query Providers {
  providers { provider mode healthy endpoint apiVersion latencyMs error }
}`,
  },
  {
    query: /* GraphQL */ `# Images of Docker, Cycle and PAI in one list, newest first (50 per page shows every provider in the sandbox)
query Images($after: String) {
  images(first: 50, after: $after) {
    edges {
      node {
        __typename id provider name reference sizeBytes createdAt
        ... on DockerImage { repoTags architecture os }
        ... on CycleImage { state sourceType }
        ... on PaiImage { workspaceId accessibility }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Huawei SWR: namespaces, and repositories with their newest tags
query SwrRepositories {
  namespaces { id name access }
  repositories(first: 10) {
    edges {
      node {
        id namespace name isPublic category pullPath tagCount
        tags(first: 3) { edges { node { name digest sizeBytes updatedAt } } }
      }
    }
  }
}`,
  },
  {
    query: /* GraphQL */ `# VMware Tanzu Application Catalog: base images with their registry and operating system
query TacBaseImages {
  baseImages(first: 10) {
    edges {
      node {
        id name status containerImage platforms { architecture osFamily }
        registry { name url registryProvider }
        operatingSystem { name distro version }
      }
    }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Start a Cycle build (an import of an image source); follow it in the next tab with buildLog.
# The sourceId is filled in with the first source of cycleImageSources; put any other source id there.
mutation CycleBuild($sourceId: ID!) {
  createImageBuild(input: { cycle: { sourceId: $sourceId } }) {
    __typename
    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage image { id } } }
    ... on Error { code message }
  }
}`,
    variables: vars({ sourceId: PLACEHOLDERS.cycleSource }),
  },
  {
    query: /* GraphQL */ `# Follow the build of the Cycle build tab: its log so far, then new lines as they come; completes when the build ends.
subscription CycleBuildLog($buildId: ID!) {
  buildLog(buildId: $buildId, fromLine: 0) { buildId status done lines { number text } }
}`,
    variables: vars({ buildId: PLACEHOLDERS.cycleBuild }),
  },
  {
    query: /* GraphQL */ `# Start a PAI image build (a PAI-DLC job); stop it in the next tab. Image names are unique per workspace.
mutation PaiBuild {
  createImageBuild(input: { pai: {
    buildType: CUSTOM_DOCKERFILE
    dockerfile: "FROM python:3.11-slim\\nRUN pip install numpy"
    image: { name: "graphiql-example", uri: "ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/graphiql-example:v1" }
    resource: { ecsSpec: "ecs.c6.large" }
    userVpc: { vpcId: "vpc-bp1example", securityGroupId: "sg-bp1example" }
    targetRegistry: { type: ACR_ENTERPRISE, instanceId: "cri-abcd1234" }
    accessibility: PRIVATE
  } }) {
    __typename
    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Stop the build of the PAI build tab (PAI-DLC StopJob). Other providers answer UnsupportedOperationError.
mutation StopPaiBuild($id: ID!) {
  stopImageBuild(input: { id: $id }) {
    __typename
    ... on StopImageBuildSuccess { imageBuild { id status reason } }
    ... on Error { code message }
  }
}`,
    variables: vars({ id: PLACEHOLDERS.paiBuild }),
  },
  {
    query: /* GraphQL */ `# Pull an image into the Docker engine; the job runs on after the response. Follow it in the next tab.
mutation Pull {
  pullImage(input: { image: "alpine", tag: "3.20" }) {
    __typename
    ... on PullImageSuccess { job { id state progress caption } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`,
  },
  {
    query: /* GraphQL */ `# Follow the job of the Pull tab: its current state first, then every change; completes at the end.
subscription FollowJob($jobId: ID!) {
  jobUpdated(jobId: $jobId) { id state progress caption error layers { id status currentBytes totalBytes } }
}`,
    variables: vars({ jobId: PLACEHOLDERS.pulledJob }),
  },
  {
    query: /* GraphQL */ `# Image changes as they happen: the Docker engine's events, and what the gateway itself changes (Cycle, PAI)
subscription ImageEvents {
  imageEvents { provider action imageId reference at }
}`,
  },
  {
    query: /* GraphQL */ `# More Docker: an image's config and history, tag it for a private registry, push it, list the jobs,
# delete it, prune dangling images. Run them top to bottom (Run offers them by name). The id is the
# image the Pull tab pulled (alpine:3.20); the sandbox registry registry.example.com takes demo / demo-password.
query DockerImageDetails($id: ID!) {
  node(id: $id) {
    ... on DockerImage {
      id reference repoTags architecture os
      config { env cmd entrypoint workingDir user labels exposedPorts }
      history { createdAt createdBy sizeBytes comment }
    }
  }
}

mutation TagForRegistry($id: ID!) {
  tagImage(input: { id: $id, repository: "registry.example.com/acme/alpine", tag: "3.20" }) {
    __typename
    ... on TagImageSuccess { image { id repoTags } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation Push($id: ID!) {
  pushImage(input: { id: $id, tag: "registry.example.com/acme/alpine:3.20", auth: { username: "demo", password: "demo-password", serverAddress: "registry.example.com" } }) {
    __typename
    ... on PushImageSuccess { job { id state progress caption } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

query DockerJobs {
  jobs(first: 5, filter: { providers: [DOCKER] }) {
    edges { node { id action state progress caption image { reference } } }
  }
}

# nodes: several objects by global id at once, in the order asked (null for one that is gone)
query DockerNodes($id: ID!) {
  nodes(ids: [$id]) { id __typename ... on DockerImage { reference } }
}

mutation DeletePulledImage($id: ID!) {
  deleteImage(input: { id: $id, force: true }) {
    __typename
    ... on DeleteImageSuccess { deletedId untagged }
    ... on Error { code message }
  }
}

mutation PruneDangling {
  pruneImages(input: { docker: { dangling: true } }) {
    __typename
    ... on PruneImagesSuccess { job { id state caption } }
    ... on Error { code message }
  }
}`,
    variables: vars({ id: PLACEHOLDERS.pulledImage }),
  },
  {
    query: /* GraphQL */ `# Cancel a running Docker pull, push or import. The id is filled in with the job of a pull the page
# starts for this tab (registry.example.com/acme/worker:2.3); put the id of your own running job there.
mutation CancelJob($id: ID!) {
  cancelJob(input: { id: $id }) {
    __typename
    ... on CancelJobSuccess { job { id action state caption } }
    ... on Error { code message }
  }
}`,
    variables: vars({ id: PLACEHOLDERS.runningJob }),
  },
  {
    query: /* GraphQL */ `# Import a root filesystem tarball as a Docker image. It needs a tarball: a file upload (GraphiQL does
# not send files) or a URL on the gateway's IMPORT_URL_ALLOWLIST; put yours in url. As loaded it answers
# the ValidationError naming input.url: the sandbox has no tarball to offer and no allow-list.
mutation ImportImage {
  importImage(input: { url: "http://127.0.0.1:9/rootfs.tar", repository: "graphiql/imported", tag: "v1", message: "imported from GraphiQL", changes: ["ENV STAGE=demo"] }) {
    __typename
    ... on ImportImageSuccess { job { id state caption } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`,
  },
  {
    query: /* GraphQL */ `# More Cycle: a source of its own, a build from it with an override, rename its image, Cycle's own image
# filters and sort, re-import an image, then prune the source's images and delete the source. Run them top
# to bottom (Run offers them by name); the ids are what the earlier operations made. Re-import takes the
# image of the Cycle build tab: the new image is still importing, and Cycle runs one import at a time.
mutation CreateCycleSource {
  createCycleImageSource(input: { name: "graphiql example", identifier: "graphiql-example", origin: { dockerHub: { target: "nginx:1.27" } } }) {
    __typename
    ... on CreateCycleImageSourceSuccess { source { id identifier originType target } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation UpdateCycleSource($sourceId: ID!) {
  updateCycleImageSource(input: { id: $sourceId, description: "changed from GraphiQL" }) {
    __typename
    ... on UpdateCycleImageSourceSuccess { source { id description target } }
    ... on Error { code message }
  }
}

query CycleSources {
  cycleImageSources(first: 5, filter: { identifier: "graphiql-example" }) {
    edges { node { id name identifier originType target state } }
  }
}

mutation BuildFromCycleSource($sourceId: ID!) {
  buildFromSource: createImageBuild(input: { cycle: { sourceId: $sourceId, useDisk: true, override: { target: "nginx:1.27-alpine" } } }) {
    __typename
    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage image { id } job { id state } } }
    ... on Error { code message }
  }
}

query CycleBuilds {
  imageBuilds(first: 5, filter: { providers: [CYCLE] }) {
    edges { node { id status targetImage sourceTarget createdAt } }
  }
}

mutation RenameCycleImage($imageId: ID!) {
  updateImage(input: { id: $imageId, name: "graphiql example (renamed)" }) {
    __typename
    ... on UpdateImageSuccess { image { id name } }
    ... on Error { code message }
  }
}

mutation ReimportCycleImage($liveImageId: ID!) {
  reimportImage(input: { id: $liveImageId }) {
    __typename
    ... on ReimportImageSuccess { job { id state } }
    ... on Error { code message }
  }
}

query CycleImages($sourceId: ID!) {
  cycleImages(first: 20, filter: { sourceId: $sourceId, sourceType: DIRECT }, sort: [{ field: NAME, direction: ASC }]) {
    edges { node { id name state containersCount source { identifier name } build { status targetImage sourceTarget } } }
    pageInfo { hasNextPage endCursor }
  }
}

mutation PruneCycleSource($sourceId: ID!) {
  pruneImages(input: { cycle: { sourceIds: [$sourceId] } }) {
    __typename
    ... on PruneImagesSuccess { job { id state } }
    ... on Error { code message }
  }
}

mutation DeleteCycleSource($sourceId: ID!) {
  deleteCycleImageSource(input: { id: $sourceId }) {
    __typename
    ... on DeleteCycleImageSourceSuccess { job { id state } }
    ... on Error { code message }
  }
}`,
    variables: vars({ sourceId: PLACEHOLDERS.newCycleSource, imageId: PLACEHOLDERS.newCycleImage, liveImageId: PLACEHOLDERS.cycleBuildImage }),
  },
  {
    query: /* GraphQL */ `# More Huawei SWR: an organisation and a repository of its own, one organisation and one tag by name,
# repository permissions, delete a tag, then delete the repository and the organisation.
# Run them top to bottom (Run offers them by name). SWR tags only come from a docker push, so
# DeleteSwrTag deletes the newest tag of the first acme repository that has tags.
mutation CreateSwrNamespace {
  createNamespace(input: { name: "graphiql-example" }) {
    __typename
    ... on CreateNamespaceSuccess { namespace { id name access } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation CreateSwrRepository {
  createRepository(input: { namespace: "graphiql-example", name: "web", isPublic: false, category: APP_SERVER, description: "made in GraphiQL" }) {
    __typename
    ... on CreateRepositorySuccess { repository { id namespace name isPublic category } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation UpdateSwrRepository($repositoryId: ID!) {
  updateRepository(input: { id: $repositoryId, isPublic: true, description: "public now" }) {
    __typename
    ... on UpdateRepositorySuccess { repository { id isPublic description } }
    ... on Error { code message }
  }
}

query SwrLookup {
  namespace(name: "acme") { id name access creatorName }
  repositories(first: 1, filter: { namespace: "acme" }) {
    edges {
      node {
        namespace name tagCount
        tag(name: "latest") { name digest sizeBytes pullPath updatedAt }
        permissions { self { userName access } others { userName access } }
      }
    }
  }
}

mutation DeleteSwrTag($taggedRepositoryId: ID!, $tag: String!) {
  deleteRepositoryTag(input: { repositoryId: $taggedRepositoryId, tag: $tag }) {
    __typename
    ... on DeleteRepositoryTagSuccess { deletedTag repository { name tagCount } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation DeleteSwrRepository($repositoryId: ID!) {
  deleteRepository(input: { id: $repositoryId }) {
    __typename
    ... on DeleteRepositorySuccess { deletedId }
    ... on Error { code message }
  }
}

mutation DeleteSwrNamespace {
  deleteNamespace(input: { name: "graphiql-example" }) {
    __typename
    ... on DeleteNamespaceSuccess { deletedId }
    ... on Error { code message }
  }
}`,
    variables: vars({ repositoryId: PLACEHOLDERS.newSwrRepository, taggedRepositoryId: PLACEHOLDERS.swrTaggedRepository, tag: PLACEHOLDERS.swrTag }),
  },
  {
    query: /* GraphQL */ `# More Alibaba PAI: register an image URI, change its labels, publish it, find images by label,
# build from a private base image (registryAuths), then delete the image.
# Run them top to bottom (Run offers them by name); the id is the image AddPaiImage made.
mutation AddPaiImage {
  addPaiImage(input: { name: "graphiql-example-env", imageUri: "registry.cn-hangzhou.aliyuncs.com/team/graphiql-example-env:v1", labels: [{ key: "stage", value: "dev" }, { key: "draft", value: "true" }] }) {
    __typename
    ... on AddPaiImageSuccess { image { id name accessibility labels { key value } } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation LabelPaiImage($id: ID!) {
  updateImageLabels(input: { id: $id, add: [{ key: "stage", value: "prod" }], remove: ["draft"] }) {
    __typename
    ... on UpdateImageLabelsSuccess { image { id labels { key value } } }
    ... on Error { code message }
  }
}

mutation PublishPaiImage($id: ID!) {
  publishPaiImage(input: { id: $id }) {
    __typename
    ... on PublishPaiImageSuccess { image { id accessibility } }
    ... on Error { code message }
  }
}

query PaiImagesByLabel {
  images(first: 20, filter: { pai: { labels: [{ key: "stage", value: "prod" }], accessibility: PUBLIC } }) {
    edges { node { id name ... on PaiImage { imageUri accessibility labels { key value } } } }
  }
}

mutation PaiBuildFromPrivateBase {
  createImageBuild(input: { pai: {
    dockerfile: "FROM other-account.cn-hangzhou.cr.aliyuncs.com/base/python:3.11\\nRUN pip install numpy"
    buildType: CUSTOM_DOCKERFILE
    image: { name: "graphiql-numpy-env", uri: "ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/graphiql-numpy-env:v1" }
    resource: { ecsSpec: "ecs.c6.large" }
    targetRegistry: { type: ACR_ENTERPRISE, instanceId: "cri-abcd1234" }
    userVpc: { vpcId: "vpc-bp1example", securityGroupId: "sg-bp1example" }
    registryAuths: [{ registry: "other-account.cn-hangzhou.cr.aliyuncs.com", username: "builder", password: "builder-password" }]
    jobName: "graphiql-numpy-env-build"
  } }) {
    __typename
    ... on CreateImageBuildSuccess { imageBuild { id providerBuildId status } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation DeletePaiImage($id: ID!) {
  deleteImage(input: { id: $id }) {
    __typename
    ... on DeleteImageSuccess { deletedId }
    ... on Error { code message }
  }
}`,
    variables: vars({ id: PLACEHOLDERS.newPaiImage }),
  },
  {
    query: /* GraphQL */ `# More Tanzu Application Catalog: registries, add one, issue credentials for one the catalog manages
# (only those have credentials), shared base images, then a base image of its own in the added registry:
# create, rename, delete. Run them top to bottom (Run offers them by name).
# accessSecret is the registry's own secret: put yours there (the sandbox takes any).
query TacRegistries {
  registries(first: 10) { edges { node { id name url registryProvider hosted healthy } } }
}

mutation CreateTacRegistry {
  createRegistry(input: { name: "graphiql-example", description: "added in GraphiQL", provider: GITHUB_CONTAINER_REGISTRY, url: "https://ghcr.io/acme", accessKey: "acme-bot", accessSecret: "ghp_example" }) {
    __typename
    ... on CreateRegistrySuccess { registry { id name url registryProvider } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation IssueRegistryCredentials($managedRegistryId: ID!) {
  issueRegistryCredentials(input: { registryId: $managedRegistryId, description: "ci pipeline" }) {
    __typename
    ... on IssueRegistryCredentialsSuccess { credentials { username password } }
    ... on Error { code message }
  }
}

query SharedBaseImages {
  baseImages(first: 20, filter: { shared: true, packagingType: "CONTAINER_IMAGE" }) {
    totalCount
    edges { node { id name containerImage registry { name } operatingSystem { id name } } }
  }
}

mutation CreateBaseImage($registryId: ID!, $operatingSystemId: ID!) {
  createBaseImage(input: { name: "graphiql-example", description: "made in GraphiQL", containerImage: "ghcr.io/acme/graphiql-example:1", registryId: $registryId, operatingSystemId: $operatingSystemId }) {
    __typename
    ... on CreateBaseImageSuccess { baseImage { id name status containerImage } }
    ... on Error { code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation UpdateBaseImage($baseImageId: ID!) {
  updateBaseImage(input: { id: $baseImageId, description: "renamed in GraphiQL", name: "graphiql-example-renamed" }) {
    __typename
    ... on UpdateBaseImageSuccess { baseImage { id name description } }
    ... on Error { code message }
  }
}

mutation DeleteBaseImage($baseImageId: ID!) {
  deleteBaseImage(input: { id: $baseImageId }) {
    __typename
    ... on DeleteBaseImageSuccess { deletedId }
    ... on Error { code message }
  }
}`,
    variables: vars({ registryId: PLACEHOLDERS.newTacRegistry, managedRegistryId: PLACEHOLDERS.tacManagedRegistry, operatingSystemId: PLACEHOLDERS.tacOperatingSystem, baseImageId: PLACEHOLDERS.newBaseImage }),
  },
];


/**
 * The operation texts alone. `/* GraphQL *\/` marks each for graphql-codegen, which makes the typed
 * documents and the persisted-documents manifest of `@imagegraph/client` from this file.
 */
export const EXAMPLE_OPERATIONS = EXAMPLE_TABS.map((t) => t.query);

/** The first tab when authentication is on: how to send a key, kept in the Headers pane by GraphiQL. */
export const AUTH_TAB: ExampleTab = {
  query: `# Authentication is on: every request needs a key.
# Open the Headers pane below and write
#   { "Authorization": "Bearer <your API key>" }
# (or { "X-API-Key": "<your API key>" }). GraphiQL keeps the headers in this browser, for every tab.
# Keys come from GATEWAY_API_KEYS; a JWT from your issuer works the same way.
query Providers {
  providers { provider mode healthy }
}`,
};
