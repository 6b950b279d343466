import { Alert } from '@parvis/web/ui';
import { usePublishingT } from '../common/use-publishing';
import type { useVerify } from '../data/connection';
import { PlatformError } from '../status/platform-error';

/** The answer of « Tester »: the account answers, or the server's words. */
export function VerifyOutcome({ verify }: { verify: Pick<ReturnType<typeof useVerify>, 'error' | 'data'> }) {
  const { t } = usePublishingT();
  if (verify.error) return <PlatformError error={verify.error} />;
  const result = verify.data;
  if (!result) return null;
  if (result.ok) return <Alert tone="success">{t('connection.verifyOk', { account: result.connection.accountHandle ?? '' })}</Alert>;
  return (
    <Alert tone="error" title={t('connection.verifyFailed')}>
      {result.message && <p>{t('connection.platformWords', { message: result.message })}</p>}
    </Alert>
  );
}
