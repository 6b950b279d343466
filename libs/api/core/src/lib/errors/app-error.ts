import { HttpStatus } from '@nestjs/common';

export interface FieldError {
  field: string;
  messages: string[];
}

/**
 * A failure the client can act on. Each module owns its codes (`IDENTITY_*`, `ORG_*`…); the global
 * filter turns them into `{ code, message, details }` with the status given here.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: HttpStatus,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(code: string, message: string): AppError {
    return new AppError(code, message, HttpStatus.NOT_FOUND);
  }

  static conflict(code: string, message: string, details?: unknown): AppError {
    return new AppError(code, message, HttpStatus.CONFLICT, details);
  }

  static forbidden(code: string, message: string): AppError {
    return new AppError(code, message, HttpStatus.FORBIDDEN);
  }

  static badRequest(code: string, message: string, details?: unknown): AppError {
    return new AppError(code, message, HttpStatus.BAD_REQUEST, details);
  }

  /** A single field is wrong: same shape as the ValidationPipe's errors, so clients show it next to the field. */
  static invalidField(field: string, message: string, code = 'VALIDATION_FAILED'): AppError {
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
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  Conflict: 'CONFLICT',
  Internal: 'INTERNAL_ERROR',
} as const;
