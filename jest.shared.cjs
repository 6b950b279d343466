// One Jest configuration for every Node project: SWC transpiles (decorator metadata on),
// type checking is the `typecheck` target's job.
const path = require('path');

// ESM-only packages (masto's `change-case`, …) are transpiled to CommonJS like our own code;
// every other node_modules package is left as it is.
const ESM_DEPS = ['masto', 'change-case', 'file-type', 'strtok3', 'token-types', '@tokenizer', '@borewit', 'uint8array-extras'];
const TRANSFORM_IGNORE = [`/node_modules/(?!(${ESM_DEPS.join('|')})/)`];

function projectConfig(displayName, projectDir, options = {}) {
  const root = __dirname;
  return {
    displayName,
    rootDir: projectDir,
    testEnvironment: 'node',
    // file-type's exports have only `import` and `module-sync` for Node: the latter resolves under Jest
    // (never add 'import' here: Jest's own dependencies break).
    testEnvironmentOptions: { customExportConditions: ['node', 'node-addons', 'module-sync'] },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.integration-spec.ts', '<rootDir>/test/**/*.spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
    transform: {
      '^.+\\.m?[tj]s$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2022',
            keepClassNames: true,
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    transformIgnorePatterns: TRANSFORM_IGNORE,
    moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
    moduleNameMapper: require('./tools/jest-path-aliases.cjs')(root),
    // Projects that talk to PostgreSQL share one engine per run (TEST_DATABASE_URL, else embedded).
    ...(options.database
      ? {
          // The embedded engine is one PostgreSQL session shared by every socket connection, so a
          // schema's search_path is not per connection there: one test file at a time per process.
          ...(process.env.TEST_DATABASE_URL ? {} : { maxWorkers: 1 }),
          globalSetup: path.join(root, 'libs/api/testing/src/jest-global-setup.cjs'),
          globalTeardown: path.join(root, 'libs/api/testing/src/jest-global-teardown.cjs'),
        }
      : {}),
    testTimeout: 60000,
  };
}

module.exports = { projectConfig };
