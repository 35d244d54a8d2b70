import { defineConfig } from 'vitest/config';

// e2e drives the production build (dist-e2e) in Debian's Chromium: one browser at a time,
// files in sequence, generous timeouts (a cold start of Chromium on 2 cores takes seconds).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
