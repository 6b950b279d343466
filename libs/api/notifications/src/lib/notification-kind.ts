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
  /** A post still waits for the reader's decision and its step deadline or planned time is near. */
  PostReviewReminder = 'post_review_reminder',
  /** The reader's post went out (every channel) or an external approver decided on it. */
  PostPublished = 'post_published',
  /** An external approver (élu, cabinet) decided through their link. */
  ExternalReviewDecided = 'external_review_decided',
  /** A manual channel's publication is due: the assignee copies the final text and media, then reports back. */
  PublicationHandedOver = 'publication_handed_over',
  /** A publication stopped with the platform's words (content refused, outcome unknown): a person acts. */
  PublicationFailed = 'publication_failed',
}

export const ALL_NOTIFICATION_KINDS = Object.values(NotificationKind);
