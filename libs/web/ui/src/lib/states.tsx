import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { UI_NAMESPACE } from './i18n';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation(UI_NAMESPACE);
  return (
    <div className="pv-state" role="status">
      <span className="pv-spinner" aria-hidden="true" />
      <span>{label ?? t('loading')}</span>
    </div>
  );
}

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="pv-state pv-state--empty">
      <p className="pv-state__title">{title}</p>
      {children && <div>{children}</div>}
      {action}
    </div>
  );
}

export interface ErrorStateProps {
  error: { message: string; code?: string };
  title?: string;
  onRetry?: () => void;
}

/**
 * A failed load. An error with a code shows the app's sentence for that code (`errors.codes.*` in the
 * default namespace), never the server's own text; the code itself is folded under "Détails" for support.
 */
export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const { t, i18n } = useTranslation(UI_NAMESPACE);
  const { code } = error;
  // The code's sentence lives in the app's default namespace, outside this library's typed keys:
  // read as data (a string or nothing), not through the typed `t`.
  const sentence: unknown = code ? i18n.getResource(i18n.language, 'translation', `errors.codes.${code}`) : undefined;
  // An Error (the API's, passed as is) is shown by its code; a plain { message } is the caller's own sentence.
  const message = !code || !(error instanceof Error) ? error.message : typeof sentence === 'string' ? sentence : t('unexpected');
  return (
    <div className="pv-alert pv-alert--error" role="alert">
      <p className="pv-alert__title">{title ?? t('errorTitle')}</p>
      <div className="pv-alert__body">
        <p>{message}</p>
        {error.code && (
          <details className="pv-disclosure pv-error-details">
            <summary>{t('details')}</summary>
            <p className="pv-code">{t('errorCode', { code: error.code })}</p>
          </details>
        )}
        {onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            {t('retry')}
          </Button>
        )}
      </div>
    </div>
  );
}
