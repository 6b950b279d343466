import { EmptyState, Page } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { rememberLastOrg } from './last-org';
import { useCurrentOrg, useDocumentTitle } from '@parvis/web/shared';

/** Organisation routes render only for members; anyone else gets a plain "not found". */
export function OrgScope() {
  const { membership, orgId } = useCurrentOrg();
  useEffect(() => {
    if (membership) rememberLastOrg(orgId);
  }, [membership, orgId]);
  if (!membership) return <OrgNotFound />;
  return <Outlet />;
}

function OrgNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('org.notFound'));
  return (
    <Page title={t('org.notFound')}>
      <EmptyState title={t('org.notFoundHelp')} action={<Link to="/">{t('notFound.home')}</Link>} />
    </Page>
  );
}
