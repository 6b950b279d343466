import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapEmpty } from './api-client';
import type {
  CreateAudienceInput,
  CreateCampaignInput,
  CreateChannelInput,
  CreateKeyDateInput,
  CreateThemeInput,
  UpdateAudienceInput,
  UpdateCampaignInput,
  UpdateChannelInput,
  UpdateKeyDateInput,
  UpdateThemeInput,
} from './contract/types';
import { planningKeys } from './query-keys';

/** Creates without `id`, updates with one. */
export type SaveArgs<Create, Update> = { id?: undefined; input: Create } | { id: string; input: Update };

/** After a change to the editorial line, lists and the briefs that show it (colours, names) refresh. */
function useRefresh(orgId: string, key: readonly unknown[]) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: planningKeys.briefs(orgId) }),
    ]);
}

export function useSaveTheme(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.themes(orgId));
  return useMutation({
    mutationFn: (args: SaveArgs<CreateThemeInput, UpdateThemeInput>) =>
      args.id !== undefined
        ? unwrap(apiClient.PATCH('/api/orgs/{orgId}/themes/{themeId}', { params: { path: { orgId, themeId: args.id } }, body: args.input }))
        : unwrap(apiClient.POST('/api/orgs/{orgId}/themes', { params: { path: { orgId } }, body: args.input })),
    onSuccess: refresh,
  });
}

export function useDeleteTheme(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.themes(orgId));
  return useMutation({
    mutationFn: (themeId: string) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/themes/{themeId}', { params: { path: { orgId, themeId } } })),
    onSuccess: refresh,
  });
}

export function useSaveAudience(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.audiences(orgId));
  return useMutation({
    mutationFn: (args: SaveArgs<CreateAudienceInput, UpdateAudienceInput>) =>
      args.id !== undefined
        ? unwrap(
            apiClient.PATCH('/api/orgs/{orgId}/audiences/{audienceId}', { params: { path: { orgId, audienceId: args.id } }, body: args.input }),
          )
        : unwrap(apiClient.POST('/api/orgs/{orgId}/audiences', { params: { path: { orgId } }, body: args.input })),
    onSuccess: refresh,
  });
}

export function useDeleteAudience(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.audiences(orgId));
  return useMutation({
    mutationFn: (audienceId: string) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/audiences/{audienceId}', { params: { path: { orgId, audienceId } } })),
    onSuccess: refresh,
  });
}

export function useSaveCampaign(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.campaigns(orgId));
  return useMutation({
    mutationFn: (args: SaveArgs<CreateCampaignInput, UpdateCampaignInput>) =>
      args.id !== undefined
        ? unwrap(
            apiClient.PATCH('/api/orgs/{orgId}/campaigns/{campaignId}', { params: { path: { orgId, campaignId: args.id } }, body: args.input }),
          )
        : unwrap(apiClient.POST('/api/orgs/{orgId}/campaigns', { params: { path: { orgId } }, body: args.input })),
    onSuccess: refresh,
  });
}

export function useDeleteCampaign(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.campaigns(orgId));
  return useMutation({
    mutationFn: (campaignId: string) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/campaigns/{campaignId}', { params: { path: { orgId, campaignId } } })),
    onSuccess: refresh,
  });
}

export function useCreateChannel(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.channels(orgId));
  return useMutation({
    mutationFn: (input: CreateChannelInput) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/channels', { params: { path: { orgId } }, body: input })),
    onSuccess: refresh,
  });
}

export function useUpdateChannel(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.channels(orgId));
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateChannelInput }) =>
      unwrap(apiClient.PATCH('/api/orgs/{orgId}/channels/{channelId}', { params: { path: { orgId, channelId: id } }, body: input })),
    onSuccess: refresh,
  });
}

export function useDeleteChannel(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.channels(orgId));
  return useMutation({
    mutationFn: (channelId: string) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/channels/{channelId}', { params: { path: { orgId, channelId } } })),
    onSuccess: refresh,
  });
}

/** The organisation's key dates: they show on the calendar, which refreshes with them. */
export function useSaveKeyDate(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.keyDates(orgId));
  return useMutation({
    mutationFn: (args: SaveArgs<CreateKeyDateInput, UpdateKeyDateInput>) =>
      args.id !== undefined
        ? unwrap(apiClient.PATCH('/api/orgs/{orgId}/key-dates/{keyDateId}', { params: { path: { orgId, keyDateId: args.id } }, body: args.input }))
        : unwrap(apiClient.POST('/api/orgs/{orgId}/key-dates', { params: { path: { orgId } }, body: args.input })),
    onSuccess: refresh,
  });
}

export function useDeleteKeyDate(orgId: string) {
  const refresh = useRefresh(orgId, planningKeys.keyDates(orgId));
  return useMutation({
    mutationFn: (keyDateId: string) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/key-dates/{keyDateId}', { params: { path: { orgId, keyDateId } } })),
    onSuccess: refresh,
  });
}
