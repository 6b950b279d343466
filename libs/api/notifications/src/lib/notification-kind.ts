/** Every kind of notification, closed: the SPA words each one in the reader's language. */
export enum NotificationKind {
  BriefAssigned = 'brief_assigned',
  BriefProposed = 'brief_proposed',
  /** Someone mentioned the reader in a post's comments. */
  PostMention = 'post_mention',
}

export const ALL_NOTIFICATION_KINDS = Object.values(NotificationKind);
