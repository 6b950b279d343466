import { operatorOrganizationsQueryOptions } from '@parvis/web/data-access';
import { EmptyState, ErrorState, LoadingState, Page, Section, TableScroll } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateTimeFormat, useDocumentTitle, useMe } from '@parvis/web/shared';
import { CreateOrganizationForm } from './create-organization-form';

export function OperatorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('operator.title'));
  const me = useMe();
  if (!me.user.isInstanceAdmin) {
    return (
      <Page title={t('operator.title')}>
        <EmptyState title={t('operator.forbidden')} />
      </Page>
    );
  }
  return (
    <Page title={t('operator.title')} description={t('operator.lead')}>
      <Section title={t('operator.listTitle')}>
        <OrganizationList />
      </Section>
      <Section title={t('operator.createTitle')}>
        <CreateOrganizationForm />
      </Section>
    </Page>
  );
}

function OrganizationList() {
  const { t } = useTranslation();
  const me = useMe();
  const organizations = useQuery(operatorOrganizationsQueryOptions());
  const format = useDateTimeFormat(undefined);
  if (organizations.isPending) return <LoadingState />;
  if (organizations.isError) {
    return <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} />;
  }
  const items = organizations.data.items;
  if (items.length === 0) return <EmptyState title={t('operator.empty')} />;
  const memberOf = new Set(me.memberships.map((m) => m.organization.id));
  return (
    <TableScroll label={t('operator.listTitle')}>
      <table className="pv-table">
        <caption className="pv-sr-only">{t('operator.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.slug')}</th>
            <th scope="col">{t('fields.timeZone')}</th>
            <th scope="col">{t('operator.memberCount')}</th>
            <th scope="col">{t('fields.createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((org) => (
            <tr key={org.id}>
              <th scope="row">{memberOf.has(org.id) ? <Link to={`/orgs/${org.id}`}>{org.name}</Link> : org.name}</th>
              <td>{org.slug}</td>
              <td>{org.timeZone}</td>
              <td>{org.memberCount}</td>
              <td>{format.date(org.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
