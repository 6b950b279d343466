import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ifMatch } from './versioned';
import { apiClient, unwrap, unwrapEmpty } from './api-client';
import { orgKeys } from './query-keys';

export function useCreateService(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/services', { params: { path: { orgId } }, body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.services(orgId) }),
  });
}

export function useRenameService(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ serviceId, name, version }: { serviceId: string; name: string; version?: number }) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/services/{serviceId}', {
          params: { path: { orgId, serviceId }, header: ifMatch(version) },
          body: { name },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.services(orgId) }),
        queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
      ]),
  });
}

export function useDeleteService(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (serviceId: string) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/services/{serviceId}', { params: { path: { orgId, serviceId } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.services(orgId) }),
        queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
      ]),
  });
}
