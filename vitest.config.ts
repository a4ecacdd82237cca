import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql module for everything: Pothos and Yoga, loaded by Node from node_modules, get the CJS
  // build; without this alias Vite gives our sources the ESM one, and graphql rejects the mix.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    // test/container: `npm run test:container` (installs and builds the project; minutes).
    exclude: ['test/bench/**', 'test/container/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: the real-engine suites start daemons; keep concurrency modest.
    maxWorkers: 2,
    // `npm run coverage`: what the suite exercises of src/ (the README gives the figures).
    coverage: { provider: 'v8', include: ['src/**'], reporter: ['text-summary', 'json-summary'], reportsDirectory: 'coverage' },
  },
});
