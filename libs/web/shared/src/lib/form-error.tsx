import { isApiError } from '@parvis/web/data-access';
import { Alert, EmptyState, ErrorState, Page } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isKnownErrorCode } from './i18n/error-messages';

/** Our sentence for an error, in the UI language; never the server's own text. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (isApiError(error) && isKnownErrorCode(error.code)) return t(`errors.codes.${error.code}`);
    return t('errors.unexpected');
  };
}

/** The technical code, folded away, for whoever helps the user (support). */
export function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error)) return null;
  return (
    <details className="pv-disclosure pv-error-details">
      <summary>{t('errors.details')}</summary>
      <p className="pv-code">
        {t('errors.code', { code: error.code })}
        {error.status > 0 && ` · HTTP ${error.status}`}
      </p>
    </details>
  );
}

/** Form-level error (not attached to a field). Renders nothing without error. */
export function FormError({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert tone="error" title={title ?? t('errors.formTitle')}>
      <p>{message(error)}</p>
      <ErrorDetails error={error} />
    </Alert>
  );
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/**
 * A query that failed: a missing item (404) gets a French "introuvable" page with a way back;
 * anything else our message, the code under "Détails" and a retry.
 */
export function ApiErrorState({ error, onRetry, backTo = '/' }: { error: unknown; onRetry?: () => void; backTo?: string }) {
  const message = useErrorMessage();
  if (isNotFound(error)) return <NotFoundState message={message(error)} backTo={backTo} />;
  return <ErrorState error={{ message: message(error), code: isApiError(error) ? error.code : undefined }} onRetry={onRetry} />;
}

export function NotFoundState({ message, backTo = '/' }: { message?: string; backTo?: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.itemTitle')}>
      <EmptyState title={message ?? t('notFound.itemMessage')} action={<Link to={backTo}>{t('notFound.back')}</Link>} />
    </Page>
  );
}
