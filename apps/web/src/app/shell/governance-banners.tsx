import { electionsQueryOptions, GOVERNANCE_REFRESH_MS, mayHoldPublications, publicationPauseQueryOptions, reserveLastDayToday } from '@parvis/web/data-access';
import { localeOf, useDateTimeFormat, useMe } from '@parvis/web/shared';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './governance-banners.css';

/**
 * On every page of an organisation: « Publications suspendues » while the pause is on (who, when, why,
 * a way to release it for those allowed) and « Réserve électorale en cours » during a réserve. Re-read
 * every minute and at once after a change made in this tab (the governance screens update the same cache).
 */
export function GovernanceBanners({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const membership = me.memberships.find((m) => m.organization.id === orgId);
  const timeZone = membership?.organization.timeZone ?? 'Europe/Paris';
  const mayRelease = mayHoldPublications(membership?.role);
  const pause = useQuery({ ...publicationPauseQueryOptions(orgId), refetchInterval: GOVERNANCE_REFRESH_MS });
  const elections = useQuery({ ...electionsQueryOptions(orgId), refetchInterval: GOVERNANCE_REFRESH_MS });
  const { dateTime } = useDateTimeFormat(timeZone);
  const pauseId = useId();
  const reserveId = useId();
  const end = elections.data ? reserveLastDayToday(elections.data, timeZone) : null;
  const longDate = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'long', timeZone: 'UTC' });
  const paused = pause.data?.paused ? pause.data : null;
  return (
    <div className="gov-banners" role="status">
      {paused && (
        <section className="gov-banner gov-banner--paused" aria-labelledby={pauseId}>
          <h2 id={pauseId} className="gov-banner__title">
            {t('banners.pausedTitle')}
          </h2>
          <p>
            {t('banners.pausedHelp')}{' '}
            {paused.changedByName && paused.changedAt && t('banners.pausedBy', { name: paused.changedByName, at: dateTime(paused.changedAt) })}
          </p>
          {paused.reason && <p>{t('banners.pausedReason', { reason: paused.reason })}</p>}
          {mayRelease && <Link to={`/orgs/${orgId}/settings/publication-pause`}>{t('banners.pausedRelease')}</Link>}
        </section>
      )}
      {end !== null && (
        <section className="gov-banner gov-banner--reserve" aria-labelledby={reserveId}>
          <h2 id={reserveId} className="gov-banner__title">
            {t('banners.reserveTitle')}
          </h2>
          <p>{t('banners.reserveText', { date: end ? longDate.format(new Date(`${end}T00:00:00Z`)) : '…' })}</p>
          <Link to={`/orgs/${orgId}/settings/elections`}>{t('banners.reserveLink')}</Link>
        </section>
      )}
    </div>
  );
}
