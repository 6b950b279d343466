import { frenchPublicHolidays } from './french-holidays';
import type { WallClock } from '../time/wall-clock';

/** Why a planned date deserves a second look (the move is allowed; the planner is told). */
export type ScheduleWarning =
  | { kind: 'past' }
  | { kind: 'public_holiday'; label: string }
  | { kind: 'outside_campaign'; startsOn: string | null; endsOn: string | null };

export interface ScheduleCheck {
  /** Where the brief would be published, in the organisation's zone. */
  planned: WallClock;
  /** Now, in the same zone. */
  now: WallClock;
  /** The brief's campaign, if any (its dates are inclusive local days; either may be open). */
  campaign?: { startsOn: string | null; endsOn: string | null } | null;
}

/**
 * The warnings of a planned date: in the past, on a French public holiday, or outside the dates of
 * the brief's campaign. Local dates and times compare as strings (YYYY-MM-DD, HH:mm).
 */
export function scheduleWarnings({ planned, now, campaign }: ScheduleCheck): ScheduleWarning[] {
  const warnings: ScheduleWarning[] = [];
  const plannedKey = `${planned.date}T${planned.time}`;
  if (plannedKey < `${now.date}T${now.time}`) warnings.push({ kind: 'past' });
  const holiday = frenchPublicHolidays(Number(planned.date.slice(0, 4))).find((day) => day.date === planned.date);
  if (holiday) warnings.push({ kind: 'public_holiday', label: holiday.label });
  if (campaign) {
    const { startsOn, endsOn } = campaign;
    if ((startsOn && planned.date < startsOn) || (endsOn && planned.date > endsOn)) {
      warnings.push({ kind: 'outside_campaign', startsOn, endsOn });
    }
  }
  return warnings;
}
