import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The extension API is mocked in one place: src/platform/browser is the only module that touches it.
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 20_000,
  },
  resolve: { alias: { 'webextension-polyfill': fileURLToPath(new URL('./test/unit/fake-browser.ts', import.meta.url)) } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
