import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the tests (and a client SDK for frontends) from the printed schema and the
 * operations under test/documents. `npm run codegen` regenerates test/generated/.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/documents/**/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'test/generated/': {
      preset: 'client',
      config: { enumsAsTypes: true, emitLegacyCommonJSImports: false, useTypeImports: true, scalars: { DateTime: 'string', JSON: 'unknown', Upload: 'File' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
