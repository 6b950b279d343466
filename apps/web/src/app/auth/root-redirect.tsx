import { EmptyState, Page } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { lastOrg } from '../org/last-org';
import { useDocumentTitle, useMe } from '@parvis/web/shared';

/** `/` → first organisation, the operator space, or an explanation. */
export function RootRedirect() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('noOrg.title'));
  const last = lastOrg();
  const first = me.memberships.find((m) => m.organization.id === last) ?? me.memberships[0];
  if (first) return <Navigate to={`/orgs/${first.organization.id}`} replace />;
  if (me.user.isInstanceAdmin) return <Navigate to="/operator" replace />;
  return (
    <Page title={t('noOrg.title')}>
      <EmptyState title={t('noOrg.message')}>
        <p>{t('noOrg.help')}</p>
      </EmptyState>
    </Page>
  );
}
