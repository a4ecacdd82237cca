/**
 * GraphiQL example tabs for the Docker and Cycle operations of issue 14 (the lead wires them into the page).
 * The sandbox emulators hold everything these name: the private registry `registry.example.com`
 * (demo / demo-password) and Cycle's seeded hub.
 */
export const OPS_ENGINE_EXAMPLES: { title: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    title: 'Push a Docker image',
    query: `# Tag a local image for a registry first (tagImage), then push that tag; follow the job with jobUpdated
mutation Push($id: ID!, $tag: String) {
  pushImage(input: { id: $id, tag: $tag, auth: { username: "demo", password: "demo-password", serverAddress: "registry.example.com" } }) {
    __typename
    ... on PushImageSuccess { job { id state progress caption layers { id status } } }
    ... on ValidationError { fieldErrors { path message } }
    ... on Error { message }
  }
}`,
    variables: { id: 'paste a DockerImage id', tag: 'registry.example.com/acme/web:1.25' },
  },
  {
    title: 'Cancel a Docker pull',
    query: `# Paste the id of a running pull, push or import job
mutation Cancel($id: ID!) {
  cancelJob(input: { id: $id }) {
    __typename
    ... on CancelJobSuccess { job { id state } }
    ... on Error { message }
  }
}`,
    variables: { id: 'paste a Job id' },
  },
  {
    title: 'Docker image history and config',
    query: `query ImageDetails($id: ID!) {
  node(id: $id) {
    ... on DockerImage {
      reference architecture os
      config { env cmd entrypoint workingDir user labels exposedPorts }
      history { createdAt createdBy sizeBytes comment }
    }
  }
}`,
    variables: { id: 'paste a DockerImage id' },
  },
  {
    title: 'Cycle images, filtered and sorted',
    query: `query CycleImages {
  cycleImages(first: 20, filter: { states: ["live"], sourceType: DIRECT }, sort: [{ field: NAME, direction: ASC }]) {
    edges { node { id name state containersCount source { identifier name } build { status targetImage sourceTarget } } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  {
    title: 'Create a Cycle image source',
    query: `mutation CreateSource {
  createCycleImageSource(input: { name: "nginx stable", identifier: "nginx-stable", origin: { dockerHub: { target: "nginx:1.27" } } }) {
    __typename
    ... on CreateCycleImageSourceSuccess { source { id identifier originType target } }
    ... on ValidationError { fieldErrors { path message } }
    ... on Error { message }
  }
}`,
  },
  {
    title: 'Build from a Cycle source with an override',
    query: `# Paste a CycleImageSource id from the Create a Cycle image source tab
mutation Build($sourceId: ID!) {
  createImageBuild(input: { cycle: { sourceId: $sourceId, useDisk: true, override: { target: "nginx:1.27-alpine" } } }) {
    __typename
    ... on CreateImageBuildSuccess { imageBuild { id status targetImage source { identifier } job { id state } } }
    ... on Error { message }
  }
}`,
    variables: { sourceId: 'paste a CycleImageSource id' },
  },
  {
    title: 'Rename or re-import a Cycle image',
    query: `mutation Rename($id: ID!) {
  updateImage(input: { id: $id, name: "renamed" }) { __typename ... on UpdateImageSuccess { image { id name } } ... on Error { message } }
}

mutation Reimport($id: ID!) {
  reimportImage(input: { id: $id }) { __typename ... on ReimportImageSuccess { job { id state } } ... on Error { message } }
}`,
    variables: { id: 'paste a CycleImage id' },
  },
  {
    title: 'Delete a Cycle image source',
    query: `mutation DeleteSource($id: ID!) {
  deleteCycleImageSource(input: { id: $id }) { __typename ... on DeleteCycleImageSourceSuccess { job { id state } } ... on Error { message } }
}`,
    variables: { id: 'paste a CycleImageSource id' },
  },
];
