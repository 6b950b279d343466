import { shortTitle } from '@parvis/shared/domain';
import { orgQueryOptions } from '@parvis/web/data-access';
import { ApiErrorState, isNotFound, NotFoundState, useCurrentOrg, useDocumentTitle, usePostStatusLabel } from '@parvis/web/shared';
import { LoadingState, Page } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { COMPOSER_NAMESPACE } from '../i18n';
import { postQueryOptions } from '../data/post-queries';
import { PostComments } from '../comments/post-comments';
import { VersionHistory } from '../history/version-history';
import { Composer } from './composer';

/** The post's first line as the page title, cut at its last whole word (shortTitle); the fallback when empty. */
export function titleOf(masterText: string, fallback: string): string {
  return shortTitle(masterText) || fallback;
}

/** A panel another library adds below the composer (the app composes them: no library imports another's page). */
export type ComposerPanel = ComponentType<{ orgId: string; postId: string; timeZone: string | undefined }>;

export function ComposerPage({ panels = [] }: { panels?: readonly ComposerPanel[] }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const postStatus = usePostStatusLabel();
  const { orgId } = useCurrentOrg();
  const { postId = '' } = useParams();
  const post = useQuery({ ...postQueryOptions(orgId, postId), refetchOnWindowFocus: false });
  const org = useQuery(orgQueryOptions(orgId));
  const title = post.data ? titleOf(post.data.masterText, t('page.untitled')) : t('page.title');
  useDocumentTitle(`${t('page.title')} · ${title}`);
  const back = `/orgs/${orgId}/calendar`;

  if (post.isPending) return <LoadingState />;
  if (post.isError)
    return isNotFound(post.error) ? <NotFoundState message={t('page.notFound')} backTo={back} /> : <ApiErrorState error={post.error} onRetry={() => void post.refetch()} backTo={back} />;

  return (
    <Page
      title={t('page.title')}
      description={t('page.status', { status: postStatus(post.data.status) })}
      actions={
        <Link className="pv-button pv-button--secondary" to={`/orgs/${orgId}/posts/${post.data.id}/review`}>
          {t('page.review')}
        </Link>
      }
    >
      {/* Keyed by post: the editing state starts again from the server's copy for another post only. */}
      <Composer key={post.data.id} orgId={orgId} post={post.data} timeZone={org.data?.timeZone} />
      <VersionHistory orgId={orgId} postId={post.data.id} timeZone={org.data?.timeZone} />
      <PostComments orgId={orgId} postId={post.data.id} timeZone={org.data?.timeZone} />
      {panels.map((Panel, index) => (
        <Panel key={index} orgId={orgId} postId={post.data.id} timeZone={org.data?.timeZone} />
      ))}
    </Page>
  );
}
