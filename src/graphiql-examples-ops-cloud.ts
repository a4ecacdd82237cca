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
];
