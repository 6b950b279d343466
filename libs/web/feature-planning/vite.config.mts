/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../../node_modules/.vite/libs/web/feature-planning',
  plugins: [react(), nxViteTsPaths()],
  test: {
    name: 'web-feature-planning',
    watch: false,
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.{test,spec}.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    // jsdom is slow with the brief form's large selects under a loaded machine: generous, not a timed assertion.
    testTimeout: 20_000,
    reporters: ['default'],
    coverage: { reportsDirectory: '../../../coverage/libs/web/feature-planning', provider: 'v8' as const },
  },
}));
