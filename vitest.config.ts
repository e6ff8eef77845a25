import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Core and CLI tests run in Node (as the CLI does); UI tests in jsdom. End-to-end tests in real
// Chromium live in test/e2e and run through `npm run test:e2e`, not here.
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // CI also keeps a machine-readable result, summarised by .ci/run in one closing line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'test/ui/**'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['test/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['test/ui/setup.ts'],
        },
      },
    ],
  },
});
