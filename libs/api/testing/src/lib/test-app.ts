import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  AppConfig,
  ConfigModule,
  configureApp,
  DatabaseModule,
  DatabaseTarget,
  HealthController,
  loadConfig,
} from '@parvis/api/core';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  database: TestDatabase;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://parvis.test',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    EXTERNAL_REVIEW_RATE_LIMIT_PER_MINUTE: '100000',
    CALENDAR_FEED_RATE_LIMIT_PER_MINUTE: '100000',
    // Files the tests write (media uploads) go to the temporary folder, never into the repository.
    DATA_DIR: join(tmpdir(), 'parvis-test-data'),
    ...overrides,
  });
}


/**
 * The real application (real modules, real PostgreSQL in a schema of its own), built the way
 * main.ts builds it, without listening: drive it with supertest through `app.getHttpServer()`.
 */
export async function createTestApp(
  features: (Type<unknown> | DynamicModule)[],
  options: { env?: Record<string, string>; rootModule?: (config: AppConfig, target: DatabaseTarget) => DynamicModule } = {},
): Promise<TestApp> {
  const config = testConfig(options.env);
  const database = createTestDatabase();
  const root: DynamicModule = options.rootModule
    ? options.rootModule(config, database.target)
    : {
        module: class TestRootModule {},
        imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(database.target), ...features],
        controllers: [HealthController],
      };
  const app = await NestFactory.create<NestExpressApplication>(root, { bodyParser: false, logger: ['error', 'warn'], abortOnError: false });
  app.setGlobalPrefix('api');
  configureApp(app, config);
  await app.init();
  return {
    app,
    config,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
