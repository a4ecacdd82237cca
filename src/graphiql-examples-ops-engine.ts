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
];
