import { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, buildOpenApiDocument, configureApp, DatabaseTarget, mountApiDocs } from '@parvis/api/core';
import { AppModule } from './app.module';

/** Builds the configured application; used by main.ts, the CLI and the integration tests alike. */
export async function createApp(config: AppConfig, database: DatabaseTarget, logger: LoggerService | false): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
    bodyParser: false,
    logger,
  });
  app.setGlobalPrefix('api');
  configureApp(app, config);
  mountApiDocs(app, buildOpenApiDocument(app));
  return app;
}
