import type { Brief, KeyDay } from '@parvis/web/data-access';
import type { EventInput } from '@fullcalendar/core';
import type { PostSummary } from '@parvis/web/feature-composer/calendar';
import { DEFAULT_EVENT_COLOR, readableFill } from '../common/format';

export const KEY_DAY_PREFIX = 'key-day:';

/**
 * Briefs as FullCalendar events, positioned by their wall-clock time in the organisation's zone:
 * the calendar runs in 'UTC' with zone-less strings, so the browser's zone never shifts them.
 */
export function briefEvents(briefs: Brief[], editable: boolean): EventInput[] {
  return briefs.map((brief) => {
    const { background, text } = readableFill(brief.themeColor ?? DEFAULT_EVENT_COLOR);
    return {
      id: brief.id,
      title: brief.title,
      start: `${brief.plannedLocal.date}T${brief.plannedLocal.time}:00`,
      allDay: false,
      editable,
      backgroundColor: background,
      borderColor: background,
      textColor: text,
      extendedProps: { brief },
    };
  });
}

export function keyDayEvents(keyDays: KeyDay[]): EventInput[] {
  return keyDays.map((day, index) => ({
    id: `${KEY_DAY_PREFIX}${day.date}-${index}`,
    title: day.label,
    extendedProps: { keyDayKind: day.kind },
    start: day.date,
    allDay: true,
    display: 'background',
    editable: false,
    classNames: ['planning-key-day'],
  }));
}

/** Last day of a FullCalendar range (its end is exclusive), as YYYY-MM-DD. */
export function inclusiveEnd(end: Date): string {
  return new Date(end.getTime() - 86_400_000).toISOString().slice(0, 10);
}

/** The brief behind a FullCalendar event (key days have none). */
export function briefOf(props: Record<string, unknown>): Brief | undefined {
  const brief: unknown = props['brief'];
  return typeof brief === 'object' && brief !== null && 'id' in brief ? (brief as Brief) : undefined;
}

/** The post behind a FullCalendar event (`post:` ids, built by the composer's `postCalendarEvents`). */
export function postOf(props: Record<string, unknown>): PostSummary | undefined {
  const post: unknown = props['post'];
  return typeof post === 'object' && post !== null && 'status' in post && 'networks' in post ? (post as PostSummary) : undefined;
}
