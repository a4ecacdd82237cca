/**
 * GraphiQL example tabs for the SWR, PAI and TAC operations of issue 14 (the lead wires them into the page).
 * Each is `{ title, query, variables? }`; ids in `variables` are placeholders to replace with real ones.
 */
export interface ExampleOperation {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const OPS_CLOUD_EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    title: 'SWR: one organisation and one tag',
    query: `# One SWR organisation, and one tag of a repository by name
query SwrLookup($repositoryId: ID!, $tag: String!) {
  namespace(name: "acme") { id name access creatorName }
  node(id: $repositoryId) {
    ... on Repository {
      namespace name tagCount
      tag(name: $tag) { name digest sizeBytes pullPath updatedAt }
      permissions { self { userName access } others { userName access } }
    }
  }
}`,
    variables: { repositoryId: '<a Repository id from the repositories query>', tag: 'latest' },
  },
  {
    title: 'SWR: empty and delete a repository',
    query: `# Delete a tag; once tagCount is 0, deleteRepository succeeds
mutation DeleteTag($repositoryId: ID!, $tag: String!) {
  deleteRepositoryTag(input: { repositoryId: $repositoryId, tag: $tag }) {
    __typename
    ... on DeleteRepositoryTagSuccess { deletedTag repository { tagCount } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`,
    variables: { repositoryId: '<a Repository id>', tag: 'latest' },
  },
  {
    title: 'SWR: delete an empty organisation',
    query: `mutation DeleteNamespace($name: String!) {
  deleteNamespace(input: { name: $name }) {
    __typename
    ... on DeleteNamespaceSuccess { deletedId }
    ... on Error { message }
  }
}`,
    variables: { name: 'my-empty-org' },
  },
  {
    title: 'PAI: register, label and publish an image',
    query: `mutation AddPaiImage {
  addPaiImage(input: { name: "my-env", imageUri: "registry.cn-hangzhou.aliyuncs.com/team/my-env:v1", labels: [{ key: "stage", value: "dev" }] }) {
    __typename
    ... on AddPaiImageSuccess { image { id name accessibility labels { key value } } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation Label($id: ID!) {
  updateImageLabels(input: { id: $id, add: [{ key: "stage", value: "prod" }], remove: ["draft"] }) {
    __typename
    ... on UpdateImageLabelsSuccess { image { labels { key value } } }
    ... on Error { message }
  }
}

mutation Publish($id: ID!) {
  publishPaiImage(input: { id: $id }) { __typename ... on PublishPaiImageSuccess { image { accessibility } } ... on Error { message } }
}`,
    variables: { id: '<a PaiImage id from AddPaiImage>' },
  },
  {
    title: 'PAI: images by label',
    query: `query OfficialGpuImages {
  images(first: 20, filter: { pai: { labels: [{ key: "system.official", value: "true" }], accessibility: PUBLIC } }) {
    edges { node { id name ... on PaiImage { imageUri labels { key value } } } }
  }
}`,
  },
  {
    title: 'PAI: build from a private base image',
    query: `mutation BuildFromPrivateBase {
  createImageBuild(input: { pai: {
    dockerfile: "FROM other-account.cn-hangzhou.cr.aliyuncs.com/base/python:3.11\\nRUN pip install numpy"
    buildType: CUSTOM_DOCKERFILE
    image: { name: "numpy-env", uri: "ml-registry.cn-hangzhou.cr.aliyuncs.com/ml/numpy-env:v1" }
    resource: { ecsSpec: "ecs.c6.large" }
    targetRegistry: { type: ACR_ENTERPRISE, instanceId: "cri-abcd1234" }
    userVpc: { vpcId: "vpc-1", securityGroupId: "sg-1" }
    registryAuths: [{ registry: "other-account.cn-hangzhou.cr.aliyuncs.com", username: "builder", password: "…" }]
    jobName: "numpy-env-build"
  } }) {
    __typename
    ... on CreateImageBuildSuccess { imageBuild { id providerBuildId status } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`,
  },
  {
    title: 'TAC: add a registry and issue credentials',
    query: `mutation AddRegistry {
  createRegistry(input: { name: "acme-ghcr", description: "", provider: GITHUB_CONTAINER_REGISTRY, url: "https://ghcr.io/acme", accessKey: "acme-bot", accessSecret: "…" }) {
    __typename
    ... on CreateRegistrySuccess { registry { id name url registryProvider } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}

mutation IssueCredentials($registryId: ID!) {
  issueRegistryCredentials(input: { registryId: $registryId, description: "ci pipeline" }) {
    __typename
    ... on IssueRegistryCredentialsSuccess { credentials { username password } }
    ... on Error { message }
  }
}`,
    variables: { registryId: '<a Registry id the catalog manages>' },
  },
  {
    title: 'TAC: shared container base images',
    query: `query SharedBaseImages {
  baseImages(first: 20, filter: { shared: true, packagingType: "CONTAINER_IMAGE" }) {
    totalCount
    edges { node { id name containerImage registry { name } } }
  }
}`,
  },
];
