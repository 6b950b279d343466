import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from './api-client';
import { authKeys, operatorKeys } from './query-keys';
import type { CreateOrganizationInput } from './contract/types';

export const operatorOrganizationsQueryOptions = () =>
  queryOptions({
    queryKey: operatorKeys.organizations(),
    queryFn: () => unwrap(apiClient.GET('/api/operator/organizations')),
  });

export function useCreateOperatorOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganizationInput) => unwrap(apiClient.POST('/api/operator/organizations', { body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: operatorKeys.organizations() }),
        queryClient.invalidateQueries({ queryKey: authKeys.me() }),
      ]),
  });
}
