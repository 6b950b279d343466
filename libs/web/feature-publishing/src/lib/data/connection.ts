import { apiClient, planningKeys, unwrap, unwrapEmpty } from '@parvis/web/data-access';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { publishingKeys } from './publishing-keys';
import type { ConnectInput } from './types';

export const connectionQueryOptions = (orgId: string, channelId: string) =>
  queryOptions({
    queryKey: publishingKeys.connection(orgId, channelId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/channels/{channelId}/connection', { params: { path: { orgId, channelId } } })),
  });

/** After a connection change the channel list (its status and summary) and this connection refresh. */
function useRefresh(orgId: string, channelId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: planningKeys.channels(orgId) }),
      queryClient.invalidateQueries({ queryKey: publishingKeys.connection(orgId, channelId) }),
    ]);
}

export function useConnect(orgId: string, channelId: string) {
  const refresh = useRefresh(orgId, channelId);
  return useMutation({
    mutationFn: (body: ConnectInput) =>
      unwrap(apiClient.PUT('/api/orgs/{orgId}/channels/{channelId}/connection', { params: { path: { orgId, channelId } }, body })),
    onSuccess: refresh,
  });
}

/** Starts the instance's authorisation page; the browser goes there, the server brings it back. */
export function useStartOAuth(orgId: string, channelId: string) {
  return useMutation({
    mutationFn: (serviceUrl: string) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/channels/{channelId}/connection/oauth', { params: { path: { orgId, channelId } }, body: { serviceUrl } })),
  });
}

export function useVerify(orgId: string, channelId: string) {
  const refresh = useRefresh(orgId, channelId);
  return useMutation({
    mutationFn: () => unwrap(apiClient.POST('/api/orgs/{orgId}/channels/{channelId}/connection/verify', { params: { path: { orgId, channelId } } })),
    onSuccess: refresh,
  });
}

export function useDisconnect(orgId: string, channelId: string) {
  const refresh = useRefresh(orgId, channelId);
  return useMutation({
    mutationFn: () => unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/channels/{channelId}/connection', { params: { path: { orgId, channelId } } })),
    onSuccess: refresh,
  });
}
