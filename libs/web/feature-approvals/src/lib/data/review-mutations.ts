import { apiClient, ifMatch, unwrap } from '@parvis/web/data-access';
import { postKeys } from '@parvis/web/feature-composer/calendar';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { approvalKeys, reviewKeys } from './approval-keys';
import type { DecisionInput, Neutrality, Review } from './approval-types';

/** After any move: the review answered replaces the cached one; the post, the lists, the queue and the timeline follow. */
function settle(queryClient: QueryClient, orgId: string, postId: string, review: Review) {
  queryClient.setQueryData(reviewKeys.review(orgId, postId), review);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: postKeys.detail(orgId, postId), predicate: (q) => q.queryKey.at(-1) !== 'review' }),
    queryClient.invalidateQueries({ queryKey: postKeys.lists(orgId) }),
    queryClient.invalidateQueries({ queryKey: approvalKeys.all(orgId) }),
  ]);
}

export interface DecideVariables {
  input: DecisionInput;
  /** The review's version as loaded (If-Match). */
  version: number;
}

export function useDecide(orgId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: DecideVariables) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/posts/{postId}/decisions', { params: { path: { orgId, postId }, header: ifMatch(version) }, body: input })),
    onSuccess: (review) => settle(queryClient, orgId, postId, review),
  });
}

export interface SubmitVariables {
  /** The post's version as loaded (If-Match). */
  version: number;
  sensitive: boolean;
  neutrality?: Neutrality;
}

export function useSubmitPost(orgId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, sensitive, neutrality }: SubmitVariables) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/posts/{postId}/submit', {
          params: { path: { orgId, postId }, header: ifMatch(version) },
          body: neutrality ? { sensitive, neutrality } : { sensitive },
        }),
      ),
    onSuccess: (review) => settle(queryClient, orgId, postId, review),
  });
}

export function useWithdrawPost(orgId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/posts/{postId}/withdraw', { params: { path: { orgId, postId }, header: ifMatch(version) }, body: {} })),
    onSuccess: (review) => settle(queryClient, orgId, postId, review),
  });
}
