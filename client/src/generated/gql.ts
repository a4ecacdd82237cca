/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "# Which providers are configured, and do they answer?\nquery Providers {\n  providers { provider mode healthy endpoint apiVersion latencyMs error }\n}": typeof types.ProvidersDocument,
    "# Images of Docker, Cycle and PAI in one list, newest first (50 per page shows every provider in the sandbox)\nquery Images($after: String) {\n  images(first: 50, after: $after) {\n    edges {\n      node {\n        __typename id provider name reference sizeBytes createdAt\n        ... on DockerImage { repoTags architecture os }\n        ... on CycleImage { state sourceType }\n        ... on PaiImage { workspaceId accessibility }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.ImagesDocument,
    "# Huawei SWR: namespaces, and repositories with their newest tags\nquery SwrRepositories {\n  namespaces { id name access }\n  repositories(first: 10) {\n    edges {\n      node {\n        id namespace name isPublic category pullPath tagCount\n        tags(first: 3) { edges { node { name digest sizeBytes updatedAt } } }\n      }\n    }\n  }\n}": typeof types.SwrRepositoriesDocument,
    "# VMware Tanzu Application Catalog: base images with their registry and operating system\nquery TacBaseImages {\n  baseImages(first: 10) {\n    edges {\n      node {\n        id name status containerImage platforms { architecture osFamily }\n        registry { name url registryProvider }\n        operatingSystem { name distro version }\n      }\n    }\n  }\n}": typeof types.TacBaseImagesDocument,
    "# Start a Cycle build (an import of an image source); follow it in the next tab with buildLog.\n# The sourceId is filled in with the first source of cycleImageSources; put any other source id there.\nmutation CycleBuild($sourceId: ID!) {\n  createImageBuild(input: { cycle: { sourceId: $sourceId } }) {\n    __typename\n    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage } }\n    ... on Error { code message }\n  }\n}": typeof types.CycleBuildDocument,
    "# Follow the build of the Cycle build tab: its log so far, then new lines as they come; completes when the build ends.\nsubscription CycleBuildLog($buildId: ID!) {\n  buildLog(buildId: $buildId, fromLine: 0) { buildId status done lines { number text } }\n}": typeof types.CycleBuildLogDocument,
    "# Start a PAI image build (a PAI-DLC job); stop it in the next tab. Image names are unique per workspace.\nmutation PaiBuild {\n  createImageBuild(input: { pai: {\n    buildType: CUSTOM_DOCKERFILE\n    dockerfile: \"FROM python:3.11-slim\\\\nRUN pip install numpy\"\n    image: { name: \"graphiql-example\", uri: \"ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/graphiql-example:v1\" }\n    resource: { ecsSpec: \"ecs.c6.large\" }\n    userVpc: { vpcId: \"vpc-bp1example\", securityGroupId: \"sg-bp1example\" }\n    targetRegistry: { type: ACR_ENTERPRISE, instanceId: \"cri-abcd1234\" }\n    accessibility: PRIVATE\n  } }) {\n    __typename\n    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage } }\n    ... on Error { code message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.PaiBuildDocument,
    "# Stop the build of the PAI build tab (PAI-DLC StopJob). Other providers answer UnsupportedOperationError.\nmutation StopPaiBuild($id: ID!) {\n  stopImageBuild(input: { id: $id }) {\n    __typename\n    ... on StopImageBuildSuccess { imageBuild { id status reason } }\n    ... on Error { code message }\n  }\n}": typeof types.StopPaiBuildDocument,
    "# Pull an image into the Docker engine; the job runs on after the response. Follow it in the next tab.\nmutation Pull {\n  pullImage(input: { image: \"alpine\", tag: \"3.20\" }) {\n    __typename\n    ... on PullImageSuccess { job { id state progress caption } }\n    ... on Error { code message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.PullDocument,
    "# Follow the job of the Pull tab: its current state first, then every change; completes at the end.\nsubscription FollowJob($jobId: ID!) {\n  jobUpdated(jobId: $jobId) { id state progress caption error layers { id status currentBytes totalBytes } }\n}": typeof types.FollowJobDocument,
    "# Image changes as they happen: the Docker engine's events, and what the gateway itself changes (Cycle, PAI)\nsubscription ImageEvents {\n  imageEvents { provider action imageId reference at }\n}": typeof types.ImageEventsDocument,
};
const documents: Documents = {
    "# Which providers are configured, and do they answer?\nquery Providers {\n  providers { provider mode healthy endpoint apiVersion latencyMs error }\n}": types.ProvidersDocument,
    "# Images of Docker, Cycle and PAI in one list, newest first (50 per page shows every provider in the sandbox)\nquery Images($after: String) {\n  images(first: 50, after: $after) {\n    edges {\n      node {\n        __typename id provider name reference sizeBytes createdAt\n        ... on DockerImage { repoTags architecture os }\n        ... on CycleImage { state sourceType }\n        ... on PaiImage { workspaceId accessibility }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.ImagesDocument,
    "# Huawei SWR: namespaces, and repositories with their newest tags\nquery SwrRepositories {\n  namespaces { id name access }\n  repositories(first: 10) {\n    edges {\n      node {\n        id namespace name isPublic category pullPath tagCount\n        tags(first: 3) { edges { node { name digest sizeBytes updatedAt } } }\n      }\n    }\n  }\n}": types.SwrRepositoriesDocument,
    "# VMware Tanzu Application Catalog: base images with their registry and operating system\nquery TacBaseImages {\n  baseImages(first: 10) {\n    edges {\n      node {\n        id name status containerImage platforms { architecture osFamily }\n        registry { name url registryProvider }\n        operatingSystem { name distro version }\n      }\n    }\n  }\n}": types.TacBaseImagesDocument,
    "# Start a Cycle build (an import of an image source); follow it in the next tab with buildLog.\n# The sourceId is filled in with the first source of cycleImageSources; put any other source id there.\nmutation CycleBuild($sourceId: ID!) {\n  createImageBuild(input: { cycle: { sourceId: $sourceId } }) {\n    __typename\n    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage } }\n    ... on Error { code message }\n  }\n}": types.CycleBuildDocument,
    "# Follow the build of the Cycle build tab: its log so far, then new lines as they come; completes when the build ends.\nsubscription CycleBuildLog($buildId: ID!) {\n  buildLog(buildId: $buildId, fromLine: 0) { buildId status done lines { number text } }\n}": types.CycleBuildLogDocument,
    "# Start a PAI image build (a PAI-DLC job); stop it in the next tab. Image names are unique per workspace.\nmutation PaiBuild {\n  createImageBuild(input: { pai: {\n    buildType: CUSTOM_DOCKERFILE\n    dockerfile: \"FROM python:3.11-slim\\\\nRUN pip install numpy\"\n    image: { name: \"graphiql-example\", uri: \"ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/graphiql-example:v1\" }\n    resource: { ecsSpec: \"ecs.c6.large\" }\n    userVpc: { vpcId: \"vpc-bp1example\", securityGroupId: \"sg-bp1example\" }\n    targetRegistry: { type: ACR_ENTERPRISE, instanceId: \"cri-abcd1234\" }\n    accessibility: PRIVATE\n  } }) {\n    __typename\n    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage } }\n    ... on Error { code message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.PaiBuildDocument,
    "# Stop the build of the PAI build tab (PAI-DLC StopJob). Other providers answer UnsupportedOperationError.\nmutation StopPaiBuild($id: ID!) {\n  stopImageBuild(input: { id: $id }) {\n    __typename\n    ... on StopImageBuildSuccess { imageBuild { id status reason } }\n    ... on Error { code message }\n  }\n}": types.StopPaiBuildDocument,
    "# Pull an image into the Docker engine; the job runs on after the response. Follow it in the next tab.\nmutation Pull {\n  pullImage(input: { image: \"alpine\", tag: \"3.20\" }) {\n    __typename\n    ... on PullImageSuccess { job { id state progress caption } }\n    ... on Error { code message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.PullDocument,
    "# Follow the job of the Pull tab: its current state first, then every change; completes at the end.\nsubscription FollowJob($jobId: ID!) {\n  jobUpdated(jobId: $jobId) { id state progress caption error layers { id status currentBytes totalBytes } }\n}": types.FollowJobDocument,
    "# Image changes as they happen: the Docker engine's events, and what the gateway itself changes (Cycle, PAI)\nsubscription ImageEvents {\n  imageEvents { provider action imageId reference at }\n}": types.ImageEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Which providers are configured, and do they answer?\nquery Providers {\n  providers { provider mode healthy endpoint apiVersion latencyMs error }\n}"): (typeof documents)["# Which providers are configured, and do they answer?\nquery Providers {\n  providers { provider mode healthy endpoint apiVersion latencyMs error }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Images of Docker, Cycle and PAI in one list, newest first (50 per page shows every provider in the sandbox)\nquery Images($after: String) {\n  images(first: 50, after: $after) {\n    edges {\n      node {\n        __typename id provider name reference sizeBytes createdAt\n        ... on DockerImage { repoTags architecture os }\n        ... on CycleImage { state sourceType }\n        ... on PaiImage { workspaceId accessibility }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["# Images of Docker, Cycle and PAI in one list, newest first (50 per page shows every provider in the sandbox)\nquery Images($after: String) {\n  images(first: 50, after: $after) {\n    edges {\n      node {\n        __typename id provider name reference sizeBytes createdAt\n        ... on DockerImage { repoTags architecture os }\n        ... on CycleImage { state sourceType }\n        ... on PaiImage { workspaceId accessibility }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Huawei SWR: namespaces, and repositories with their newest tags\nquery SwrRepositories {\n  namespaces { id name access }\n  repositories(first: 10) {\n    edges {\n      node {\n        id namespace name isPublic category pullPath tagCount\n        tags(first: 3) { edges { node { name digest sizeBytes updatedAt } } }\n      }\n    }\n  }\n}"): (typeof documents)["# Huawei SWR: namespaces, and repositories with their newest tags\nquery SwrRepositories {\n  namespaces { id name access }\n  repositories(first: 10) {\n    edges {\n      node {\n        id namespace name isPublic category pullPath tagCount\n        tags(first: 3) { edges { node { name digest sizeBytes updatedAt } } }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# VMware Tanzu Application Catalog: base images with their registry and operating system\nquery TacBaseImages {\n  baseImages(first: 10) {\n    edges {\n      node {\n        id name status containerImage platforms { architecture osFamily }\n        registry { name url registryProvider }\n        operatingSystem { name distro version }\n      }\n    }\n  }\n}"): (typeof documents)["# VMware Tanzu Application Catalog: base images with their registry and operating system\nquery TacBaseImages {\n  baseImages(first: 10) {\n    edges {\n      node {\n        id name status containerImage platforms { architecture osFamily }\n        registry { name url registryProvider }\n        operatingSystem { name distro version }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Start a Cycle build (an import of an image source); follow it in the next tab with buildLog.\n# The sourceId is filled in with the first source of cycleImageSources; put any other source id there.\nmutation CycleBuild($sourceId: ID!) {\n  createImageBuild(input: { cycle: { sourceId: $sourceId } }) {\n    __typename\n    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage } }\n    ... on Error { code message }\n  }\n}"): (typeof documents)["# Start a Cycle build (an import of an image source); follow it in the next tab with buildLog.\n# The sourceId is filled in with the first source of cycleImageSources; put any other source id there.\nmutation CycleBuild($sourceId: ID!) {\n  createImageBuild(input: { cycle: { sourceId: $sourceId } }) {\n    __typename\n    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage } }\n    ... on Error { code message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Follow the build of the Cycle build tab: its log so far, then new lines as they come; completes when the build ends.\nsubscription CycleBuildLog($buildId: ID!) {\n  buildLog(buildId: $buildId, fromLine: 0) { buildId status done lines { number text } }\n}"): (typeof documents)["# Follow the build of the Cycle build tab: its log so far, then new lines as they come; completes when the build ends.\nsubscription CycleBuildLog($buildId: ID!) {\n  buildLog(buildId: $buildId, fromLine: 0) { buildId status done lines { number text } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Start a PAI image build (a PAI-DLC job); stop it in the next tab. Image names are unique per workspace.\nmutation PaiBuild {\n  createImageBuild(input: { pai: {\n    buildType: CUSTOM_DOCKERFILE\n    dockerfile: \"FROM python:3.11-slim\\\\nRUN pip install numpy\"\n    image: { name: \"graphiql-example\", uri: \"ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/graphiql-example:v1\" }\n    resource: { ecsSpec: \"ecs.c6.large\" }\n    userVpc: { vpcId: \"vpc-bp1example\", securityGroupId: \"sg-bp1example\" }\n    targetRegistry: { type: ACR_ENTERPRISE, instanceId: \"cri-abcd1234\" }\n    accessibility: PRIVATE\n  } }) {\n    __typename\n    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage } }\n    ... on Error { code message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["# Start a PAI image build (a PAI-DLC job); stop it in the next tab. Image names are unique per workspace.\nmutation PaiBuild {\n  createImageBuild(input: { pai: {\n    buildType: CUSTOM_DOCKERFILE\n    dockerfile: \"FROM python:3.11-slim\\\\nRUN pip install numpy\"\n    image: { name: \"graphiql-example\", uri: \"ml-registry-vpc.cn-hangzhou.cr.aliyuncs.com/ml/graphiql-example:v1\" }\n    resource: { ecsSpec: \"ecs.c6.large\" }\n    userVpc: { vpcId: \"vpc-bp1example\", securityGroupId: \"sg-bp1example\" }\n    targetRegistry: { type: ACR_ENTERPRISE, instanceId: \"cri-abcd1234\" }\n    accessibility: PRIVATE\n  } }) {\n    __typename\n    ... on CreateImageBuildSuccess { imageBuild { id provider status targetImage } }\n    ... on Error { code message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Stop the build of the PAI build tab (PAI-DLC StopJob). Other providers answer UnsupportedOperationError.\nmutation StopPaiBuild($id: ID!) {\n  stopImageBuild(input: { id: $id }) {\n    __typename\n    ... on StopImageBuildSuccess { imageBuild { id status reason } }\n    ... on Error { code message }\n  }\n}"): (typeof documents)["# Stop the build of the PAI build tab (PAI-DLC StopJob). Other providers answer UnsupportedOperationError.\nmutation StopPaiBuild($id: ID!) {\n  stopImageBuild(input: { id: $id }) {\n    __typename\n    ... on StopImageBuildSuccess { imageBuild { id status reason } }\n    ... on Error { code message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Pull an image into the Docker engine; the job runs on after the response. Follow it in the next tab.\nmutation Pull {\n  pullImage(input: { image: \"alpine\", tag: \"3.20\" }) {\n    __typename\n    ... on PullImageSuccess { job { id state progress caption } }\n    ... on Error { code message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["# Pull an image into the Docker engine; the job runs on after the response. Follow it in the next tab.\nmutation Pull {\n  pullImage(input: { image: \"alpine\", tag: \"3.20\" }) {\n    __typename\n    ... on PullImageSuccess { job { id state progress caption } }\n    ... on Error { code message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Follow the job of the Pull tab: its current state first, then every change; completes at the end.\nsubscription FollowJob($jobId: ID!) {\n  jobUpdated(jobId: $jobId) { id state progress caption error layers { id status currentBytes totalBytes } }\n}"): (typeof documents)["# Follow the job of the Pull tab: its current state first, then every change; completes at the end.\nsubscription FollowJob($jobId: ID!) {\n  jobUpdated(jobId: $jobId) { id state progress caption error layers { id status currentBytes totalBytes } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "# Image changes as they happen: the Docker engine's events, and what the gateway itself changes (Cycle, PAI)\nsubscription ImageEvents {\n  imageEvents { provider action imageId reference at }\n}"): (typeof documents)["# Image changes as they happen: the Docker engine's events, and what the gateway itself changes (Cycle, PAI)\nsubscription ImageEvents {\n  imageEvents { provider action imageId reference at }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;