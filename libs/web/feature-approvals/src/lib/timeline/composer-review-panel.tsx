import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { APPROVALS_NAMESPACE } from '../i18n';
import { PostTimeline } from './post-timeline';

/** Below the composer: the way to the post's review page, and its timeline. */
export function ComposerReviewPanel({ orgId, postId, timeZone }: { orgId: string; postId: string; timeZone: string | undefined }) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  return (
    <>
      <p className="approvals-review-link">
        <Link className="pv-button pv-button--secondary" to={`/orgs/${orgId}/posts/${postId}/review`}>
          {t('review.open')}
        </Link>
      </p>
      <PostTimeline orgId={orgId} postId={postId} timeZone={timeZone} />
    </>
  );
}
