/**
 * Operations preloaded as GraphiQL tabs, one per provider and per flow, so a first visitor can run
 * each as loaded against the sandbox. Variables written as `"<…>"` are placeholders the page fills in
 * when the operation runs (see `src/graphiql-page.ts`): an id remembered from an earlier tab's result
 * (the job of the Pull tab, the build of a create-build tab) or, before that tab has run, looked up.
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
    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage } }
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
