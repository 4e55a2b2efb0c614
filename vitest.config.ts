import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'contracts/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share a process's loaded modules: no file mocks a module or keeps state in one, and loading the app for every file cost more than the tests.
    isolate: false,
    // Vitest's default leaves a core free; the tests wait on nothing else, so use them all (two on CI).
    maxWorkers: availableParallelism(),
    globalSetup: ['server/src/testing/global-setup.ts'],
  },
});
