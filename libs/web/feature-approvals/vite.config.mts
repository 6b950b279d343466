/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../../node_modules/.vite/libs/web/feature-approvals',
  plugins: [react(), nxViteTsPaths()],
  test: {
    name: 'web-feature-approvals',
    watch: false,
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.{test,spec}.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    // jsdom is slow with large selects (every IANA time zone): generous, not a timed assertion.
    testTimeout: 20_000,
    reporters: ['default'],
    coverage: { reportsDirectory: '../../../coverage/libs/web/feature-approvals', provider: 'v8' as const },
  },
}));
