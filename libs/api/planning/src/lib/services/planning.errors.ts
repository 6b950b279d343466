import { defineErrorCodes } from '@parvis/api/core';

/** The planning module's closed set of error codes. */
export const PlanningErrorCode = defineErrorCodes('planning', {
  AudienceNotFound: 'AUDIENCE_NOT_FOUND',
  ThemeNotFound: 'THEME_NOT_FOUND',
  CampaignNotFound: 'CAMPAIGN_NOT_FOUND',
  ChannelNotFound: 'CHANNEL_NOT_FOUND',
  BriefNotFound: 'BRIEF_NOT_FOUND',
  KeyDateNotFound: 'KEY_DATE_NOT_FOUND',
  CalendarFeedNotFound: 'CALENDAR_FEED_NOT_FOUND',
  NameTaken: 'PLANNING_NAME_TAKEN',
  ChannelExists: 'CHANNEL_ALREADY_EXISTS',
  InvalidTransition: 'BRIEF_INVALID_TRANSITION',
  /** A contributor changed a brief that is not theirs. */
  NotAssignee: 'BRIEF_NOT_ASSIGNEE',
  /** The assignee sent a change only editors may make (the status steps are theirs; the text too while it is their proposal). */
  AssigneeFieldNotAllowed: 'BRIEF_FIELD_NOT_ALLOWED_FOR_ASSIGNEE',
  /** The assignee asked for a status step that is not theirs to take. */
  AssigneeStatusNotAllowed: 'BRIEF_STATUS_NOT_ALLOWED_FOR_ASSIGNEE',
  /** A contributor's proposal is assigned to themself. */
  ProposalAssigneeNotSelf: 'BRIEF_PROPOSAL_ASSIGNEE_NOT_SELF',
  RangeTooLong: 'CALENDAR_RANGE_TOO_LONG',
  CsvInvalidRows: 'CSV_INVALID_ROWS',
});

export type PlanningErrorCode = (typeof PlanningErrorCode)[keyof typeof PlanningErrorCode];

declare module '@parvis/api/core' {
  interface ErrorCodeRegistry {
    planning: typeof PlanningErrorCode;
  }
}
