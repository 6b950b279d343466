/** A post's state (PRODUCT.md, the post lifecycle). */
export enum PostStatus {
  Draft = 'draft',
  InReview = 'in_review',
  ChangesRequested = 'changes_requested',
  Approved = 'approved',
  Scheduled = 'scheduled',
  Publishing = 'publishing',
  Published = 'published',
  Rejected = 'rejected',
  Withdrawn = 'withdrawn',
  Failed = 'failed',
  UnknownOutcome = 'unknown_outcome',
  Cancelled = 'cancelled',
  Missed = 'missed',
}

export const ALL_POST_STATUSES: readonly PostStatus[] = Object.values(PostStatus);

export enum PostAction {
  Submit = 'submit',
  Approve = 'approve',
  RequestChanges = 'request_changes',
  Reject = 'reject',
  Withdraw = 'withdraw',
  Edit = 'edit',
  Schedule = 'schedule',
  Unschedule = 'unschedule',
  PublishNow = 'publish_now',
  PublishNowUrgent = 'publish_now_urgent',
  StartPublishing = 'start_publishing',
  RecordPublished = 'record_published',
  RecordFailed = 'record_failed',
  RecordUnknown = 'record_unknown',
  Reconcile = 'reconcile',
  Retry = 'retry',
  Cancel = 'cancel',
  MarkMissed = 'mark_missed',
}

export const ALL_POST_ACTIONS: readonly PostAction[] = Object.values(PostAction);

/** No action leads out of these. */
export const FINAL_POST_STATUSES: readonly PostStatus[] = [PostStatus.Published, PostStatus.Rejected, PostStatus.Cancelled];

export function isPostStatus(value: unknown): value is PostStatus {
  return typeof value === 'string' && (ALL_POST_STATUSES as readonly string[]).includes(value);
}

export function isPostAction(value: unknown): value is PostAction {
  return typeof value === 'string' && (ALL_POST_ACTIONS as readonly string[]).includes(value);
}
