import { apiClient, ifMatch, isApiError, unwrap, unwrapEmpty, type paths } from '@parvis/web/data-access';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

type LinksRoute = paths['/api/orgs/{orgId}/posts/{postId}/external-reviews'];
export type ExternalLink = LinksRoute['get']['responses'][200]['content']['application/json']['items'][number];
export type SendLinkInput = NonNullable<LinksRoute['post']['requestBody']>['content']['application/json'];
export type SentLink = LinksRoute['post']['responses'][201]['content']['application/json'];
type Review = paths['/api/orgs/{orgId}/posts/{postId}/review']['get']['responses'][200]['content']['application/json'];

const keys = {
  links: (orgId: string, postId: string) => ['orgs', orgId, 'posts', postId, 'external-reviews'] as const,
  step: (orgId: string, postId: string) => ['orgs', orgId, 'posts', postId, 'external-reviews', 'step'] as const,
};

export const externalLinksQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: keys.links(orgId, postId),
    queryFn: async () => (await unwrap(apiClient.GET('/api/orgs/{orgId}/posts/{postId}/external-reviews', { params: { path: { orgId, postId } } }))).items,
  });

/** The step under review when it is an external one (null otherwise, or when the post was never submitted). */
export const externalStepQueryOptions = (orgId: string, postId: string) =>
  queryOptions({
    queryKey: keys.step(orgId, postId),
    queryFn: async (): Promise<string | null> => {
      let review: Review;
      try {
        review = await unwrap(apiClient.GET('/api/orgs/{orgId}/posts/{postId}/review', { params: { path: { orgId, postId } } }));
      } catch (error) {
        // Never submitted: no step at all.
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
      const step = review.currentStep === null ? undefined : review.steps[review.currentStep];
      return review.status === 'in_review' && step?.approverKind === 'external' ? step.name : null;
    },
  });

export function useSendLink(orgId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendLinkInput): Promise<SentLink> =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/posts/{postId}/external-reviews', { params: { path: { orgId, postId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.links(orgId, postId) }),
  });
}

export function useRevokeLink(orgId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (link: ExternalLink) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/posts/{postId}/external-reviews/{linkId}', { params: { path: { orgId, postId, linkId: link.id }, header: ifMatch(link.version) } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.links(orgId, postId) }),
  });
}
