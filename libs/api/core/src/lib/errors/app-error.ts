import { HttpStatus } from '@nestjs/common';
import type { ErrorCode } from './error-codes';

export interface FieldError {
  field: string;
  messages: string[];
}

/**
 * A failure the client can act on. Each module owns a closed set of codes (see error-codes.ts): the
 * constructor takes only a declared one. The global filter turns it into `{ code, message, details }`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: HttpStatus,
    readonly details?: unknown,
    /** Sent as the standard Retry-After header (429 rate limits, 423 locks). */
    readonly options: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(code: ErrorCode, message: string): AppError {
    return new AppError(code, message, HttpStatus.NOT_FOUND);
  }

  static conflict(code: ErrorCode, message: string, details?: unknown): AppError {
    return new AppError(code, message, HttpStatus.CONFLICT, details);
  }

  static forbidden(code: ErrorCode, message: string): AppError {
    return new AppError(code, message, HttpStatus.FORBIDDEN);
  }

  static badRequest(code: ErrorCode, message: string, details?: unknown): AppError {
    return new AppError(code, message, HttpStatus.BAD_REQUEST, details);
  }

  /** A single field is wrong: same shape as the ValidationPipe's errors, so clients show it next to the field. */
  static invalidField(field: string, message: string, code: ErrorCode = CommonErrorCode.ValidationFailed): AppError {
    const details: FieldError[] = [{ field, messages: [message] }];
    return new AppError(code, `${field}: ${message}`, HttpStatus.BAD_REQUEST, details);
  }
}

/** Codes shared by every module. */
export const CommonErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  AuthRequired: 'AUTH_REQUIRED',
  ForbiddenRole: 'FORBIDDEN_ROLE',
  NotFound: 'NOT_FOUND',
  RateLimited: 'RATE_LIMITED',
  // Contract A: a stale If-Match (the concurrency helpers answer it).
  VersionMismatch: 'VERSION_MISMATCH',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  Conflict: 'CONFLICT',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  BadRequest: 'BAD_REQUEST',
  DatabaseDown: 'DATABASE_DOWN',
  Internal: 'INTERNAL_ERROR',
} as const;
