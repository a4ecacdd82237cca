import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.js';

/**
 * An uploaded file. Either the File Yoga parsed from a GraphQL multipart request, or (through
 * `useStreamingUploads`) a stream still arriving, named by its multipart field.
 */
export type UploadValue = { kind: 'file'; file: File } | { kind: 'stream'; field: string };
import { checkNodeIds, decodeGlobalID, encodeGlobalID } from './global-id.js';

/**
 * Configuration only. Plugin order, with the reason for each constraint:
 * - errors before dataloader: a loader's per-key `Error` is turned into a typed result by the errors plugin;
 * - relay last: its node/nodes fields are built on loadable nodes from the dataloader plugin.
 */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    Upload: { Input: UploadValue; Output: never };
  };
}>({
  plugins: [ErrorsPlugin, DataloaderPlugin, RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID,
    decodeGlobalID,
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
    // At most MAX_NODES_IDS ids, refused before any is loaded (each costs an upstream call).
    nodesQueryOptions: { resolve: (_root, args, _ctx, _info, resolveNodes) => resolveNodes(checkNodeIds(args.ids)) },
  },
  errors: {
    defaultTypes: [],
    directResult: true,
  },
});
