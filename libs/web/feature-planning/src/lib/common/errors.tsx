import { isApiError } from '@parvis/web/data-access';
import { Alert } from '@parvis/web/ui';
import { usePlanningT } from './use-planning';

const KNOWN_CODES = ['FORBIDDEN_ROLE', 'BRIEF_NOT_ASSIGNEE', 'NETWORK_ERROR', 'VALIDATION_FAILED'] as const;

/** Our own sentence for the codes a planner meets; the API's message otherwise. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = usePlanningT();
  return (error) => {
    if (!isApiError(error)) return t('errors.unexpected');
    const known = KNOWN_CODES.find((code) => code === error.code);
    return known ? t(`errors.${known}`) : error.message;
  };
}

export function FormError({ error }: { error: unknown }) {
  const { t } = usePlanningT();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert tone="error" title={t('common.errorTitle')}>
      <p>{message(error)}</p>
      {isApiError(error) && <p className="pv-code">{t('common.code', { code: error.code })}</p>}
    </Alert>
  );
}
