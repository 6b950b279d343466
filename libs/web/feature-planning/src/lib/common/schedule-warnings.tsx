import { scheduleWarnings, type ScheduleWarning } from '@parvis/shared/domain';
import type { Campaign } from '@parvis/web/data-access';
import { Alert } from '@parvis/web/ui';
import { nowInZone, useLocalDateFormat } from './format';
import { usePlanning, usePlanningT } from './use-planning';

/** The shared scheduling rules, told in words: past, public holiday, outside the campaign. */
export function useScheduleWarnings(): (planned: { date: string; time: string }, campaign: Campaign | undefined) => string[] {
  const { t } = usePlanningT();
  const { timeZone } = usePlanning();
  const format = useLocalDateFormat();
  const text = (warning: ScheduleWarning, campaign: Campaign | undefined): string => {
    switch (warning.kind) {
      case 'past':
        return t('warnings.past');
      case 'public_holiday':
        return t('warnings.publicHoliday', { label: warning.label });
      case 'outside_campaign':
        return t('warnings.outsideCampaign', {
          name: campaign?.name ?? '',
          period: campaignPeriod(warning, format.longDate, t),
        });
    }
  };
  return (planned, campaign) => {
    if (!planned.date || !planned.time) return [];
    const check = { planned, now: nowInZone(timeZone), campaign: campaign ? { startsOn: campaign.startsOn ?? null, endsOn: campaign.endsOn ?? null } : null };
    return scheduleWarnings(check).map((warning) => text(warning, campaign));
  };
}

function campaignPeriod(
  { startsOn, endsOn }: { startsOn: string | null; endsOn: string | null },
  date: (local: string) => string,
  t: ReturnType<typeof usePlanningT>['t'],
): string {
  if (startsOn && endsOn) return t('warnings.periodBetween', { from: date(startsOn), to: date(endsOn) });
  if (startsOn) return t('warnings.periodFrom', { from: date(startsOn) });
  return t('warnings.periodUntil', { to: date(endsOn ?? '') });
}

export function ScheduleWarnings({ warnings, title }: { warnings: string[]; title?: string }) {
  if (warnings.length === 0) return null;
  return (
    <Alert tone="warning" title={title}>
      <ul className="planning-warnings">
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </Alert>
  );
}
