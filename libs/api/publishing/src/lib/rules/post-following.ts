import { BriefStatus, briefStatusFollowingPosts, decidePostTransition, PostAction, PostStatus } from '@parvis/shared/domain';
import { PublicationState } from '../entities/publication.entity';

/** Publications still on their way: waiting for a (next) attempt, calling, or with a person. */
const GOING_OUT: readonly PublicationState[] = [PublicationState.Pending, PublicationState.Publishing, PublicationState.HandedOver];

/**
 * The system action the post's publications call for now, if any (each variant keeps its own state).
 * A publishing post settles (failed, unknown, published) only once none is still going out: a post
 * that is no longer publishing sends nothing, so settling earlier would strand the other channels'
 * retries. The failure itself is told at once, per publication (PublicationEvents).
 */
export function followingAction(status: PostStatus, states: PublicationState[]): PostAction | null {
  if (states.length === 0) return null;
  if (status === PostStatus.Scheduled) return states.some((state) => state !== PublicationState.Pending) ? PostAction.StartPublishing : null;
  if (status !== PostStatus.Publishing) return null;
  if (states.some((state) => GOING_OUT.includes(state))) return null;
  if (states.includes(PublicationState.Failed)) return PostAction.RecordFailed;
  if (states.includes(PublicationState.UnknownOutcome)) return PostAction.RecordUnknown;
  return states.every((state) => state === PublicationState.Published) ? PostAction.RecordPublished : null;
}

/** A scheduled post as the state machine sees it for a system move (its content is its approved content). */
const SYSTEM_MOVE_OF_SCHEDULED = { status: PostStatus.Scheduled, reviewStep: null, stepCount: 1, authorId: '', contentHash: '', approvedContentHash: '' };

/** Whether a post starting to publish leaves its brief where it is, whatever the brief's status (what the claim relies on). */
export function startLeavesBriefs(): boolean {
  return Object.values(BriefStatus).every((brief) => [true, false].every((assigned) => briefStatusFollowingPosts(brief, [PostStatus.Scheduled], assigned) === briefStatusFollowingPosts(brief, [statusOnceStarted()], assigned)));
}

/**
 * What a scheduled post becomes once one of its publications starts: the state machine's system move,
 * which the claim makes in its own statement (the post locked, not read again, no brief moved).
 */
export function statusOnceStarted(): PostStatus {
  const action = followingAction(PostStatus.Scheduled, [PublicationState.Publishing]);
  const result = action ? decidePostTransition(SYSTEM_MOVE_OF_SCHEDULED, { kind: 'system' }, { action }) : null;
  if (!result?.ok) throw new Error('a scheduled post cannot start publishing (state machine)');
  return result.status;
}
