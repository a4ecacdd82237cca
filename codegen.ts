import type { CodegenConfig } from '@graphql-codegen/cli';

/** Scalars as a TypeScript client sees them on the wire. */
const scalars = { DateTime: 'string', JSON: 'unknown', Upload: 'File' };

/**
 * Typed documents from the printed schema (`schema/schema.graphql`), `npm run codegen`:
 * - `test/generated/`: the operations under test/documents, for the tests' typed kit;
 * - `client/src/generated/`: `@imagegraph/client`, every example operation of GraphiQL
 *   (`src/graphiql-examples.ts`, marked `/* GraphQL *\/`), plus `persisted-documents.json`, the
 *   manifest `GATEWAY_PERSISTED_DOCUMENTS` takes as is ({sha256 hash: document}).
 * Both are committed; a test regenerates them in memory and fails when they drift.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'test/generated/': {
      documents: ['test/documents/**/*.graphql'],
      preset: 'client',
      config: { enumsAsTypes: true, emitLegacyCommonJSImports: false, useTypeImports: true, scalars },
      presetConfig: { fragmentMasking: false },
    },
    'client/src/generated/': {
      documents: ['src/graphiql-examples.ts'],
      preset: 'client',
      config: { enumsAsTypes: true, emitLegacyCommonJSImports: false, useTypeImports: true, scalars },
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    },
  },
};

export default config;
