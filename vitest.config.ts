import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // The browser tests serve web/dist: build it once per run (a no-op when it is fresh).
    globalSetup: ['test/browser/global-setup.ts'],
  },
});
