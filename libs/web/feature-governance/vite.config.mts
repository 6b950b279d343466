/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../../node_modules/.vite/libs/web/feature-governance',
  plugins: [react(), nxViteTsPaths()],
  test: {
    name: 'web-feature-governance',
    watch: false,
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.{test,spec}.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    // The circuit editor's long form under jsdom on a loaded machine: generous, not a timed assertion.
    testTimeout: 60_000,
    reporters: ['default'],
    coverage: { reportsDirectory: '../../../coverage/libs/web/feature-governance', provider: 'v8' as const },
  },
}));
