import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LOCAL_DATE_PATTERN } from '../common/format';

/** The calendar's views, as named in the URL (`?view=month&date=2026-12-01`) and by FullCalendar. */
export const CALENDAR_VIEWS = { month: 'dayGridMonth', week: 'timeGridWeek', list: 'listMonth' } as const;
export type CalendarView = keyof typeof CALENDAR_VIEWS;

/** Below this width (a phone) the month grid is unreadable: the list is the default. */
export const PHONE_QUERY = '(max-width: 639.98px)';

export function viewOfFullCalendar(type: string): CalendarView | undefined {
  return (Object.keys(CALENDAR_VIEWS) as CalendarView[]).find((view) => CALENDAR_VIEWS[view] === type);
}

export function isPhone(): boolean {
  return typeof globalThis.matchMedia === 'function' && globalThis.matchMedia(PHONE_QUERY).matches;
}

export function parseView(value: string | null): CalendarView | undefined {
  return value === 'month' || value === 'week' || value === 'list' ? value : undefined;
}

/**
 * The chosen view and period live in the URL, so a reload, a shared link or the back button keep them;
 * without them: the month grid (the list on a phone), around today.
 */
export function useCalendarView(): {
  initial: { view: CalendarView; date: string | undefined };
  remember: (view: CalendarView, date: string) => void;
} {
  const [params, setParams] = useSearchParams();
  // Read once: FullCalendar owns the view afterwards and reports changes through `remember`.
  const [initial] = useState(() => {
    const date = params.get('date');
    return {
      view: parseView(params.get('view')) ?? (isPhone() ? 'list' : 'month'),
      date: date && LOCAL_DATE_PATTERN.test(date) ? date : undefined,
    };
  });
  const remember = useCallback(
    (view: CalendarView, date: string) => {
      if (params.get('view') === view && params.get('date') === date) return;
      const next = new URLSearchParams(params);
      next.set('view', view);
      next.set('date', date);
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return { initial, remember };
}
