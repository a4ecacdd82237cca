import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OPS_ENGINE_EXAMPLES } from '../../src/graphiql-examples-ops-engine.js';
import { schema } from '../../src/schema/index.js';

describe('GraphiQL examples (Docker and Cycle operations)', () => {
  it.each(OPS_ENGINE_EXAMPLES.map((e) => [e.title, e.query] as const))('%s is valid against the schema', (_title, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
