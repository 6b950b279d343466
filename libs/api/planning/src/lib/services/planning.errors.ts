import { defineErrorCodes } from '@parvis/api/core';

/** The planning module's closed set of error codes. */
export const PlanningErrorCode = defineErrorCodes('planning', {
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
  KeyDateNotFound: 'KEY_DATE_NOT_FOUND',
  CalendarFeedNotFound: 'CALENDAR_FEED_NOT_FOUND',
  CsvInvalidRows: 'CSV_INVALID_ROWS',
});

export type PlanningErrorCode = (typeof PlanningErrorCode)[keyof typeof PlanningErrorCode];

declare module '@parvis/api/core' {
  interface ErrorCodeRegistry {
    planning: typeof PlanningErrorCode;
  }
}
