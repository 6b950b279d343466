import { createTestApp, TestApp } from '@parvis/api/testing';
import { AppModule } from '../src/app/app.module';

/** The whole application as main.ts composes it, on a schema of its own. */
export function createFullTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  return createTestApp([], { env, rootModule: (config, target) => AppModule.forRoot(config, target) });
}
