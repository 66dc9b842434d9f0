import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests of the built extension: checks on the bundles, then real-Chromium tests: one browser at a time (2-core machines), generous timeouts for cold starts.
export default defineConfig({
  // The build tests read the adapter registry (the manifest's host list comes from it), which uses '@/'.
  resolve: { alias: { '@/': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
