/** Operations preloaded as GraphiQL tabs, so a first visitor can run something at once. */
export const EXAMPLE_OPERATIONS = [
  `# Which providers are configured, and do they answer?
query Providers {
  providers { provider mode healthy endpoint apiVersion latencyMs error }
}`,
  `# Images of every provider, newest first
query Images($after: String) {
  images(first: 20, after: $after) {
    edges {
      node {
        __typename id provider name reference sizeBytes createdAt
        ... on DockerImage { repoTags architecture os }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
  `# Pull an image into the Docker engine, then follow the job with jobUpdated
mutation Pull {
  pullImage(input: { image: "alpine", tag: "3.20" }) {
    __typename
    ... on PullImageSuccess { job { id state progress caption } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`,
  `# Paste the job id from the Pull tab
subscription FollowJob($jobId: ID!) {
  jobUpdated(jobId: $jobId) { id state progress caption error layers { id status currentBytes totalBytes } }
}`,
  `subscription ImageEvents {
  imageEvents { provider action imageId reference at }
}`,
];
