import nx from '@nx/eslint-plugin';

/** Shared code runs in the browser and the API alike: no framework, database or decorator machinery. */
const SHARED_BANNED = ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', '@tanstack/*', 'class-validator', 'class-transformer', 'reflect-metadata'];
const WEB_BANNED = ['@nestjs/*', 'typeorm', 'pg'];
const API_BANNED = ['react', 'react-dom'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/vite.config.*.timestamp*', '**/node_modules', 'data/**', '.e2e-data/**', '.test-peers/**', '**/generated/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-console': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // Shared code is framework-free: no Nest, TypeORM or React.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: SHARED_BANNED },
            // The SPA never imports API libraries.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'], bannedExternalImports: WEB_BANNED },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'], bannedExternalImports: API_BANNED },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:domain', 'type:contract', 'type:http'] },
            // The SSRF-safe HTTP client depends on nothing of ours, and on no framework or database.
            { sourceTag: 'type:http', onlyDependOnLibsWithTags: [], bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg'] },
            // The adapter contract: plain types and the registry, framework- and database-free.
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg'] },
            // Adapters: the contract, the HTTP client and domain rules; never features or the database.
            {
              sourceTag: 'type:adapter',
              onlyDependOnLibsWithTags: ['type:platform', 'type:http', 'type:domain'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg'],
            },
            // Web features also use the SPA's ui and data-access libs (scope:api features cannot reach them: scope rule above).
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:core', 'type:domain', 'type:contract', 'type:platform', 'type:http', 'type:feature', 'type:ui', 'type:data-access'],
            },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:core', 'type:domain', 'type:feature', 'type:platform', 'type:http', 'type:contract'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract', 'type:domain'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', 'tools/**', 'bench/**', 'e2e/**', '**/*.cjs', '**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  // Tests and test helpers may also use the testing library; the banned packages stay banned there
  // (a shared rule's test importing Nest would hide that the rule needs it).
  {
    files: ['**/test/**/*.ts', '**/*.spec.ts', '**/*.integration-spec.ts', '**/src/testing/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: SHARED_BANNED },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'], bannedExternalImports: WEB_BANNED },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'], bannedExternalImports: API_BANNED },
          ],
        },
      ],
    },
  },
];
