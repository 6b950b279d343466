import { ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppError, CommonErrorCode } from '../errors/app-error';

/**
 * The throttler keyed on the real client (`req.ip`, which honours TRUST_PROXY only), never on a raw
 * X-Forwarded-For; a blocked request gets 429 RATE_LIMITED with the standard Retry-After header.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return (req as unknown as Request).ip ?? 'unknown';
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new AppError(CommonErrorCode.RateLimited, 'Too many attempts: wait before trying again', HttpStatus.TOO_MANY_REQUESTS, undefined, {
      retryAfterSeconds: Math.max(1, Math.ceil(detail.timeToBlockExpire)),
    });
  }
}
