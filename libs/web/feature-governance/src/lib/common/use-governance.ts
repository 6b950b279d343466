import { ALL_ROLES, can, instantToWallClock, type OrgAction } from '@parvis/shared/domain';
import { localeOf, useCurrentOrg } from '@parvis/web/shared';
import { useTranslation } from 'react-i18next';

export interface GovernanceContext {
  orgId: string;
  membershipId: string;
  timeZone: string;
  /** The shared permission matrix for the signed-in member (false for an unknown role). */
  may: (action: OrgAction) => boolean;
}

/** The organisation of the route and the signed-in member's rights in it. */
export function useGovernance(): GovernanceContext {
  const { orgId, membership } = useCurrentOrg();
  const role = ALL_ROLES.find((known) => known === membership?.role);
  return {
    orgId,
    membershipId: membership?.membershipId ?? '',
    timeZone: membership?.organization.timeZone ?? 'Europe/Paris',
    may: (action) => role !== undefined && can(role, action),
  };
}

/** Today's date (YYYY-MM-DD) on the organisation's wall clock. */
export function todayIn(timeZone: string): string {
  return instantToWallClock(new Date(), timeZone).date;
}

/**
 * Formats a local date (YYYY-MM-DD, already a day of the organisation's calendar) in the UI language:
 * read as midnight UTC and printed in UTC, so no zone can move it to the day before.
 */
export function useLocalDateFormat(): (date: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'long', timeZone: 'UTC' });
  return (date) => format.format(new Date(`${date}T00:00:00Z`));
}
