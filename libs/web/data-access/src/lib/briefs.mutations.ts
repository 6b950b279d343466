import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from './api-client';
import { applyOptimisticMove, replaceBriefInCalendars, rollbackMove, type CalendarSnapshot } from './calendar-cache';
import type { components } from './contract';
import type { Brief, CreateBriefInput, UpdateBriefInput } from './contract/types';
import { notificationKeys, planningKeys } from './query-keys';
import { ifMatch } from './versioned';

type GeneratedUpdateBrief = components['schemas']['UpdateBriefDto'];

/** The generator typed nullable uuids as `Record<string, never>`; the JSON sent is UpdateBriefInput. */
function asGeneratedUpdate(input: UpdateBriefInput): GeneratedUpdateBrief {
  return input as unknown as GeneratedUpdateBrief;
}

function patchBrief(orgId: string, briefId: string, input: UpdateBriefInput, version?: number) {
  return unwrap(
    apiClient.PATCH('/api/orgs/{orgId}/briefs/{briefId}', {
      params: { path: { orgId, briefId }, header: ifMatch(version) },
      body: asGeneratedUpdate(input),
    }),
  );
}

export function useCreateBrief(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBriefInput) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/briefs', { params: { path: { orgId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planningKeys.briefs(orgId) }),
  });
}

export function useUpdateBrief(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ briefId, input, version }: { briefId: string; input: UpdateBriefInput; version?: number }) =>
      patchBrief(orgId, briefId, input, version),
    onSuccess: (brief) => {
      queryClient.setQueryData(planningKeys.brief(orgId, brief.id), brief);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: planningKeys.briefs(orgId) }),
        queryClient.invalidateQueries({ queryKey: notificationKeys.all(orgId) }),
      ]);
    },
  });
}

/**
 * Drag and drop: only `plannedDate` is sent (the API keeps the wall-clock time). The cached
 * calendars move at once and are put back if the server refuses.
 */
export function useMoveBrief(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation<Brief, Error, { briefId: string; plannedDate: string; version?: number }, { snapshot: CalendarSnapshot }>({
    mutationFn: ({ briefId, plannedDate, version }) => patchBrief(orgId, briefId, { plannedDate }, version),
    onMutate: async ({ briefId, plannedDate }) => {
      await queryClient.cancelQueries({ queryKey: planningKeys.calendars(orgId) });
      return { snapshot: applyOptimisticMove(queryClient, planningKeys.calendars(orgId), briefId, plannedDate) };
    },
    // The saved brief (its new version) replaces the optimistic one at once: a second drag of the
    // same card before the refetch must not send the old version and meet a 412 of its own making.
    onSuccess: (saved) => replaceBriefInCalendars(queryClient, planningKeys.calendars(orgId), saved),
    onError: (_error, _variables, context) => {
      if (context) rollbackMove(queryClient, context.snapshot);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: planningKeys.briefs(orgId) }),
  });
}

export function useDeleteBrief(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ briefId, version }: { briefId: string; version?: number }) =>
      unwrap(apiClient.DELETE('/api/orgs/{orgId}/briefs/{briefId}', { params: { path: { orgId, briefId }, header: ifMatch(version) } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planningKeys.briefs(orgId) }),
  });
}

/** A copy of a brief (same fields, "idea" status, no writer), to plan a similar one. */
export function useDuplicateBrief(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (briefId: string) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/briefs/{briefId}/duplicate', { params: { path: { orgId, briefId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planningKeys.briefs(orgId) }),
  });
}

export function useAddComment(orgId: string, briefId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/briefs/{briefId}/comments', {
          params: { path: { orgId, briefId } },
          body: { body },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planningKeys.comments(orgId, briefId) }),
  });
}

export function useMarkNotificationRead(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      unwrap(
        apiClient.POST('/api/orgs/{orgId}/notifications/{notificationId}/read', {
          params: { path: { orgId, notificationId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all(orgId) }),
  });
}

export function useMarkAllNotificationsRead(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/notifications/read-all', { params: { path: { orgId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all(orgId) }),
  });
}
