import { ALL_NETWORKS, ALL_POST_STATUSES, ALL_ROLES, can } from '@parvis/shared/domain';
import { orgQueryOptions } from '@parvis/web/data-access';
import { ApiErrorState, FormError, MutationButton, useCurrentOrg, useDocumentTitle, usePostStatusLabel } from '@parvis/web/shared';
import { EmptyState, LoadingState, Page, SelectField } from '@parvis/web/ui';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { postPagesQueryOptions } from '../data/post-queries';
import type { PostListFilters } from '../data/post-types';
import { COMPOSER_NAMESPACE } from '../i18n';
import { ContentRow } from './content-row';
import { filtersFromSearch, searchFromFilters } from './contents-filters';

/** « Contenus »: the organisation's posts the caller may see, filtered by status, author and network (filters in the URL), by planned time. */
export function ContentsPage() {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const statusLabel = usePostStatusLabel();
  const { orgId, membership } = useCurrentOrg();
  useDocumentTitle(t('contents.title'));
  const [search, setSearch] = useSearchParams();
  const [filters, showFilters] = useUrlFilters(search);
  const posts = useInfiniteQuery(postPagesQueryOptions(orgId, filters));
  const org = useQuery(orgQueryOptions(orgId));
  const role = ALL_ROLES.find((known) => known === membership?.role);
  const mayWrite = role !== undefined && can(role, 'post.draft');
  const items = posts.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.keys(filters).length > 0;
  const change = (next: PostListFilters) => {
    showFilters(next);
    setSearch(searchFromFilters(next), { replace: true });
  };

  return (
    <Page
      title={t('contents.title')}
      description={t('contents.lead')}
      actions={
        mayWrite && (
          <Link className="pv-button pv-button--primary" to={`/orgs/${orgId}/posts/new`}>
            {t('contents.new')}
          </Link>
        )
      }
    >
      <form className="contents-filters" aria-label={t('contents.filters')} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t('contents.status')}
          value={filters.status ?? ''}
          onChange={(event) => change({ ...filters, status: ALL_POST_STATUSES.find((status) => status === event.target.value) })}
        >
          <option value="">{t('contents.allStatuses')}</option>
          {ALL_POST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('contents.network')}
          value={filters.network ?? ''}
          onChange={(event) => change({ ...filters, network: ALL_NETWORKS.find((network) => network === event.target.value) })}
        >
          <option value="">{t('contents.allNetworks')}</option>
          {ALL_NETWORKS.map((network) => (
            <option key={network} value={network}>
              {t(`networks.${network}`)}
            </option>
          ))}
        </SelectField>
        <label className="pv-checkbox">
          <input type="checkbox" checked={filters.mine === true} onChange={(event) => change({ ...filters, mine: event.target.checked || undefined })} />
          {t('contents.mine')}
        </label>
      </form>
      {posts.isPending && <LoadingState />}
      {posts.isError && !posts.data && <ApiErrorState error={posts.error} onRetry={() => void posts.refetch()} />}
      {posts.isSuccess && items.length === 0 && (
        <EmptyState title={filtered ? t('contents.emptyFiltered') : t('contents.empty')}>
          <p>{filtered ? t('contents.emptyFilteredHint') : mayWrite ? t('contents.emptyHint') : t('contents.emptyReaderHint')}</p>
        </EmptyState>
      )}
      {items.length > 0 && (
        <ul className="contents-list" aria-label={t('contents.listLabel')} aria-busy={posts.isFetching || undefined}>
          {items.map((post) => (
            <ContentRow key={post.id} orgId={orgId} post={post} timeZone={org.data?.timeZone} />
          ))}
        </ul>
      )}
      {posts.isFetchNextPageError && <FormError error={posts.error} />}
      {posts.hasNextPage && (
        <MutationButton variant="secondary" mutation={{ isPending: posts.isFetchingNextPage }} onClick={() => void posts.fetchNextPage()}>
          {t('contents.more')}
        </MutationButton>
      )}
    </Page>
  );
}

/**
 * The filters shown: the URL's, and a change at once (the router's navigation is asynchronous: a controlled
 * checkbox must not flick back meanwhile); whenever the URL changes (the change landing, back, a link) it wins.
 */
function useUrlFilters(search: URLSearchParams): [PostListFilters, (next: PostListFilters) => void] {
  const url = search.toString();
  const [shown, setShown] = useState({ url, filters: filtersFromSearch(search) });
  if (shown.url !== url) setShown({ url, filters: filtersFromSearch(search) });
  return [shown.url === url ? shown.filters : filtersFromSearch(search), (filters) => setShown({ url, filters })];
}
