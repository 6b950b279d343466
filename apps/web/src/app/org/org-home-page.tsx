import { orgQueryOptions } from '@parvis/web/data-access';
import { LoadingState, Page, Section } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorState, useCurrentOrg, useDateTimeFormat, useDocumentTitle } from '@parvis/web/shared';

export function OrgHomePage() {
  const { t } = useTranslation();
  const { orgId, membership } = useCurrentOrg();
  const org = useQuery(orgQueryOptions(orgId));
  const format = useDateTimeFormat(org.data?.timeZone ?? membership?.organization.timeZone);
  const name = org.data?.name ?? membership?.organization.name ?? '';
  useDocumentTitle(name || t('org.home'));

  if (org.isPending) return <LoadingState />;
  if (org.isError) return <ApiErrorState error={org.error} onRetry={() => void org.refetch()} />;
  const role = membership?.role;
  return (
    <Page title={org.data.name} description={t('org.lead')}>
      <dl className="pv-dl">
        <dt>{t('org.myRole')}</dt>
        <dd>{role ? t(`roles.${role}`) : '—'}</dd>
        <dt>{t('fields.timeZone')}</dt>
        <dd>{org.data.timeZone}</dd>
        <dt>{t('fields.locale')}</dt>
        <dd>{t(`locales.${org.data.locale}`, { defaultValue: org.data.locale })}</dd>
        <dt>{t('fields.createdAt')}</dt>
        <dd>{format.date(org.data.createdAt)}</dd>
      </dl>
      <Section title={t('org.shortcuts')}>
        <ul className="shortcut-list">
          <li>
            <Link to={`/orgs/${orgId}/members`}>{t('nav.members')}</Link>
          </li>
          <li>
            <Link to={`/orgs/${orgId}/settings`}>{t('org.settingsLink')}</Link>
          </li>
          <li>
            <Link to="/account">{t('shell.account')}</Link>
          </li>
        </ul>
      </Section>
    </Page>
  );
}
