import { orgKeys } from '@parvis/web/data-access';
import type { PostListFilters } from './post-types';

/** Query keys of posts and media, under the organisation (one invalidation clears an area). */
export const postKeys = {
  all: (orgId: string) => [...orgKeys.detail(orgId), 'posts'] as const,
  lists: (orgId: string) => [...postKeys.all(orgId), 'list'] as const,
  list: (orgId: string, filters: PostListFilters) => [...postKeys.lists(orgId), filters] as const,
  /** The « Contenus » screen's pages (under lists: a save that clears the lists clears them too). */
  pages: (orgId: string, filters: PostListFilters) => [...postKeys.lists(orgId), 'pages', filters] as const,
  /** Every post of a calendar range, all pages followed (under lists, like the pages). */
  range: (orgId: string, range: { from: string; to: string }) => [...postKeys.lists(orgId), 'range', range] as const,
  detail: (orgId: string, postId: string) => [...postKeys.all(orgId), 'detail', postId] as const,
  versions: (orgId: string, postId: string) => [...postKeys.detail(orgId, postId), 'versions'] as const,
  version: (orgId: string, postId: string, number: number) => [...postKeys.versions(orgId, postId), number] as const,
  diff: (orgId: string, postId: string, from: number, to: number) => [...postKeys.detail(orgId, postId), 'diff', { from, to }] as const,
  comments: (orgId: string, postId: string) => [...postKeys.detail(orgId, postId), 'comments'] as const,
};

export const mediaKeys = {
  all: (orgId: string) => [...orgKeys.detail(orgId), 'media'] as const,
  library: (orgId: string) => [...mediaKeys.all(orgId), 'library'] as const,
  detail: (orgId: string, mediaId: string) => [...mediaKeys.all(orgId), 'detail', mediaId] as const,
  linkPreview: (orgId: string, url: string) => [...orgKeys.detail(orgId), 'link-previews', url] as const,
};
