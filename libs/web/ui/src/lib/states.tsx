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

/** Shows the API's own message and its code (useful when calling for support). */
export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const { t } = useTranslation(UI_NAMESPACE);
  return (
    <div className="pv-alert pv-alert--error" role="alert">
      <p className="pv-alert__title">{title ?? t('errorTitle')}</p>
      <div className="pv-alert__body">
        <p>{error.message}</p>
        {error.code && <p className="pv-code">{t('errorCode', { code: error.code })}</p>}
        {onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            {t('retry')}
          </Button>
        )}
      </div>
    </div>
  );
}
