import type { QueryClient } from '@tanstack/react-query';
import type { CalendarPage } from './contract/types';

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
