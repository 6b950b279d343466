import { XRPCError } from '@atproto/api';
import { toFailure } from '../src/lib/bluesky-errors';

const now = new Date('2026-12-01T10:00:00Z');
const live = { expired: false };

describe('Bluesky error mapping', () => {
  it('429 with ratelimit-reset → rate_limited at the reset time', () => {
    const reset = String(now.getTime() / 1000 + 120);
    const error = new XRPCError(429, 'RateLimitExceeded', 'Rate Limit Exceeded', { 'ratelimit-reset': reset });
    expect(toFailure(error, live, [], now)).toEqual({ status: 'failed', kind: 'rate_limited', message: 'Rate Limit Exceeded', parts: [], retryAfter: new Date(now.getTime() + 120_000) });
    expect(toFailure(new XRPCError(429, 'RateLimitExceeded', 'slow down'), live, [], now).retryAfter).toEqual(new Date(now.getTime() + 60_000));
  });

  it('keeps the PDS words: 400 InvalidRequest → invalid_content, ExpiredToken → auth_expired, 5xx → transient', () => {
    expect(toFailure(new XRPCError(400, 'InvalidRequest', 'Record/text must not be longer than 300 graphemes'), live, [])).toMatchObject({
      kind: 'invalid_content',
      message: 'Record/text must not be longer than 300 graphemes',
    });
    expect(toFailure(new XRPCError(400, 'ExpiredToken', 'Token has expired'), live, [])).toMatchObject({ kind: 'auth_expired' });
    expect(toFailure(new XRPCError(401, 'AuthenticationRequired', 'Invalid identifier or password'), live, [])).toMatchObject({ kind: 'auth_expired' });
    expect(toFailure(new XRPCError(502, 'UpstreamFailure', 'upstream'), live, [])).toMatchObject({ kind: 'transient' });
    expect(toFailure(new XRPCError(400, 'InvalidRequest', 'x'), { expired: true }, [])).toMatchObject({ kind: 'reconnect_required' });
  });
});
