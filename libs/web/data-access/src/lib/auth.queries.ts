import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from './api-client';
import { isApiError } from './api-error';
import { authKeys, publicKeys } from './query-keys';
import type { Me } from './contract/types';

/** The signed-in user, or null when there is no session (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(apiClient.GET('/api/auth/me'));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: authKeys.me(), queryFn: fetchMe, staleTime: 60_000 });

export const publicConfigQueryOptions = () =>
  queryOptions({
    queryKey: publicKeys.config(),
    queryFn: () => unwrap(apiClient.GET('/api/public-config')),
    staleTime: Infinity,
  });

export const invitationLookupQueryOptions = (token: string) =>
  queryOptions({
    queryKey: publicKeys.invitation(token),
    queryFn: () => unwrap(apiClient.GET('/api/invitations/{token}', { params: { path: { token } } })),
  });

export const passwordResetLookupQueryOptions = (token: string) =>
  queryOptions({
    queryKey: publicKeys.passwordReset(token),
    queryFn: () => unwrap(apiClient.GET('/api/password-resets/{token}', { params: { path: { token } } })),
  });
