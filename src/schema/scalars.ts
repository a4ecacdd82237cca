import { GraphQLError } from 'graphql';
import { builder, type UploadValue } from './builder.js';


export const DateTime = builder.scalarType('DateTime', {
  description: 'An RFC 3339 date-time in UTC.',
  serialize: (value) => {
    const d = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(d.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return d.toISOString();
  },
  parseValue: (value) => {
    const d = typeof value === 'string' ? new Date(value) : new Date(NaN);
    if (typeof value !== 'string' || Number.isNaN(d.getTime())) throw new GraphQLError(`DateTime must be an RFC 3339 string, got ${JSON.stringify(value)}`);
    return d;
  },
});

builder.scalarType('JSON', {
  description: 'Arbitrary JSON (provider-specific detail such as labels or a config summary).',
  serialize: (value) => value,
  parseValue: (value) => value,
});

export const Upload = builder.scalarType('Upload', {
  description: 'A file sent with the GraphQL multipart request spec. It is streamed to the upstream, never held whole.',
  serialize: () => {
    throw new GraphQLError('Upload is an input-only scalar');
  },
  parseValue: (value): UploadValue => {
    if (value instanceof File || (value && typeof value === 'object' && 'stream' in value && 'name' in value)) return { kind: 'file', file: value as File };
    if (typeof value === 'string' && value.startsWith('upload:')) return { kind: 'stream', field: value.slice('upload:'.length) };
    throw new GraphQLError('Upload must be a file sent with the GraphQL multipart request spec');
  },
});
