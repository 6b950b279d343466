import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapEmpty } from './api-client';
import { authKeys } from './query-keys';
import type { AcceptInvitationInput, ChangePasswordInput, LoginInput, LoginResult, Me } from './contract/types';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginInput) => unwrap(apiClient.POST('/api/auth/login', { body })),
    onSuccess: (result: LoginResult) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.all[0] });
      const me: Me = { user: result.user, memberships: result.memberships };
      queryClient.setQueryData(authKeys.me(), me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEmpty(apiClient.POST('/api/auth/logout')),
    // Forget everything cached for this user; the caller navigates away (to /login),
    // where the session is fetched anew.
    onSettled: () => queryClient.clear(),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordInput) => unwrapEmpty(apiClient.POST('/api/auth/password', { body })),
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationInput) =>
      unwrap(apiClient.POST('/api/invitations/{token}/accept', { params: { path: { token } }, body })),
    onSuccess: (me: Me) => {
      queryClient.setQueryData(authKeys.me(), me);
    },
  });
}

export function useConfirmPasswordReset(token: string) {
  return useMutation({
    mutationFn: (newPassword: string) =>
      unwrapEmpty(apiClient.POST('/api/password-resets/{token}', { params: { path: { token } }, body: { newPassword } })),
  });
}

/** « Mot de passe oublié »: the API answers the same whether or not an account has this address. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => unwrapEmpty(apiClient.POST('/api/password-resets', { body: { email } })),
  });
}

/** A signed-in user joins the organisation of an invitation addressed to their account. */
export function useJoinInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(apiClient.POST('/api/invitations/{token}/join', { params: { path: { token } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.me() }),
  });
}
