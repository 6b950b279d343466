import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';
import { HttpErrorFilter } from '../errors/http-error.filter';
import { createValidationPipe } from '../errors/validation';
import { EdgeInputPipe } from './edge-input.pipe';
import { addErrorModel } from './error-body.dto';
import { requestIdMiddleware } from '../logging/request-id.middleware';
import { SESSION_COOKIE } from '../auth/auth.types';

export function buildOpenApiDocument(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Parvis API')
    .setDescription('Editorial planning and multi-network publishing for public institutions.')
    .setVersion('0.1.0')
    .addCookieAuth(SESSION_COOKIE)
    .addSecurityRequirements('cookie')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  return addErrorModel(document);
}

function serveSpa(app: NestExpressApplication, webDistDir: string): void {
  const root = resolve(webDistDir);
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) return;
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  // Client-side routes: every non-API GET gets the SPA.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

/** Everything at the HTTP edge, shared by main.ts, the e2e harness and the integration tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names: req.ip is then the real client.
  app.set('trust proxy', config.trustProxy ?? false);
  app.use(requestIdMiddleware);
  // Over plain http (a local or test instance), HSTS and upgrade-insecure-requests would break the site.
  const https = config.publicUrl.startsWith('https://');
  app.use(
    helmet({
      strictTransportSecurity: https,
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'], 'upgrade-insecure-requests': https ? [] : null },
      },
    }),
  );
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalFilters(new HttpErrorFilter());
  // The edge rules first: a hostile body must not reach class-transformer's recursion.
  app.useGlobalPipes(new EdgeInputPipe(), createValidationPipe());
  if (config.webDistDir) serveSpa(app, config.webDistDir);
}

export function mountApiDocs(app: NestExpressApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}
