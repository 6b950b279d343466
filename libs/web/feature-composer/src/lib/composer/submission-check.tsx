import { apiClient, ApiError, unwrap } from '@parvis/web/data-access';
import { MutationButton } from '@parvis/web/shared';
import { Alert } from '@parvis/web/ui';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { components } from '@parvis/shared/api-contract';
import { COMPOSER_NAMESPACE } from '../i18n';
import type { Post } from '../data/post-types';

type ChannelViolation = components['schemas']['ChannelViolationDto'];
interface CheckOutcome {
  ready: boolean;
  violations: ChannelViolation[];
}

function isChannelViolation(value: unknown): value is ChannelViolation {
  return typeof value === 'object' && value !== null && 'channelId' in value && 'messageKey' in value && 'severity' in value;
}

/** The server's verdict: 200 ready (warnings only) or 400 POST_RULES_VIOLATED with the violations per channel. */
async function checkSubmission(orgId: string, postId: string): Promise<CheckOutcome> {
  try {
    return await unwrap(apiClient.POST('/api/orgs/{orgId}/posts/{postId}/submission-check', { params: { path: { orgId, postId } } }));
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'POST_RULES_VIOLATED') throw error;
    const details: unknown = error.details;
    const listed = typeof details === 'object' && details !== null && 'violations' in details ? details.violations : [];
    return { ready: false, violations: Array.isArray(listed) ? listed.filter(isChannelViolation) : [] };
  }
}

interface SubmissionCheckProps {
  orgId: string;
  post: Post;
  /** Saves what is typed first: the server checks the saved post. */
  saveNow: () => Promise<void>;
}

/** « Prêt à soumettre ? »: the API's authoritative check, listed per channel beside the live readiness. */
export function SubmissionCheck({ orgId, post, saveNow }: SubmissionCheckProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const check = useMutation({
    mutationFn: async () => {
      await saveNow();
      return checkSubmission(orgId, post.id);
    },
  });
  const channelName = (channelId: string) => post.variants.find((v) => v.channelId === channelId)?.channelName ?? channelId;
  const outcome = check.data;
  return (
    <div className="pv-submission-check">
      <MutationButton variant="secondary" mutation={check} onClick={() => check.mutate()}>
        {t('submission.check')}
      </MutationButton>
      <div aria-live="polite">
        {check.isError && <Alert tone="error">{t('submission.failed')}</Alert>}
        {outcome && (
          <Alert tone={outcome.ready ? 'success' : 'error'} title={outcome.ready ? t('submission.ready') : t('submission.blocked')}>
            {outcome.violations.length > 0 && (
              <ul className="pv-violations">
                {outcome.violations.map((violation, index) => (
                  <li key={`${violation.channelId}-${violation.code}-${index}`} className={`pv-violation pv-violation--${violation.severity}`}>
                    <span className="pv-violation__severity">{t(`violations.${violation.severity}`)}</span>{' '}
                    <span className="pv-violation__where">{channelName(violation.channelId)} : </span>
                    <span>{t(violation.messageKey, { ...violation.params, defaultValue: violation.messageKey })}</span>
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
    </div>
  );
}
