import { FormError } from '@parvis/web/shared';
import { COMPOSER_NAMESPACE, DiffSegments, postDiffQueryOptions, type Post } from '@parvis/web/feature-composer';
import { LoadingState, Section } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { APPROVALS_NAMESPACE } from '../i18n';
import type { Review } from '../data/approval-types';

const CHANGE_KINDS = ['media', 'altText', 'link', 'options'] as const;
type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The API's change names (`media`, `altText`, `link`, `options.<name>`) as the kinds the page names. */
function otherChanges(names: readonly string[]): ChangeKind[] {
  const kinds = names.map((name) => name.split('.')[0]);
  return CHANGE_KINDS.filter((kind) => kinds.includes(kind));
}

/** What changed since the version last approved (word diff per channel, marked with words, not colour only). */
export function ReviewDiff({ orgId, post, review }: { orgId: string; post: Post; review: Review }) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  const { t: composerT } = useTranslation(COMPOSER_NAMESPACE);
  const from = review.approvedVersionNumber;
  // The saved version holding the current content (the post's own version also counts its status changes).
  const to = review.latestVersionNumber;
  const changed = from !== null && to !== null && from !== to && review.approvedContentHash !== post.contentHash;
  const diff = useQuery({ ...postDiffQueryOptions(orgId, post.id, from ?? 0, to ?? 0), enabled: changed });
  const channelName = (channelId: string) => post.variants.find((v) => v.channelId === channelId)?.channelName ?? channelId;
  return (
    <Section title={t('review.diffTitle')}>
      {from === null ? (
        <p>{t('review.diffNone')}</p>
      ) : !changed ? (
        <p>{t('review.diffSame')}</p>
      ) : (
        <>
          <p>{t('review.diffLead', { from, to })}</p>
          {diff.isPending && <LoadingState />}
          <FormError error={diff.error} />
          {diff.data && (
            <div className="pv-diffs">
              <p className="pv-hint">{composerT('history.legend')}</p>
              <h3 className="pv-subtitle">{composerT('history.master')}</h3>
              <DiffSegments segments={diff.data.master} />
              {diff.data.variants.map((variant) => (
                <div key={variant.channelId}>
                  <h3 className="pv-subtitle">{channelName(variant.channelId)}</h3>
                  <DiffSegments segments={variant.segments} />
                  {variant.otherChanges.length > 0 && (
                    <p className="pv-muted">{t('review.otherChanges', { list: otherChanges(variant.otherChanges).map((key) => t(`review.changed.${key}`)).join(', ') })}</p>
                  )}
                </div>
              ))}
            </div>
          )}
        </>
      )}
    </Section>
  );
}
