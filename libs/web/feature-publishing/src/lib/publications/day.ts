import { instantToWallClock, isLocalDate, localDaysToRange } from '@parvis/shared/domain';

/** Today's date (YYYY-MM-DD) on the organisation's wall clock. */
export function todayIn(timeZone: string, now = new Date()): string {
  return instantToWallClock(now, timeZone).date;
}

/** The day `days` after `date` (calendar arithmetic, no time zone involved). */
export function shiftDay(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The instants of a local day in the zone (23 or 25 hours on the days the clocks change). */
export function dayRange(date: string, timeZone: string): { from: string; to: string } {
  const { from, to } = localDaysToRange(date, date, timeZone);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The `?day=` of the address when it is a real date, else today. */
export function dayFromSearch(value: string | null, timeZone: string): string {
  return value && isLocalDate(value) ? value : todayIn(timeZone);
}
