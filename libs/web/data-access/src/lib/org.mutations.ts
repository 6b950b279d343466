import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapEmpty } from './api-client';
import { ifMatch } from './versioned';
import { authKeys, orgKeys } from './query-keys';
import type { CreateInvitationInput, Organization, UpdateMemberInput, UpdateOrganizationInput } from './contract/types';

export function useUpdateOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, ...body }: UpdateOrganizationInput & { version?: number }) =>
      unwrap(apiClient.PATCH('/api/orgs/{orgId}', { params: { path: { orgId }, header: ifMatch(version) }, body })),
    onSuccess: (organization: Organization) => {
      queryClient.setQueryData(orgKeys.detail(orgId), organization);
      // Memberships embed the organisation summary (name, time zone).
      return queryClient.invalidateQueries({ queryKey: authKeys.me() });
    },
  });
}

export interface UpdateMemberVariables extends UpdateMemberInput {
  memberId: string;
  /** The version shown to the user (sent as If-Match). */
  version?: number;
}

export function useUpdateMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, version, ...body }: UpdateMemberVariables) =>
      unwrap(
        apiClient.PATCH('/api/orgs/{orgId}/members/{memberId}', {
          params: { path: { orgId, memberId }, header: ifMatch(version) },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
        queryClient.invalidateQueries({ queryKey: orgKeys.services(orgId) }),
        queryClient.invalidateQueries({ queryKey: authKeys.me() }),
      ]),
  });
}

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/members/{memberId}', { params: { path: { orgId, memberId } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
        queryClient.invalidateQueries({ queryKey: orgKeys.services(orgId) }),
      ]),
  });
}

export function useIssuePasswordReset(orgId: string) {
  return useMutation({
    mutationFn: (memberId: string) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/members/{memberId}/password-reset', {
          params: { path: { orgId, memberId } },
        }),
      ),
  });
}

export function useCreateInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationInput) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/invitations', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.invitations(orgId) }),
  });
}

export function useRevokeInvitation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrapEmpty(
        apiClient.DELETE('/api/orgs/{orgId}/invitations/{invitationId}', { params: { path: { orgId, invitationId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.invitations(orgId) }),
  });
}
