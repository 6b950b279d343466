/** Every kind of notification, closed: the SPA words each one in the reader's language. */
export enum NotificationKind {
  BriefAssigned = 'brief_assigned',
  BriefProposed = 'brief_proposed',
  /** A channel's credentials stopped working: its admins must connect it again. */
  ChannelReconnectRequired = 'channel_reconnect_required',
  /** Someone mentioned the reader in a post's comments. */
  PostMention = 'post_mention',
}

export const ALL_NOTIFICATION_KINDS = Object.values(NotificationKind);
