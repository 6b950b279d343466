import { orgQueryOptions } from '@parvis/web/data-access';
import { ApiErrorState, FormError, MutationButton, useCurrentOrg, useDocumentTitle } from '@parvis/web/shared';
import { EmptyState, LoadingState, Page } from '@parvis/web/ui';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVALS_NAMESPACE } from '../i18n';
import { reviewQueueQueryOptions } from '../data/queue-queries';
import { QueueItem } from './queue-item';

/** « À valider »: the posts the caller may decide on now, by deadline then planned time, in the organisation's time zone. */
export function ReviewQueuePage() {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  const { orgId } = useCurrentOrg();
  useDocumentTitle(t('queue.title'));
  const queue = useInfiniteQuery(reviewQueueQueryOptions(orgId));
  const org = useQuery(orgQueryOptions(orgId));
  // One instant for the whole list: every item is compared with the same "now".
  const [now] = useState(() => new Date());
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t('queue.title')} description={t('queue.lead')}>
      {queue.isPending && <LoadingState />}
      {queue.isError && !queue.data && <ApiErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && items.length === 0 && (
        <EmptyState title={t('queue.empty')}>
          <p>{t('queue.emptyHint')}</p>
        </EmptyState>
      )}
      {items.length > 0 && (
        <ul className="approvals-queue" aria-label={t('queue.listLabel')}>
          {items.map((item) => (
            <QueueItem key={item.postId} orgId={orgId} item={item} timeZone={org.data?.timeZone} now={now} />
          ))}
        </ul>
      )}
      {queue.isFetchNextPageError && <FormError error={queue.error} />}
      {queue.hasNextPage && (
        <MutationButton variant="secondary" mutation={{ isPending: queue.isFetchingNextPage }} onClick={() => void queue.fetchNextPage()}>
          {t('queue.more')}
        </MutationButton>
      )}
    </Page>
  );
}
