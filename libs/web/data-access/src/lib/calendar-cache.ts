import type { QueryClient } from '@tanstack/react-query';
import type { Brief, CalendarPage } from './contract/types';

/**
 * Optimistic move of a brief to another local day (same wall-clock time), as the API does for
 * a PATCH with only `plannedDate`. Returns the same object when the brief is not in the page.
 */
export function moveBriefInCalendar(page: CalendarPage, briefId: string, plannedDate: string): CalendarPage {
  if (!page.items.some((brief) => brief.id === briefId)) return page;
  return {
    ...page,
    items: page.items.map((brief) =>
      brief.id === briefId ? { ...brief, plannedLocal: { ...brief.plannedLocal, date: plannedDate } } : brief,
    ),
  };
}

/** Snapshot of cached calendar pages, to put back when the server refuses a move. */
export type CalendarSnapshot = ReadonlyArray<readonly [readonly unknown[], CalendarPage | undefined]>;

/** Applies the move to every cached calendar page and returns what they were before. */
export function applyOptimisticMove(
  cache: QueryClient,
  calendarsKey: readonly unknown[],
  briefId: string,
  plannedDate: string,
): CalendarSnapshot {
  const snapshot = cache.getQueriesData<CalendarPage>({ queryKey: calendarsKey });
  for (const [key, page] of snapshot) {
    if (page) cache.setQueryData<CalendarPage>(key, moveBriefInCalendar(page, briefId, plannedDate));
  }
  return snapshot;
}

export function rollbackMove(cache: QueryClient, snapshot: CalendarSnapshot): void {
  for (const [key, page] of snapshot) cache.setQueryData<CalendarPage>(key, page);
}

/** Puts the server's copy of a brief in every cached calendar page that shows it. */
export function replaceBriefInCalendars(cache: QueryClient, calendarsKey: readonly unknown[], saved: Brief): void {
  cache.setQueriesData<CalendarPage>({ queryKey: calendarsKey }, (page) =>
    page?.items.some((brief) => brief.id === saved.id)
      ? { ...page, items: page.items.map((brief) => (brief.id === saved.id ? saved : brief)) }
      : page,
  );
}
