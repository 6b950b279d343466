import { instantToWallClock, wallClockToInstant } from '@parvis/shared/domain';

/** The digest goes out at this wall-clock time of the organisation's zone. */
export const DIGEST_LOCAL_TIME = '07:00';
const DAY_MS = 24 * 3600_000;

/**
 * The latest 07:00 of `zone` at or before `now`: a digest covers the notifications up to it. On a
 * day of 23 or 25 hours the interval between two cut-offs follows the wall clock, not 24 h.
 */
export function digestCutoff(now: Date, zone: string): Date {
  const today = instantToWallClock(now, zone).date;
  const cutoff = wallClockToInstant({ date: today, time: DIGEST_LOCAL_TIME }, zone);
  if (cutoff.getTime() <= now.getTime()) return cutoff;
  // Before 07:00: yesterday's. Noon a day earlier names yesterday's date whatever the offset change.
  const yesterday = instantToWallClock(new Date(wallClockToInstant({ date: today, time: '12:00' }, zone).getTime() - DAY_MS), zone).date;
  return wallClockToInstant({ date: yesterday, time: DIGEST_LOCAL_TIME }, zone);
}

/** The cut-off before `cutoff` (a digest never reaches further back than one day). */
export function previousDigestCutoff(cutoff: Date, zone: string): Date {
  return digestCutoff(new Date(cutoff.getTime() - 1), zone);
}
