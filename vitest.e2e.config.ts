import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (Debian's, driven by playwright-core) against the BUILT app, served by
// `vite preview` on a free loopback port (test/e2e/global-setup.ts). Run with `npm run test:e2e`, which
// builds first. One file at a time: the machine has two cores and each file drives its own browser.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    retry: 0,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
