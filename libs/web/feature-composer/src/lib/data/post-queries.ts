import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { orgRequest } from './http';
import { mediaKeys, postKeys } from './post-keys';
import type { LinkPreview, Media, MediaPage, Post, PostComment, PostDiff, PostListFilters, PostPage, PostVersionEntry } from './post-types';

export const POST_LIST_LIMIT = 100;

export const postsQueryOptions = (orgId: string, filters: PostListFilters = {}) =>
  queryOptions({
    queryKey: postKeys.list(orgId, filters),
    queryFn: () => orgRequest<PostPage>('GET', orgId, '/posts', { search: { ...filters, limit: POST_LIST_LIMIT } }),
  });

export const postQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: postKeys.detail(orgId, postId),
    queryFn: () => orgRequest<Post>('GET', orgId, `/posts/${postId}`),
  });

export const postVersionsQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: postKeys.versions(orgId, postId),
    queryFn: () => orgRequest<PostVersionEntry[]>('GET', orgId, `/posts/${postId}/versions`),
  });

export const postDiffQueryOptions = (orgId: string, postId: string, from: number, to: number) =>
  queryOptions({
    queryKey: postKeys.diff(orgId, postId, from, to),
    queryFn: () => orgRequest<PostDiff>('GET', orgId, `/posts/${postId}/diff`, { search: { from, to } }),
    // Two saved versions never change.
    staleTime: Infinity,
  });

export const postCommentsQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: postKeys.comments(orgId, postId),
    queryFn: () => orgRequest<PostComment[] | { items: PostComment[] }>('GET', orgId, `/posts/${postId}/comments`).then((answer) =>
      Array.isArray(answer) ? answer : answer.items,
    ),
  });

export const mediaQueryOptions = (orgId: string, mediaId: string) =>
  queryOptions({
    queryKey: mediaKeys.detail(orgId, mediaId),
    queryFn: () => orgRequest<Media>('GET', orgId, `/media/${mediaId}`),
    staleTime: 60_000,
  });

export const mediaLibraryQueryOptions = (orgId: string) =>
  infiniteQueryOptions({
    queryKey: mediaKeys.library(orgId),
    queryFn: ({ pageParam }) => orgRequest<MediaPage>('GET', orgId, '/media', { search: { cursor: pageParam ?? undefined, limit: 24 } }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const linkPreviewQueryOptions = (orgId: string, url: string) =>
  queryOptions({
    queryKey: mediaKeys.linkPreview(orgId, url),
    queryFn: () => orgRequest<LinkPreview>('POST', orgId, '/link-previews', { body: { url } }),
    staleTime: 10 * 60_000,
    retry: false,
  });
