/** Every kind of notification, closed: the SPA words each one in the reader's language. */
export enum NotificationKind {
  BriefAssigned = 'brief_assigned',
  BriefProposed = 'brief_proposed',
  /** A channel's credentials stopped working: its admins must connect it again. */
  ChannelReconnectRequired = 'channel_reconnect_required',
  /** Someone mentioned the reader in a post's comments. */
  PostMention = 'post_mention',
  /** A post waits for the reader's decision at its current approval step. */
  PostReviewRequested = 'post_review_requested',
  /** A post was not approved by its planned time: it does not go out (author and editors are told). */
  PostMissed = 'post_missed',
  /** The reader's post was approved, sent back for changes or rejected. */
  PostDecided = 'post_decided',
}

export const ALL_NOTIFICATION_KINDS = Object.values(NotificationKind);
