import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, ifMatch, notificationKeys, unwrap, type paths } from '@parvis/web/data-access';

type Route = paths['/api/orgs/{orgId}/me/notification-preferences'];
export type EmailPreferences = Route['get']['responses'][200]['content']['application/json'];
export type EmailMode = EmailPreferences['emailMode'];

/** Order shown to the member: the default first. */
export const EMAIL_MODES: readonly EmailMode[] = ['immediate', 'daily_digest', 'off'];

export const emailPreferencesKey = (orgId: string) => [...notificationKeys.all(orgId), 'email-preferences'] as const;

export const emailPreferencesQuery = (orgId: string) =>
  queryOptions({
    queryKey: emailPreferencesKey(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/me/notification-preferences', { params: { path: { orgId } } })),
  });

/** Saves my choice with the version I saw (412 VERSION_MISMATCH when another tab saved in between). */
export function useSaveEmailPreferences(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ emailMode, version }: { emailMode: EmailMode; version: number }) =>
      unwrap(apiClient.PUT('/api/orgs/{orgId}/me/notification-preferences', { params: { path: { orgId }, header: ifMatch(version) }, body: { emailMode } })),
    onSuccess: (saved) => queryClient.setQueryData(emailPreferencesKey(orgId), saved),
  });
}
