import { applyDecorators, CallHandler, createParamDecorator, ExecutionContext, HttpStatus, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import { AppError, CommonErrorCode } from '../errors/app-error';

const IF_MATCH = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/;

/** `"3"`, `W/"3"` or `3` → 3; absent → undefined; anything else is a 400 naming the header. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = IF_MATCH.exec(header);
  if (!match?.[1]) throw AppError.invalidField('If-Match', 'If-Match must be the ETag of the resource, e.g. "3"');
  return Number(match[1]);
}

export const etagOf = (version: number): string => `"${version}"`;

/** The version the client saw (`If-Match`), or undefined when it sent none. */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext): number | undefined => {
  const header = context.switchToHttp().getRequest<Request>().headers['if-match'];
  return parseIfMatch(Array.isArray(header) ? header[0] : header);
});

/**
 * 412 with the resource as it is now, so the client can show both versions. `current` is loaded
 * only when the versions differ.
 */
export async function assertVersion(expected: number | undefined, actual: number, current: () => Promise<unknown>): Promise<void> {
  if (expected === undefined || expected === actual) return;
  throw new AppError(CommonErrorCode.VersionMismatch, 'Someone else changed this item since you loaded it', HttpStatus.PRECONDITION_FAILED, {
    current: await current(),
  });
}

function hasVersion(body: unknown): body is { version: number } {
  return typeof body === 'object' && body !== null && typeof (body as { version?: unknown }).version === 'number';
}

/** Sets `ETag: "<version>"` on single-resource answers (a body with a numeric `version`). */
@Injectable()
export class VersionETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        if (hasVersion(body)) context.switchToHttp().getResponse<Response>().setHeader('ETag', etagOf(body.version));
        return body;
      }),
    );
  }
}

/** On a controller: ETag on its single-resource answers. */
export const VersionedResource = (): ClassDecorator => UseInterceptors(VersionETagInterceptor);

/** On a PATCH or DELETE route: documents the optional If-Match header and the 412. */
export const AcceptsIfMatch = (): MethodDecorator =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (version) the client last saw: "3". Stale → 412 VERSION_MISMATCH' }),
    ApiResponse({ status: 412, description: 'VERSION_MISMATCH: details.current is the resource as it is now' }),
  );
