/** The planning module's closed set of error codes. */
export const PlanningErrorCode = {
  AudienceNotFound: 'AUDIENCE_NOT_FOUND',
  ThemeNotFound: 'THEME_NOT_FOUND',
  CampaignNotFound: 'CAMPAIGN_NOT_FOUND',
  ChannelNotFound: 'CHANNEL_NOT_FOUND',
  BriefNotFound: 'BRIEF_NOT_FOUND',
  NameTaken: 'PLANNING_NAME_TAKEN',
  ChannelExists: 'CHANNEL_ALREADY_EXISTS',
  InvalidTransition: 'BRIEF_INVALID_TRANSITION',
  NotAssignee: 'BRIEF_NOT_ASSIGNEE',
  RangeTooLong: 'CALENDAR_RANGE_TOO_LONG',
} as const;
