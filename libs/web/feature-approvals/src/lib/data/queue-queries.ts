import { apiClient, approvalKeys, unwrap } from '@parvis/web/data-access';
import { infiniteQueryOptions } from '@tanstack/react-query';

export const QUEUE_PAGE_SIZE = 20;

/** The caller's « À valider » queue, page by page (sorted by the API: deadline, then planned time). */
export const reviewQueueQueryOptions = (orgId: string) =>
  infiniteQueryOptions({
    queryKey: approvalKeys.queue(orgId),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/review-queue', {
          params: { path: { orgId }, query: pageParam ? { limit: QUEUE_PAGE_SIZE, cursor: pageParam } : { limit: QUEUE_PAGE_SIZE } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
