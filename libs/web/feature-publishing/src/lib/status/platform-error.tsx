import { isApiError } from '@parvis/web/data-access';
import { ErrorDetails, useErrorMessage } from '@parvis/web/shared';
import { Alert } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { usePublishingT } from '../common/use-publishing';

/** Codes whose message is the remote server's own words (the API passes them on). */
const PLATFORM_CODES = new Set([
  'CONNECTION_CREDENTIALS_REFUSED',
  'CONNECTION_SERVICE_REFUSED',
  'CONNECTION_SERVICE_UNREACHABLE',
  'CONNECTION_RATE_LIMITED',
]);

/** The server's relayed words for an error, when it has some. */
export function platformWordsOf(error: unknown): string | null {
  return isApiError(error) && PLATFORM_CODES.has(error.code) && error.message ? error.message : null;
}

/** Our sentence for the error, the platform's words when the server relayed them, and the code under « Détails ». */
export function PlatformError({ error }: { error: unknown }) {
  const { t } = usePublishingT();
  const { t: tShared } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  const words = platformWordsOf(error);
  return (
    <Alert tone="error" title={tShared('errors.formTitle')}>
      <p>{message(error)}</p>
      {words && <p className="publishing-platform-words">{t('connection.platformWords', { message: words })}</p>}
      <ErrorDetails error={error} />
    </Alert>
  );
}
