import { apiClient, unwrap } from '@parvis/web/data-access';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { mediaKeys, postKeys } from './post-keys';
import type { PostListFilters, PostPage, PostSummary } from './post-types';

export const POST_LIST_LIMIT = 100;

export const postsQueryOptions = (orgId: string, { mine, ...filters }: PostListFilters = {}) =>
  queryOptions({
    queryKey: postKeys.list(orgId, { mine, ...filters }),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/posts', {
          params: { path: { orgId }, query: { ...filters, ...(mine === undefined ? {} : { mine: mine ? 'true' : 'false' }), limit: POST_LIST_LIMIT } },
        }),
      ),
  });

/** The calendar follows the cursor at most this many pages of {@link POST_LIST_LIMIT}: 1,000 posts a range. */
export const RANGE_MAX_PAGES = 10;

/** The posts of a range, and whether more were left out because the range holds more than the bound. */
export interface PostRange {
  items: PostSummary[];
  truncated: boolean;
}

/**
 * Every post planned in a range (the calendar): the API pages by 100 at most, so the pages are
 * followed until the range is complete, up to {@link RANGE_MAX_PAGES}; past it `truncated` says so.
 */
export const postsInRangeQueryOptions = (orgId: string, range: { from: string; to: string }) =>
  queryOptions({
    queryKey: postKeys.range(orgId, range),
    queryFn: async ({ signal }): Promise<PostRange> => {
      const items: PostSummary[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < RANGE_MAX_PAGES; page += 1) {
        const result: PostPage = await unwrap(
          apiClient.GET('/api/orgs/{orgId}/posts', {
            params: { path: { orgId }, query: { ...range, limit: POST_LIST_LIMIT, ...(cursor ? { cursor } : {}) } },
            signal,
          }),
        );
        items.push(...result.items);
        cursor = result.nextCursor;
        if (!cursor) return { items, truncated: false };
      }
      return { items, truncated: true };
    },
  });

export const POST_PAGE_SIZE = 20;

/** The « Contenus » screen: the posts the caller may see, by planned time, a page at a time. */
export const postPagesQueryOptions = (orgId: string, { mine, ...filters }: PostListFilters) =>
  infiniteQueryOptions({
    queryKey: postKeys.pages(orgId, { mine, ...filters }),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/posts', {
          params: {
            path: { orgId },
            query: { ...filters, ...(mine ? { mine: 'true' as const } : {}), limit: POST_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const postQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: postKeys.detail(orgId, postId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/posts/{postId}', { params: { path: { orgId, postId } } })),
  });

export const postVersionsQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: postKeys.versions(orgId, postId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/posts/{postId}/versions', { params: { path: { orgId, postId } } })),
  });

export const postDiffQueryOptions = (orgId: string, postId: string, from: number, to: number) =>
  queryOptions({
    queryKey: postKeys.diff(orgId, postId, from, to),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/posts/{postId}/diff', { params: { path: { orgId, postId }, query: { from, to } } })),
    // Two saved versions never change.
    staleTime: Infinity,
  });

export const postCommentsQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: postKeys.comments(orgId, postId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/posts/{postId}/comments', { params: { path: { orgId, postId } } })),
    select: (page) => page.items,
  });

export const mediaQueryOptions = (orgId: string, mediaId: string) =>
  queryOptions({
    queryKey: mediaKeys.detail(orgId, mediaId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/media/{mediaId}', { params: { path: { orgId, mediaId } } })),
    staleTime: 60_000,
  });

export const MEDIA_PAGE_SIZE = 24;

export const mediaLibraryQueryOptions = (orgId: string) =>
  infiniteQueryOptions({
    queryKey: mediaKeys.library(orgId),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/media', {
          params: { path: { orgId }, query: pageParam ? { limit: MEDIA_PAGE_SIZE, cursor: pageParam } : { limit: MEDIA_PAGE_SIZE } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const linkPreviewQueryOptions = (orgId: string, url: string) =>
  queryOptions({
    queryKey: mediaKeys.linkPreview(orgId, url),
    queryFn: () => unwrap(apiClient.POST('/api/orgs/{orgId}/link-previews', { params: { path: { orgId } }, body: { url } })),
    staleTime: 10 * 60_000,
    retry: false,
  });
