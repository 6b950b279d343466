import { ExecutionContext, HttpStatus, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppError, CommonErrorCode } from '../errors/app-error';

/**
 * The throttlers (named in the ThrottlerModule's configuration), each with its own limit, so one kind of
 * traffic never spends another's: `auth` brakes credential guessing (login, invitation and password
 * links: LOGIN_RATE_LIMIT_PER_MINUTE); `external-review` serves external approvers opening their link,
 * its previews and media (EXTERNAL_REVIEW_RATE_LIMIT_PER_MINUTE); `calendar-feed` serves the calendar
 * clients polling a planning's secret .ics address (CALENDAR_FEED_RATE_LIMIT_PER_MINUTE).
 */
export const RateLimitBucket = {
  Auth: 'auth',
  ExternalReview: 'external-review',
  CalendarFeed: 'calendar-feed',
} as const;
export type RateLimitBucket = (typeof RateLimitBucket)[keyof typeof RateLimitBucket];

const RATE_LIMIT_BUCKET = 'parvis:rate-limit-bucket';

/** The throttler a route (or controller) guarded by RateLimitGuard counts in; `auth` without it. */
export const RateLimitedAs = (bucket: RateLimitBucket): MethodDecorator & ClassDecorator => SetMetadata(RATE_LIMIT_BUCKET, bucket);

/**
 * The throttler keyed on the real client (`req.ip`, which honours TRUST_PROXY only), never on a raw
 * X-Forwarded-For; a blocked request gets 429 RATE_LIMITED with the standard Retry-After header.
 * A route counts in its one bucket only (see RateLimitedAs), never in the others.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return (req as unknown as Request).ip ?? 'unknown';
  }

  protected override async handleRequest(requestProps: ThrottlerRequest): Promise<boolean> {
    const { context, throttler } = requestProps;
    const bucket = this.reflector.getAllAndOverride<RateLimitBucket | undefined>(RATE_LIMIT_BUCKET, [context.getHandler(), context.getClass()]) ?? RateLimitBucket.Auth;
    if (throttler.name !== bucket) return true;
    return super.handleRequest(requestProps);
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new AppError(CommonErrorCode.RateLimited, 'Too many attempts: wait before trying again', HttpStatus.TOO_MANY_REQUESTS, undefined, {
      retryAfterSeconds: Math.max(1, Math.ceil(detail.timeToBlockExpire)),
    });
  }
}
