import { BriefStatus } from '../planning/brief-status';
import { PostStatus } from './post-lifecycle';

/** Posts that are still being written. */
const WRITING: readonly PostStatus[] = [PostStatus.Draft, PostStatus.ChangesRequested];
/** Posts that no longer count for their brief. */
const DROPPED: readonly PostStatus[] = [PostStatus.Rejected, PostStatus.Withdrawn, PostStatus.Cancelled];

/**
 * A brief's status as its posts move: a post being written makes it `in_progress`, every live post
 * submitted or further makes it `draft_submitted`, every live post published makes it `done`; with
 * no live post it falls back to `assigned` (or `idea` when nobody is assigned). Done and cancelled
 * briefs stay as they are: an editor closed them.
 */
export function briefStatusFollowingPosts(current: BriefStatus, posts: readonly PostStatus[], assigned: boolean): BriefStatus {
  if (current === BriefStatus.Done || current === BriefStatus.Cancelled) return current;
  const live = posts.filter((status) => !DROPPED.includes(status));
  if (live.length === 0) {
    if (current === BriefStatus.InProgress || current === BriefStatus.DraftSubmitted) return assigned ? BriefStatus.Assigned : BriefStatus.Idea;
    return current;
  }
  if (live.some((status) => WRITING.includes(status))) return BriefStatus.InProgress;
  if (live.every((status) => status === PostStatus.Published)) return BriefStatus.Done;
  return BriefStatus.DraftSubmitted;
}
