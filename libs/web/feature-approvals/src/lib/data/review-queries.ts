import { apiClient, unwrap } from '@parvis/web/data-access';
import { queryOptions } from '@tanstack/react-query';
import { reviewKeys } from './approval-keys';

/** The post's way through its circuit (404 REVIEW_NOT_FOUND while never submitted: not retried). */
export const reviewQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: reviewKeys.review(orgId, postId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/posts/{postId}/review', { params: { path: { orgId, postId } } })),
    retry: false,
  });
