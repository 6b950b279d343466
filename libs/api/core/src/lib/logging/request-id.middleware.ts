import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { runWithRequestContext } from './request-context';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const accessLogger = new Logger('HTTP');

/**
 * Gives every request an id (kept from `X-Request-Id` when sane), echoes it, and logs one access
 * line. The path logged is the route pattern (`/api/invitations/:token`), never the raw URL, so
 * single-use tokens never reach the logs.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const routePath = (req.route as { path?: string } | undefined)?.path;
    const path = routePath ? `${req.baseUrl}${routePath}` : req.path.startsWith('/api') ? '(unmatched api route)' : '(static)';
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    runWithRequestContext({ requestId }, () =>
      accessLogger.log(`${req.method} ${path} ${res.statusCode} ${ms.toFixed(1)}ms`),
    );
  });
  runWithRequestContext({ requestId, clientAddress: req.ip }, () => next());
}
