import { PostAction, PostStatus } from '@parvis/shared/domain';
import { PublicationState as P } from '../entities';
import { followingAction, startLeavesBriefs, statusOnceStarted } from './post-following';

describe('the post follows its publications', () => {
  it.each([
    [PostStatus.Scheduled, [P.Pending, P.Pending], null],
    [PostStatus.Scheduled, [P.Publishing, P.Pending], PostAction.StartPublishing],
    [PostStatus.Publishing, [P.Published, P.Pending], null],
    [PostStatus.Publishing, [P.Published, P.Published], PostAction.RecordPublished],
    [PostStatus.Publishing, [P.Published, P.Failed], PostAction.RecordFailed],
    [PostStatus.Publishing, [P.UnknownOutcome, P.Published], PostAction.RecordUnknown],
    [PostStatus.Publishing, [P.UnknownOutcome, P.Failed], PostAction.RecordFailed],
    // One failed for good, another still on its way (a retry, a call, a person): the post keeps publishing.
    [PostStatus.Publishing, [P.Failed, P.Pending], null],
    [PostStatus.Publishing, [P.Publishing, P.Failed], null],
    [PostStatus.Publishing, [P.UnknownOutcome, P.HandedOver], null],
    [PostStatus.Approved, [P.Published], null],
    [PostStatus.Publishing, [], null],
  ])('%s with %j → %s', (status, states, action) => {
    expect(followingAction(status, states)).toBe(action);
  });
});

describe('a claim moves scheduled posts to publishing without reading them again', () => {
  it('to publishing, as the state machine says', () => {
    expect(statusOnceStarted()).toBe(PostStatus.Publishing);
  });

  it('because no brief tells a scheduled post from a publishing one', () => {
    expect(startLeavesBriefs()).toBe(true);
  });
});
