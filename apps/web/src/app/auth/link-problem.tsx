import { isApiError } from '@parvis/web/data-access';
import { ErrorState, Page } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';

/** Expired, used or unknown one-time links get a plain explanation. */
export function LinkProblem({ title, error }: { title: string; error: unknown }) {
  const { t } = useTranslation();
  const code = isApiError(error) ? error.code : 'UNKNOWN';
  const known = ['INVITATION_EXPIRED', 'INVITATION_ALREADY_USED', 'NOT_FOUND'].includes(code) || code.endsWith('NOT_FOUND');
  const message = known
    ? t(`linkProblem.${code === 'INVITATION_EXPIRED' || code === 'INVITATION_ALREADY_USED' ? code : 'NOT_FOUND'}`)
    : isApiError(error)
      ? error.message
      : t('errors.unexpected');
  return (
    <Page title={title}>
      <ErrorState title={t('linkProblem.title')} error={{ message, code }} />
    </Page>
  );
}
