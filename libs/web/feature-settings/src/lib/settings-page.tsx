import { orgQueryOptions } from '@parvis/web/data-access';
import { LoadingState, Page, Section } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiErrorState, useCurrentOrg, useDocumentTitle } from '@parvis/web/shared';
import { OrgSettingsForm } from './org-settings-form';
import { ServicesSection } from './services-section';

export function SettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('settings.title'));
  const { orgId, isAdmin } = useCurrentOrg();
  const org = useQuery(orgQueryOptions(orgId));
  return (
    <Page title={t('settings.title')} description={isAdmin ? undefined : t('settings.readOnly')}>
      <Section title={t('settings.organization')}>
        {org.isPending && <LoadingState />}
        {org.isError && <ApiErrorState error={org.error} onRetry={() => void org.refetch()} />}
        {org.data &&
          (isAdmin ? (
            <OrgSettingsForm organization={org.data} />
          ) : (
            <dl className="pv-dl">
              <dt>{t('fields.name')}</dt>
              <dd>{org.data.name}</dd>
              <dt>{t('fields.timeZone')}</dt>
              <dd>{org.data.timeZone}</dd>
              <dt>{t('fields.locale')}</dt>
              <dd>{t(`locales.${org.data.locale}`, { defaultValue: org.data.locale })}</dd>
            </dl>
          ))}
      </Section>
      <Section title={t('settings.services')}>
        <ServicesSection orgId={orgId} canManage={isAdmin} />
      </Section>
    </Page>
  );
}
