import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, CommonErrorCode } from './app-error';
import type { ErrorCode } from './error-codes';
import { describeQueryError } from '../logging/database-logger';

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: CommonErrorCode.ValidationFailed,
  401: CommonErrorCode.AuthRequired,
  403: CommonErrorCode.ForbiddenRole,
  404: CommonErrorCode.NotFound,
  409: CommonErrorCode.Conflict,
  413: CommonErrorCode.PayloadTooLarge,
  415: CommonErrorCode.UnsupportedMediaType,
  429: CommonErrorCode.RateLimited,
};

interface DriverError {
  code?: unknown;
  driverError?: { code?: unknown };
}

/** A status no module named: still a declared code (the published list is closed). */
function codeForStatus(status: number): ErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? CommonErrorCode.Internal : CommonErrorCode.BadRequest);
}

/** PostgreSQL errors that reveal bad input slipping past validation: never a 500 for those. */
function fromDatabaseError(error: unknown): ErrorBody & { status: number } | null {
  const candidate = error as DriverError;
  const code = typeof candidate?.driverError?.code === 'string' ? candidate.driverError.code : candidate?.code;
  switch (code) {
    case '22P02':
    case '22007':
    case '22008':
      return { status: 400, code: CommonErrorCode.ValidationFailed, message: 'Invalid value in the request' };
    case '22021': // a NUL character (the edge pipe refuses it first; this is the backstop)
      return { status: 400, code: CommonErrorCode.ValidationFailed, message: 'A text in the request contains an invalid character' };
    case '22001':
      return { status: 400, code: CommonErrorCode.ValidationFailed, message: 'A value in the request is too long' };
    case '23505':
      return { status: 409, code: CommonErrorCode.Conflict, message: 'This resource already exists' };
    default:
      return null;
  }
}

@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toBody(exception);
    if (status >= 500) this.logger.error(this.describe(exception));
    if (response.headersSent) return;
    const retryAfter = exception instanceof AppError ? exception.options.retryAfterSeconds : undefined;
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    // A handler may have set another type (CSV, iCalendar) before failing: errors are always JSON.
    response.status(status).type('application/json').json(body);
  }

  private toBody(exception: unknown): { status: number; body: ErrorBody } {
    if (exception instanceof AppError) {
      return { status: exception.status, body: { code: exception.code, message: exception.message, details: exception.details } };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const message = typeof raw === 'string' ? raw : this.messageOf(raw) ?? exception.message;
      return { status, body: { code: codeForStatus(status), message } };
    }
    const database = fromDatabaseError(exception);
    if (database) {
      const { status, ...body } = database;
      return { status, body };
    }
    // express's body parser: malformed JSON, too-large payloads.
    const parserStatus = (exception as { status?: unknown; type?: unknown })?.status;
    if (typeof parserStatus === 'number' && parserStatus >= 400 && parserStatus < 500) {
      const message = parserStatus === 413 ? 'The request body is too large' : 'The request body is not valid JSON';
      return { status: parserStatus, body: { code: codeForStatus(parserStatus), message } };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { code: CommonErrorCode.Internal, message: 'An unexpected error occurred; it has been logged.' },
    };
  }

  /** A database error is described without its parameters or quoted values (they may be secrets). */
  private describe(exception: unknown): string {
    if (!(exception instanceof Error)) return String(exception);
    const query = (exception as { query?: unknown }).query;
    if (typeof query !== 'string') return exception.stack ?? exception.message;
    const frames = (exception.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
    return [describeQueryError(exception, query), ...frames].join('\n');
  }

  private messageOf(raw: object): string | undefined {
    const message = (raw as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
    return undefined;
  }
}
