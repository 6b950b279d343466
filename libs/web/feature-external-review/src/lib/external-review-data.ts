import { apiClient, unwrap, type paths } from '@parvis/web/data-access';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

type PageRoute = paths['/api/external-reviews/{token}']['get'];
type DecisionRoute = paths['/api/external-reviews/{token}/decision']['post'];
export type ExternalReviewPage = PageRoute['responses'][200]['content']['application/json'];
export type ExternalVariant = ExternalReviewPage['variants'][number];
export type ExternalDecision = NonNullable<DecisionRoute['requestBody']>['content']['application/json'];
export type ExternalDecisionResult = DecisionRoute['responses'][200]['content']['application/json'];

const keys = { page: (token: string) => ['external-review', token] as const };

/** What the link shows (no session: the token is the only credential). */
export const externalReviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: keys.page(token),
    queryFn: () => unwrap(apiClient.GET('/api/external-reviews/{token}', { params: { path: { token } } })),
    retry: false,
  });

export function useExternalDecision(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExternalDecision) => unwrap(apiClient.POST('/api/external-reviews/{token}/decision', { params: { path: { token } }, body })),
    // The link is spent: the page keeps what it showed, nothing refetches it.
    onSuccess: () => queryClient.cancelQueries({ queryKey: keys.page(token) }),
  });
}
