import type { Provider } from '../core/provider.js';

/**
 * Every Node type `node(id)` / `nodes(ids)` can refetch, with the providers that hold it. The relay
 * decode hook (`decodeGlobalID`) checks ids against this before any upstream call: an id naming a type
 * the graph cannot refetch (`Image`, `PageInfo`, a made-up one) or a provider the type never lives at
 * (a `DockerImage` of CYCLE) is a ValidationError, never an upstream call carrying another provider's id.
 * test/gateway/node-refetch.test.ts fails when a Node type of schema/schema.graphql is missing here.
 */
export const NODE_TYPE_PROVIDERS: Readonly<Record<string, readonly Provider[]>> = {
  DockerImage: ['DOCKER'],
  CycleImage: ['CYCLE'],
  PaiImage: ['PAI'],
  CycleImageSource: ['CYCLE'],
  BaseImage: ['TAC'],
  Registry: ['TAC'],
  OperatingSystem: ['TAC'],
  Repository: ['SWR'],
  Namespace: ['SWR'],
  ImageBuild: ['CYCLE', 'PAI'],
  Job: ['DOCKER', 'CYCLE', 'PAI'],
};
