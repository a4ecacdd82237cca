import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:container`: the deployment checks, kept out of `npm test` because each one installs
 * and builds the whole project (minutes, not seconds). `.ci/run` runs them once, on Node 24.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/container/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    pool: 'forks',
    // One at a time: both build the project, and the machine has two cores.
    fileParallelism: false,
    maxWorkers: 1,
  },
});
