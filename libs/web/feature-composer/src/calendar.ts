// Small entry for the planning calendar (and a brief's page): posts beside briefs, without the
// composer's screens (`@parvis/web/feature-composer/calendar` does not pull the editor in).
export { POST_LIST_LIMIT, postsQueryOptions, postsInRangeQueryOptions, RANGE_MAX_PAGES, type PostRange } from './lib/data/post-queries';
export { postKeys } from './lib/data/post-keys';
export { postCalendarEvents, POST_EVENT_PREFIX, type PostCalendarEvent } from './lib/calendar/post-events';
export type { PostSummary } from './lib/data/post-types';
