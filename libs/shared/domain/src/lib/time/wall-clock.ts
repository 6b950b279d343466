import { TZDate } from '@date-fns/tz';

/** A local date and time as people read it on a wall clock in a given zone. */
export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function isLocalTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

/** The instant at which the wall clock of `zone` shows `local` (a time skipped by DST moves forward). */
export function wallClockToInstant(local: WallClock, zone: string): Date {
  const [year, month, day] = local.date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = local.time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, zone).getTime());
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building an Intl formatter costs far more than using it (calendars map hundreds of items). */
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC (ms) at an instant, read from Intl. */
function offsetAt(ms: number, zone: string): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return asUtc - (ms - (((ms % 60_000) + 60_000) % 60_000));
}

const DAY_MS = 86_400_000;
const dayOffsets = new Map<string, { start: number; end: number }>();

/**
 * Offsets are constant for a whole UTC day except on the rare days a zone changes its offset:
 * knowing the offset at both ends of the day answers for every instant of it, and only the
 * changeover days ask Intl for each instant. (Calendars convert hundreds of items per request.)
 */
function offsetFor(ms: number, zone: string): number {
  const day = Math.floor(ms / DAY_MS);
  const key = `${zone}|${day}`;
  let bounds = dayOffsets.get(key);
  if (!bounds) {
    if (dayOffsets.size > 50_000) dayOffsets.clear();
    bounds = { start: offsetAt(day * DAY_MS, zone), end: offsetAt((day + 1) * DAY_MS - 60_000, zone) };
    dayOffsets.set(key, bounds);
  }
  return bounds.start === bounds.end ? bounds.start : offsetAt(ms, zone);
}

export function instantToWallClock(instant: Date, zone: string): WallClock {
  const local = new Date(instant.getTime() + offsetFor(instant.getTime(), zone));
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/**
 * Moves an item to another day keeping its wall-clock time: a post planned at 09:00 stays at 09:00
 * when dragged across the change to summer time, although the instant shifts by 23 or 25 hours.
 * `intendedTime` is the time it was planned for, when known: an item planned at 02:30 on the night
 * the clocks skip from 02:00 to 03:00 happens at 03:30 that day, yet goes back to 02:30 on an
 * ordinary day (its instant alone would say 03:30).
 */
export function moveToDateKeepingWallClock(instant: Date, zone: string, newDate: string, intendedTime?: string | null): Date {
  return wallClockToInstant({ date: newDate, time: intendedWallClockTime(instant, zone, intendedTime) }, zone);
}

/**
 * The time an item is meant for: the stored intended time when it still leads to the item's instant
 * on its day (so a stale one, left by a change of the instant alone, is ignored), else the local time.
 */
export function intendedWallClockTime(instant: Date, zone: string, intendedTime?: string | null): string {
  const local = instantToWallClock(instant, zone);
  if (!intendedTime || intendedTime === local.time || !isLocalTime(intendedTime)) return local.time;
  return wallClockToInstant({ date: local.date, time: intendedTime }, zone).getTime() === instant.getTime() ? intendedTime : local.time;
}

/** The instants bounding the local days [fromDate, toDate] in `zone` (end exclusive, the next midnight). */
export function localDaysToRange(fromDate: string, toDate: string, zone: string): { from: Date; to: Date } {
  const from = wallClockToInstant({ date: fromDate, time: '00:00' }, zone);
  const [y, m, d] = toDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const nextDate = next.toISOString().slice(0, 10);
  return { from, to: wallClockToInstant({ date: nextDate, time: '00:00' }, zone) };
}
