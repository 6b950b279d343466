import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapEmpty } from './api-client';
import { planningKeys } from './query-keys';

/** The caller's iCalendar subscription (exists or not; the URL itself is shown only when issued). */
export const calendarFeedQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...planningKeys.all(orgId), 'calendar-feed'] as const,
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/calendar-feed', { params: { path: { orgId } } })),
  });

export function useIssueCalendarFeed(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(apiClient.POST('/api/orgs/{orgId}/calendar-feed', { params: { path: { orgId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedQueryOptions(orgId).queryKey }),
  });
}

export function useRevokeCalendarFeed(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/calendar-feed', { params: { path: { orgId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedQueryOptions(orgId).queryKey }),
  });
}

/** Same-origin download link of the planning between two local days (the session cookie goes along). */
export function briefsExportUrl(orgId: string, from: string, to: string): string {
  return `/api/orgs/${encodeURIComponent(orgId)}/briefs-export?${new URLSearchParams({ from, to }).toString()}`;
}

/** A CSV import: all rows or none; a refusal carries `details: [{ row, field, message }]`. */
export function useImportBriefs(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => unwrap(apiClient.POST('/api/orgs/{orgId}/briefs-import', { params: { path: { orgId } }, body: { csv } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planningKeys.briefs(orgId) }),
  });
}

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

export function importRowErrors(details: unknown): ImportRowError[] {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (d): d is ImportRowError => typeof d === 'object' && d !== null && typeof d.row === 'number' && typeof d.field === 'string' && typeof d.message === 'string',
  );
}
