import { EmptyState, Page } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@parvis/web/shared';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Page title={t('notFound.title')}>
      <EmptyState title={t('notFound.message')} action={<Link to="/">{t('notFound.home')}</Link>} />
    </Page>
  );
}
