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
import './types/repository.js';
import './types/relations.js';
import './types/image-event.js';

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

export const schema: GraphQLSchema = finalizeSchema(builder.toSchema());

/** The SDL committed as `schema/schema.graphql`, sorted so diffs are stable. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
