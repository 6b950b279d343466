import type { Brief } from '@parvis/web/data-access';
import { postsQueryOptions } from '@parvis/web/feature-composer/calendar';
import { usePostStatusLabel } from '@parvis/web/shared';
import { ErrorState, LoadingState } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { usePlanning, usePlanningT } from '../common/use-planning';

export interface BriefPostsProps {
  brief: Brief;
  /** The assigned writer already has « Rédiger un post » among their status actions. */
  offerWriting: boolean;
}

/** The posts answering a brief, each with its status and a link to the composer; « Rédiger un post » for planners. */
export function BriefPosts({ brief, offerWriting }: BriefPostsProps) {
  const { t } = usePlanningT();
  const postStatus = usePostStatusLabel();
  const { orgId, may } = usePlanning();
  const posts = useQuery(postsQueryOptions(orgId, { briefId: brief.id }));
  const titleId = useId();
  const open = brief.status !== 'done' && brief.status !== 'cancelled';
  return (
    <section className="planning-brief-posts" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('posts.title')}</h3>
      {posts.isPending && <LoadingState />}
      {posts.isError && <ErrorState error={posts.error} onRetry={() => void posts.refetch()} />}
      {posts.data && posts.data.items.length === 0 && <p>{t('posts.empty')}</p>}
      {posts.data && posts.data.items.length > 0 && (
        <ul className="planning-brief-posts__list">
          {posts.data.items.map((post) => (
            <li key={post.id}>
              <Link to={`/orgs/${orgId}/posts/${post.id}`}>{post.title || t('posts.untitled')}</Link>{' '}
              <span className={`planning-brief-posts__status planning-brief-posts__status--${post.status}`}>
                {postStatus(post.status)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {offerWriting && open && may('post.draft') && (
        <Link className="pv-button pv-button--secondary" to={`/orgs/${orgId}/posts/new?briefId=${brief.id}`}>
          {t('posts.write')}
          <span className="pv-sr-only"> : {brief.title}</span>
        </Link>
      )}
    </section>
  );
}
