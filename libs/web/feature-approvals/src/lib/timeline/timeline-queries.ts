import { apiClient, unwrap } from '@parvis/web/data-access';
import { queryOptions } from '@tanstack/react-query';
import { reviewKeys } from '../data/approval-keys';

/** Every audit event of the post, oldest first (at most 500). */
export const timelineQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: reviewKeys.timeline(orgId, postId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/posts/{postId}/timeline', { params: { path: { orgId, postId } } })),
    select: (timeline) => timeline.items,
  });
