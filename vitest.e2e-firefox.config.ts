import { defineConfig } from 'vitest/config';

// The built Firefox add-on in real Firefox (Debian's firefox-esr), then addons-linter on the same
// build. One browser at a time: these run on 2-core machines beside the Chromium suite.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
