import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { undescribed } from '../../src/schema/finalize.js';
import { schema } from '../../src/schema/index.js';

/** The schema is documented for a frontend developer: nothing a client can see lacks a description. */
describe('schema descriptions', () => {
  it('every type, field, argument, input field and enum value of the schema has one', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('so does the printed schema/schema.graphql (what tools and clients read)', () => {
    expect(undescribed(buildSchema(readFileSync('schema/schema.graphql', 'utf8')))).toEqual([]);
  });
});

describe('connections', () => {
  it('advertise only the forward paging every list implements (no last/before that always fail)', () => {
    const offending: string[] = [];
    for (const type of [schema.getQueryType(), ...Object.values(schema.getTypeMap())]) {
      if (!type || !('getFields' in type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!('args' in field)) continue;
        for (const arg of field.args) if (arg.name === 'last' || arg.name === 'before') offending.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    }
    expect(offending).toEqual([]);
  });
});
