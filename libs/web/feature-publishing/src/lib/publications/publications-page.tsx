import { localeOf, useDocumentTitle } from '@parvis/web/shared';
import { Button, EmptyState, ErrorState, LoadingState, MutationButton, Page, TextField } from '@parvis/web/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePublishing, usePublishingT } from '../common/use-publishing';
import { isMoving, publicationQueueQueryOptions } from '../data/publications';
import { networkLabel, stateLabel } from '../status/labels';
import { dayFromSearch, dayRange, shiftDay, todayIn } from './day';
import { ManualReportDialog, type ManualReportRequest } from './manual-report-dialog';
import { PostMoveDialog, type PostMoveRequest } from './post-move-dialog';
import { QueueItem } from './queue-item';
import { groupQueue, QUEUE_GROUPS } from './queue-groups';
import { useStateAnnouncements } from './use-state-announcements';

/** `/orgs/:orgId/publications`: the day's queue in the organisation's time zone, by outcome. */
export function PublicationsPage() {
  const { t, i18n } = usePublishingT();
  const { orgId, timeZone } = usePublishing();
  useDocumentTitle(t('publications.title'));
  const [search, setSearch] = useSearchParams();
  const day = dayFromSearch(search.get('day'), timeZone);
  const setDay = (next: string) => setSearch(next === todayIn(timeZone) ? {} : { day: next }, { replace: true });
  const queue = useInfiniteQuery(publicationQueueQueryOptions(orgId, dayRange(day, timeZone)));
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const groups = groupQueue(items);
  const moving = items.some((item) => isMoving(item));
  const announcement = useStateAnnouncements(items, (item) =>
    t('publications.announce', { title: item.postTitle, channel: `${item.channelName} (${networkLabel(t, item.network)})`, state: stateLabel(t, item.state) }),
  );
  const [move, setMove] = useState<PostMoveRequest | null>(null);
  const [report, setReport] = useState<ManualReportRequest | null>(null);
  // The local day itself, written at noon UTC so that no zone moves it to another day.
  const dayLabel = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

  return (
    <Page
      title={t('publications.title')}
      description={<p>{t('publications.lead', { timeZone })}</p>}
      actions={<Link to={`/orgs/${orgId}/settings/publication-pause`}>{t('publications.pauseLink')}</Link>}
    >
      <div className="publishing-day" role="group" aria-label={t('publications.day')}>
        <Button variant="secondary" onClick={() => setDay(shiftDay(day, -1))}>
          {t('publications.previousDay')}
        </Button>
        <TextField label={t('publications.day')} type="date" value={day} onChange={(event) => event.target.value && setDay(event.target.value)} />
        <Button variant="secondary" onClick={() => setDay(shiftDay(day, 1))}>
          {t('publications.nextDay')}
        </Button>
        <Button variant="tertiary" onClick={() => setDay(todayIn(timeZone))} disabled={day === todayIn(timeZone)}>
          {t('publications.today')}
        </Button>
      </div>
      <h2 className="publishing-day__title">
        {t('publications.dayTitle', { date: dayLabel })}
        {queue.data && <span className="publishing-day__count">{` · ${t('publications.count', { count: items.length })}`}</span>}
      </h2>
      <p className="pv-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {moving && <p className="pv-hint">{t('publications.autoRefresh')}</p>}
      {queue.isPending && <LoadingState />}
      {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data && items.length === 0 && <EmptyState title={t('publications.empty')} />}
      {QUEUE_GROUPS.map((group) => {
        const members = groups.get(group) ?? [];
        if (members.length === 0) return null;
        const headingId = `publications-${group}`;
        return (
          <section key={group} className={`publishing-group publishing-group--${group}`} aria-labelledby={headingId}>
            <h3 className="publishing-group__title" id={headingId}>
              {t(`publications.groups.${group}`)} <span className="publishing-group__count">({members.length})</span>
            </h3>
            <p className="pv-hint">{t(`publications.groupHint.${group}`)}</p>
            <ul className="publishing-list">
              {members.map((item) => (
                <QueueItem key={item.id} item={item} onMove={setMove} onReport={setReport} />
              ))}
            </ul>
          </section>
        );
      })}
      {queue.hasNextPage && (
        <MutationButton variant="secondary" mutation={{ isPending: queue.isFetchingNextPage }} onClick={() => void queue.fetchNextPage()}>
          {t('publications.more')}
        </MutationButton>
      )}
      <PostMoveDialog request={move} onClose={() => setMove(null)} />
      <ManualReportDialog request={report} onClose={() => setReport(null)} />
    </Page>
  );
}
