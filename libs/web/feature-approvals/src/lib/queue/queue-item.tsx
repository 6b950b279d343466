import { COMPOSER_NAMESPACE } from '@parvis/web/feature-composer';
import { useDateTimeFormat } from '@parvis/web/shared';
import { Badge } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { APPROVALS_NAMESPACE } from '../i18n';
import type { ReviewQueueItem } from '../data/approval-types';
import { isOverdue } from '../review/deadline';

interface QueueItemProps {
  orgId: string;
  item: ReviewQueueItem;
  timeZone: string | undefined;
  now: Date;
}

/** One post waiting for the caller: what, by whom, at which step, by when (late ones said so in words). */
export function QueueItem({ orgId, item, timeZone, now }: QueueItemProps) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  const { t: composer } = useTranslation(COMPOSER_NAMESPACE);
  const format = useDateTimeFormat(timeZone);
  const late = isOverdue(item.stepDeadline, now);
  const title = item.title || t('queue.untitled');
  return (
    <li className={late ? 'approvals-item approvals-item--overdue' : 'approvals-item'}>
      <article aria-labelledby={`queue-${item.postId}`}>
        <h2 className="approvals-item__title" id={`queue-${item.postId}`}>
          <Link to={`/orgs/${orgId}/posts/${item.postId}/review`} aria-label={t('queue.open', { title })}>
            {title}
          </Link>
        </h2>
        <p className="approvals-item__badges">
          {late && <Badge tone="info">{t('queue.overdue')}</Badge>}
          {item.urgent && <Badge>{t('queue.urgent')}</Badge>}
          {item.sensitive && <Badge>{t('queue.sensitive')}</Badge>}
        </p>
        {item.excerpt && <p className="approvals-item__excerpt">{item.excerpt}</p>}
        <dl className="approvals-item__facts">
          <div>
            <dt className="pv-sr-only">{t('queue.factStep')}</dt>
            <dd>{t('queue.step', { circuit: item.circuitName, number: item.currentStep + 1, step: item.stepName })}</dd>
          </div>
          <div>
            <dt className="pv-sr-only">{t('queue.factDeadline')}</dt>
            <dd className={late ? 'approvals-overdue' : undefined}>
              {item.stepDeadline
                ? late
                  ? t('queue.overdueSince', { date: format.dateTime(item.stepDeadline) })
                  : t('queue.deadline', { date: format.dateTime(item.stepDeadline) })
                : t('queue.noDeadline')}
            </dd>
          </div>
          <div>
            <dt className="pv-sr-only">{t('queue.factPlanned')}</dt>
            <dd>{item.plannedAt ? t('queue.planned', { date: format.dateTime(item.plannedAt) }) : t('queue.notPlanned')}</dd>
          </div>
          <div>
            <dt className="pv-sr-only">{t('queue.factPeople')}</dt>
            <dd>
              {item.authorName && t('queue.by', { name: item.authorName })}
              {item.onBehalfOfName && <strong className="approvals-item__substitute"> · {t('queue.onBehalfOf', { name: item.onBehalfOfName })}</strong>}
            </dd>
          </div>
          {item.networks.length > 0 && (
            <div>
              <dt className="pv-sr-only">{t('queue.factNetworks')}</dt>
              <dd>{t('queue.networks', { list: item.networks.map((network) => composer(`networks.${network}`)).join(', ') })}</dd>
            </div>
          )}
        </dl>
      </article>
    </li>
  );
}
