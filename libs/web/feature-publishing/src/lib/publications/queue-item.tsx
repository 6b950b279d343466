import { useDateTimeFormat } from '@parvis/web/shared';
import { Button } from '@parvis/web/ui';
import { Link } from 'react-router';
import { usePublishing, usePublishingT } from '../common/use-publishing';
import type { PublicationQueueItem } from '../data/types';
import { networkLabel, stateLabel } from '../status/labels';
import { PublicationOutcome } from '../status/publication-outcome';
import { HandoverText } from './handover-text';
import type { ManualReportRequest } from './manual-report-dialog';
import type { PostMoveRequest } from './post-move-dialog';

export interface QueueItemProps {
  item: PublicationQueueItem;
  onMove: (request: PostMoveRequest) => void;
  onReport: (request: ManualReportRequest) => void;
}

/** One publication of the day: when, where, which post, and what can be done about it. */
export function QueueItem({ item, onMove, onReport }: QueueItemProps) {
  const { t } = usePublishingT();
  const { orgId, timeZone, may } = usePublishing();
  const format = useDateTimeFormat(timeZone);
  const networkName = networkLabel(t, item.network);
  const title = item.postTitle;
  const waiting = item.state === 'pending' && item.attempts === 0;
  // The excerpt starts with the text's first line, already the title above it.
  const excerpt = item.excerpt.startsWith(title) ? item.excerpt.slice(title.length).trim() : item.excerpt;
  return (
    <li className={`publishing-item publishing-item--${item.state}`}>
      <div className="publishing-item__head">
        <p className="publishing-item__when">
          <time dateTime={item.dueAt}>{t('publications.dueAt', { time: format.time(item.dueAt) })}</time>
        </p>
        <p className="publishing-item__channel">
          {item.channelName} <span className="publishing-network">· {networkName}</span>
        </p>
        <span className={`publishing-state publishing-state--${item.state}`}>{stateLabel(t, item.state)}</span>
      </div>
      <h4 className="publishing-item__title">
        <Link to={`/orgs/${orgId}/posts/${item.postId}`}>{title}</Link>
      </h4>
      {excerpt && <p className="publishing-item__excerpt">{excerpt}</p>}
      <PublicationOutcome publication={item} title={title} channelName={item.channelName} networkName={networkName} />
      {waiting && may('post.schedule') && (
        <div className="publishing-item__actions">
          <Button variant="secondary" onClick={() => onMove({ move: 'publish-now', postId: item.postId, postVersion: item.postVersion, title, dueAt: item.dueAt })} aria-label={t('publications.publishNowLabel', { title })}>
            {t('publications.publishNow')}
          </Button>
          <Button variant="tertiary" onClick={() => onMove({ move: 'cancel', postId: item.postId, postVersion: item.postVersion, title, dueAt: item.dueAt })} aria-label={t('publications.cancelLabel', { title })}>
            {t('publications.cancel')}
          </Button>
        </div>
      )}
      {item.state === 'handed_over' && item.handoverText && <HandoverText text={item.handoverText} />}
      {item.state === 'handed_over' && may('post.draft') && (
        <div className="publishing-item__actions">
          <Button
            onClick={() => onReport({ done: true, publicationId: item.id, title, channelName: item.channelName })}
            aria-label={t('publications.manualDoneLabel', { title, channel: item.channelName })}
          >
            {t('publications.manualDone')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => onReport({ done: false, publicationId: item.id, title, channelName: item.channelName })}
            aria-label={t('publications.manualNotDoneLabel', { title, channel: item.channelName })}
          >
            {t('publications.manualNotDone')}
          </Button>
        </div>
      )}
    </li>
  );
}
