import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import { finalizeSchema } from './finalize.js';
import './scalars.js';
import './types/provider.js';
import './types/errors.js';
import './types/image.js';
import './types/image-mutations.js';
import './types/image-build.js';
import './types/cycle-image-source.js';
import './types/job.js';
import './types/base-image.js';
import './types/namespace.js';
import './types/repository-tag.js';
import './types/repository.js';
import './types/repository-operations.js';
import './types/pai-operations.js';
import './types/tac-operations.js';
import './types/relations.js';
import './types/image-event.js';
import './types/docker-operations.js';
import './types/cycle-operations.js';

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

export const schema: GraphQLSchema = finalizeSchema(builder.toSchema());

/** The SDL committed as `schema/schema.graphql`, sorted so diffs are stable. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
