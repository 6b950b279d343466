import { Alert } from '@parvis/web/ui';
import { isApiError } from '@parvis/web/data-access';
import { useTranslation } from 'react-i18next';

/** Codes with a message of our own; any other error shows the API's message. */
const KNOWN_CODES = [
  'AUTH_INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'FORBIDDEN_ROLE',
  'INVITATION_EXPIRED',
  'INVITATION_ALREADY_USED',
  'IDENTITY_LAST_ADMIN',
  'IDENTITY_ALREADY_MEMBER',
  'IDENTITY_WEAK_PASSWORD',
  'IDENTITY_WRONG_PASSWORD',
  'NETWORK_ERROR',
  'VALIDATION_FAILED',
  'TEAM_NAME_TAKEN',
  'ORG_SLUG_TAKEN',
  'IDENTITY_EMAIL_TAKEN',
  'IDENTITY_CANNOT_CHANGE_OWN_MEMBERSHIP',
  'IDENTITY_RESET_NEEDS_OPERATOR',
];

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!isApiError(error)) return t('errors.unexpected');
    if (KNOWN_CODES.includes(error.code)) return t(`errors.codes.${error.code}`);
    return error.message;
  };
}

/** Form-level error (not attached to a field). Renders nothing without error. */
export function FormError({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert tone="error" title={title ?? t('errors.formTitle')}>
      <p>{message(error)}</p>
      {isApiError(error) && <p className="pv-code">{t('errors.code', { code: error.code })}</p>}
    </Alert>
  );
}
