import { PostStatus } from '@parvis/shared/domain';
import { PublicationState } from '../entities';
import { canRetry, type RetryContext } from './publication-retry';

const failedPost: RetryContext = { postStatus: PostStatus.Failed, reconcilable: true, reconnectPending: false };
const failed = (lastErrorKind: string) => ({ state: PublicationState.Failed, lastErrorKind });

describe('canRetry: « réessayer » only where it is safe', () => {
  it('retries failures a new attempt may fix: transient, rate limited, a manual hand-over not done', () => {
    for (const kind of ['transient', 'rate_limited', 'declined']) expect(canRetry(failed(kind), failedPost)).toBe(true);
  });

  it('never retries content the network refused', () => {
    expect(canRetry(failed('invalid_content'), failedPost)).toBe(false);
  });

  it('retries lost credentials only once the channel is connected again', () => {
    for (const kind of ['auth_expired', 'reconnect_required']) {
      expect(canRetry(failed(kind), { ...failedPost, reconnectPending: true })).toBe(false);
      expect(canRetry(failed(kind), failedPost)).toBe(true);
    }
  });

  it('an unknown outcome goes again only through a reconciliation the adapter can make', () => {
    const unknown = { state: PublicationState.UnknownOutcome, lastErrorKind: 'unknown_outcome' };
    expect(canRetry(unknown, failedPost)).toBe(true);
    expect(canRetry(unknown, { ...failedPost, reconcilable: false })).toBe(false);
  });

  it('nothing in flight, done or waiting is retried, and nothing of a post that will not go out', () => {
    for (const state of [PublicationState.Pending, PublicationState.Publishing, PublicationState.Published, PublicationState.HandedOver]) {
      expect(canRetry({ state, lastErrorKind: 'transient' }, failedPost)).toBe(false);
    }
    for (const postStatus of [PostStatus.Cancelled, PostStatus.Withdrawn, PostStatus.UnknownOutcome, PostStatus.InReview]) {
      expect(canRetry(failed('transient'), { ...failedPost, postStatus })).toBe(false);
    }
    expect(canRetry(failed('transient'), { ...failedPost, postStatus: PostStatus.Publishing })).toBe(true);
  });
});
