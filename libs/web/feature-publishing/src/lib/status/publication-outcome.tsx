import { useDateTimeFormat } from '@parvis/web/shared';
import { MutationButton } from '@parvis/web/ui';
import { useRetryPublication } from '../data/publications';
import type { Publication } from '../data/types';
import { PlatformError } from './platform-error';
import { usePublishing, usePublishingT } from '../common/use-publishing';

const ERROR_KINDS = ['auth_expired', 'reconnect_required', 'rate_limited', 'invalid_content', 'transient', 'unknown_outcome', 'declined'] as const;
type ErrorKind = (typeof ERROR_KINDS)[number] | 'other';

function errorKindOf(kind: string | null): ErrorKind {
  return ERROR_KINDS.find((known) => known === kind) ?? 'other';
}

export type OutcomePublication = Pick<Publication, 'id' | 'state' | 'attempts' | 'url' | 'errorKind' | 'error' | 'nextAttemptAt' | 'publishedAt' | 'canRetry' | 'version'>;

export interface PublicationOutcomeProps {
  publication: OutcomePublication;
  /** Names the post in the buttons' and link's accessible names (on a page of several posts). */
  title?: string;
  channelName: string;
  networkName: string;
}

/** What happened to one publication: the live link, the platform's own words, the next attempt, « Réessayer ». */
export function PublicationOutcome({ publication, title, channelName, networkName }: PublicationOutcomeProps) {
  const { t } = usePublishingT();
  const { orgId, timeZone, may } = usePublishing();
  const format = useDateTimeFormat(timeZone);
  const retry = useRetryPublication(orgId);
  const { state } = publication;
  const failedLike = state === 'failed' || state === 'unknown_outcome' || (state === 'pending' && publication.attempts > 0);
  const { version } = publication;
  return (
    <div className="publishing-outcome">
      {state === 'published' && publication.url && (
        <p>
          <a href={publication.url} target="_blank" rel="noreferrer" aria-label={title ? t('publications.openPostFor', { title, network: networkName }) : t('publications.openPostOn', { channel: channelName, network: networkName })}>
            {t('publications.openPost', { network: networkName })}
          </a>
          {publication.publishedAt && <> · {t('publications.publishedAt', { time: format.time(publication.publishedAt) })}</>}
        </p>
      )}
      {failedLike && publication.errorKind && (
        <p className="publishing-outcome__error">
          <strong>{t(`publications.errorKind.${errorKindOf(publication.errorKind)}`)}</strong>
          {' — '}
          {publication.error ? t('publications.platformWords', { message: publication.error }) : t('publications.noWords')}
        </p>
      )}
      {state === 'unknown_outcome' && <p>{t('publications.checkOnNetwork')}</p>}
      {state === 'pending' && publication.attempts > 0 && (
        <p>{t('publications.nextAttempt', { time: format.time(publication.nextAttemptAt), attempt: publication.attempts + 1 })}</p>
      )}
      {publication.canRetry && may('post.schedule') && (
        <div className="publishing-outcome__actions">
          <MutationButton
            variant="secondary"
            mutation={{ isPending: retry.isPending }}
            onClick={() => retry.mutate({ id: publication.id, version })}
            aria-label={title ? t('publications.retryLabel', { title, channel: channelName }) : t('publications.retryOn', { channel: channelName })}
          >
            {t('publications.retry')}
          </MutationButton>
        </div>
      )}
      <RetryFeedback error={retry.error} done={retry.isSuccess} />
    </div>
  );
}

function RetryFeedback({ error, done }: { error: unknown; done: boolean }) {
  const { t } = usePublishingT();
  if (error) return <PlatformError error={error} />;
  if (done) return <p role="status">{t('publications.retried')}</p>;
  return null;
}


