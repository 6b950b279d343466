import { isApiError } from '@parvis/web/data-access';
import { useErrorMessage } from '@parvis/web/shared';
import { ErrorState, Page } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';

/** Expired, used or unknown one-time links get a plain explanation. */
export function LinkProblem({ title, error }: { title: string; error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const code = isApiError(error) ? error.code : 'UNKNOWN';
  const kind = code.endsWith('_EXPIRED')
    ? 'EXPIRED'
    : code.endsWith('_ALREADY_USED')
      ? 'ALREADY_USED'
      : code.endsWith('NOT_FOUND')
        ? 'NOT_FOUND'
        : null;
  const message = kind ? t(`linkProblem.${kind}`) : errorMessage(error);
  return (
    <Page title={title}>
      <ErrorState title={t('linkProblem.title')} error={{ message, code }} />
    </Page>
  );
}
