import { isApiError, orgQueryOptions } from '@parvis/web/data-access';
import { PostPreviews, postQueryOptions, titleOf } from '@parvis/web/feature-composer';
import { ApiErrorState, isNotFound, NotFoundState, useCurrentOrg, useDocumentTitle } from '@parvis/web/shared';
import { LoadingState, Page, Section } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { APPROVALS_NAMESPACE } from '../i18n';
import { reviewQueryOptions } from '../data/review-queries';
import { PostTimeline } from '../timeline/post-timeline';
import { allowedMoves } from './allowed-moves';
import { AuthorPanel } from './author-panel';
import { CircuitSteps } from './circuit-steps';
import { DecisionPanel } from './decision-panel';
import { NeutralitySummary } from './neutrality-checklist';
import { ReviewDiff } from './review-diff';

/** One post under review: where it stands in its circuit, what changed since it was approved, its previews, the decision. */
export function ReviewPage() {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  const { t: shared } = useTranslation();
  const { orgId, membership } = useCurrentOrg();
  const { postId = '' } = useParams();
  const post = useQuery({ ...postQueryOptions(orgId, postId), refetchOnWindowFocus: false });
  const review = useQuery({ ...reviewQueryOptions(orgId, postId), refetchOnWindowFocus: false });
  const org = useQuery(orgQueryOptions(orgId));
  const title = post.data ? titleOf(post.data.masterText, t('queue.untitled')) : undefined;
  useDocumentTitle(title ? t('review.documentTitle', { title }) : t('review.title'));
  const back = `/orgs/${orgId}/approvals`;

  if (post.isPending || review.isPending) return <LoadingState />;
  if (post.isError)
    return isNotFound(post.error) ? <NotFoundState message={t('review.notFound')} backTo={back} /> : <ApiErrorState error={post.error} onRetry={() => void post.refetch()} backTo={back} />;
  const notSubmitted = review.isError && isApiError(review.error) && review.error.code === 'REVIEW_NOT_FOUND';
  if (review.isError && !notSubmitted) return <ApiErrorState error={review.error} onRetry={() => void review.refetch()} backTo={back} />;

  const current = review.data;
  const allowed = allowedMoves(post.data, current, membership);
  const timeZone = org.data?.timeZone;
  const reload = () => void Promise.all([post.refetch(), review.refetch()]);

  return (
    <Page
      title={t('review.heading', { title })}
      description={t('review.status', { status: shared(`postStatuses.${post.data.status}`) })}
      actions={
        <Link className="pv-button pv-button--secondary" to={`/orgs/${orgId}/posts/${post.data.id}`}>
          {t('review.edit')}
        </Link>
      }
    >
      {notSubmitted && <p>{t('review.notSubmitted')}</p>}
      {current && <CircuitSteps review={current} timeZone={timeZone} />}
      {current && <ReviewDiff orgId={orgId} post={post.data} review={current} />}
      <Section title={t('review.previewsTitle')}>
        <PostPreviews orgId={orgId} post={post.data} />
      </Section>
      {current?.neutralityRequired && <NeutralitySummary neutrality={current.neutrality} />}
      {current && <DecisionPanel orgId={orgId} post={post.data} review={current} allowed={allowed} onReload={reload} />}
      <AuthorPanel orgId={orgId} post={post.data} review={current} allowed={allowed} onReload={reload} />
      <PostTimeline orgId={orgId} postId={post.data.id} timeZone={timeZone} />
    </Page>
  );
}
