import { useDateTimeFormat, usePostStatusLabel } from '@parvis/web/shared';
import { Badge } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PostSummary } from '../data/post-types';
import { COMPOSER_NAMESPACE } from '../i18n';

interface ContentRowProps {
  orgId: string;
  post: PostSummary;
  timeZone: string | undefined;
}

/** One post of « Contenus »: its first line (the link to the composer), status in words, planned time in the org's zone, networks, author. */
export function ContentRow({ orgId, post, timeZone }: ContentRowProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const statusLabel = usePostStatusLabel();
  const format = useDateTimeFormat(timeZone);
  const title = post.title || t('page.untitled');
  const headingId = `content-${post.id}`;
  return (
    <li className="contents-row">
      <article aria-labelledby={headingId}>
        <h2 className="contents-row__title" id={headingId}>
          <Link to={`/orgs/${orgId}/posts/${post.id}`}>{title}</Link>
        </h2>
        <dl className="contents-row__facts">
          <div>
            <dt className="pv-sr-only">{t('contents.factStatus')}</dt>
            <dd>
              <Badge tone={post.status === 'in_review' ? 'info' : 'neutral'}>{statusLabel(post.status)}</Badge>
            </dd>
          </div>
          <div>
            <dt className="pv-sr-only">{t('contents.factPlanned')}</dt>
            <dd>{post.plannedAt ? t('contents.planned', { date: format.dateTime(post.plannedAt) }) : t('contents.notPlanned')}</dd>
          </div>
          <div>
            <dt className="pv-sr-only">{t('contents.factNetworks')}</dt>
            <dd>{post.networks.length > 0 ? post.networks.map((network) => t(`networks.${network}`)).join(', ') : t('contents.noNetwork')}</dd>
          </div>
          {post.author.name && (
            <div>
              <dt className="pv-sr-only">{t('contents.factAuthor')}</dt>
              <dd>{t('contents.by', { name: post.author.name })}</dd>
            </div>
          )}
        </dl>
        {post.status === 'in_review' && (
          <p className="contents-row__review">
            <Link to={`/orgs/${orgId}/posts/${post.id}/review`}>{t('contents.review', { title })}</Link>
          </p>
        )}
      </article>
    </li>
  );
}
