/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../../node_modules/.vite/libs/web/feature-external-review',
  plugins: [react(), nxViteTsPaths()],
  test: {
    name: 'web-feature-external-review',
    watch: false,
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.{test,spec}.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    // A budget for a loaded machine (8 people share 2 cores): generous, not a timed assertion.
    testTimeout: 20_000,
    reporters: ['default'],
    coverage: { reportsDirectory: '../../../coverage/libs/web/feature-external-review', provider: 'v8' as const },
  },
}));
