import { apiClient, ifMatch, unwrap } from '@parvis/web/data-access';
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { publishingKeys } from './publishing-keys';
import type { ManualReport, Publication, QueueRange } from './types';

export const QUEUE_PAGE_SIZE = 50;
/** While something is due or going out, the queue and the post's status refresh this often. */
export const IN_PROGRESS_REFRESH_MS = 5_000;
/** A pending publication due within this long keeps the page refreshing (not one due tonight). */
const SOON_MS = 10 * 60_000;

/** Whether the publisher will move it soon: going out now, or due (or retried) within minutes. */
export function isMoving(publication: Pick<Publication, 'state' | 'nextAttemptAt'>, now = Date.now()): boolean {
  if (publication.state === 'publishing') return true;
  return publication.state === 'pending' && new Date(publication.nextAttemptAt).getTime() - now < SOON_MS;
}

export const publicationQueueQueryOptions = (orgId: string, range: QueueRange) =>
  infiniteQueryOptions({
    queryKey: publishingKeys.queue(orgId, range),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/publications', {
          params: { path: { orgId }, query: { from: range.from, to: range.to, limit: QUEUE_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: (query) => {
      const items = query.state.data?.pages.flatMap((page) => page.items) ?? [];
      return items.some((item) => isMoving(item)) ? IN_PROGRESS_REFRESH_MS : false;
    },
  });

export const postPublicationsQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: publishingKeys.forPost(orgId, postId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/posts/{postId}/publications', { params: { path: { orgId, postId } } })),
    select: (list) => list.items,
    refetchInterval: (query) => ((query.state.data?.items ?? []).some((item) => isMoving(item)) ? IN_PROGRESS_REFRESH_MS : false),
  });

/** After any move every queue and post status refreshes, and the posts (their status follows). */
function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: publishingKeys.all(orgId) }),
      queryClient.invalidateQueries({ queryKey: publishingKeys.posts(orgId) }),
    ]);
}

export function useRetryPublication(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (publication: Pick<Publication, 'id' | 'version'>) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/publications/{publicationId}/retry', {
          params: { path: { orgId, publicationId: publication.id }, header: ifMatch(publication.version) },
        }),
      ),
    onSettled: refresh,
  });
}

export function useManualReport(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ publicationId, report }: { publicationId: string; report: ManualReport }) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/publications/{publicationId}/manual-report', { params: { path: { orgId, publicationId } }, body: report })),
    onSuccess: refresh,
  });
}

export interface PostMove {
  postId: string;
  /** The post's version as loaded (If-Match: 412 when someone changed the post since). */
  postVersion: number;
}

/** « Publier maintenant » and « Annuler » of a post still waiting (contract D; they act on all its channels). */
export function usePostMove(orgId: string, move: 'publish-now' | 'cancel') {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ postId, postVersion }: PostMove) => {
      const params = { path: { orgId, postId }, header: ifMatch(postVersion) };
      return move === 'publish-now'
        ? unwrap(apiClient.POST('/api/orgs/{orgId}/posts/{postId}/publish-now', { params }))
        : unwrap(apiClient.POST('/api/orgs/{orgId}/posts/{postId}/cancel', { params }));
    },
    onSettled: refresh,
  });
}
