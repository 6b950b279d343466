import {
  apiClient,
  governanceKeys,
  ifMatch,
  membersInfiniteQueryOptions,
  unwrap,
  unwrapEmpty,
  type Absence,
  type AbsenceInput,
  type CircuitCondition,
  type CircuitDto,
  type CircuitStepDto,
  type CreateCircuitInput,
  type ElectionInput,
  type Member,
  type PauseInput,
} from '@parvis/web/data-access';
import { queryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

export type { Absence, CircuitCondition };
export type CircuitStep = CircuitStepDto;
export type Circuit = CircuitDto;
export type CircuitInput = CreateCircuitInput;
export type ApproverKind = CircuitStep['approverKind'];

export const circuitsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: governanceKeys.circuits(orgId),
    queryFn: async () => (await unwrap(apiClient.GET('/api/orgs/{orgId}/circuits', { params: { path: { orgId } } }))).items,
  });

export const absencesQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: governanceKeys.absences(orgId),
    queryFn: async () => (await unwrap(apiClient.GET('/api/orgs/{orgId}/absences', { params: { path: { orgId } } }))).items,
  });

const MEMBERS_PAGE = 100;
/** Enough for the largest organisations the lists are meant for; the pickers say when it is cut. */
const MEMBERS_MAX_PAGES = 10;

/** Every member of the organisation (page after page), for the approver and substitute pickers. */
export function useAllMembers(orgId: string): { members: Member[]; isPending: boolean; isError: boolean; truncated: boolean } {
  const query = useInfiniteQuery({ ...membersInfiniteQueryOptions(orgId, MEMBERS_PAGE), retry: false });
  const pages = query.data?.pages.length ?? 0;
  const more = query.hasNextPage && pages < MEMBERS_MAX_PAGES;
  const { fetchNextPage, isFetchingNextPage } = query;
  useEffect(() => {
    if (more && !isFetchingNextPage) void fetchNextPage();
  }, [more, isFetchingNextPage, fetchNextPage]);
  const members = (query.data?.pages.flatMap((page) => page.items) ?? []).slice().sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { members, isPending: query.isPending || more, isError: query.isError, truncated: query.hasNextPage && !more };
}

function useInvalidate(key: (orgId: string) => readonly unknown[], orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key(orgId) });
}

export function useCreateCircuit(orgId: string) {
  const onSuccess = useInvalidate(governanceKeys.circuits, orgId);
  return useMutation({
    mutationFn: (body: CircuitInput) =>
      unwrap(apiClient.POST('/api/orgs/{orgId}/circuits', { params: { path: { orgId } }, body })),
    onSuccess,
  });
}

export function useUpdateCircuit(orgId: string) {
  const onSuccess = useInvalidate(governanceKeys.circuits, orgId);
  return useMutation({
    mutationFn: ({ circuitId, version, body }: { circuitId: string; version: number; body: Partial<CircuitInput> }) =>
      unwrap(apiClient.PATCH('/api/orgs/{orgId}/circuits/{circuitId}', { params: { path: { orgId, circuitId }, header: ifMatch(version) }, body })),
    onSuccess,
  });
}

/** `onDeleted` runs even though the deleted circuit's card is gone by then (a hook-level callback). */
export function useDeleteCircuit(orgId: string, circuitId: string, onDeleted?: () => void) {
  const invalidate = useInvalidate(governanceKeys.circuits, orgId);
  return useMutation({
    mutationFn: (version: number) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/circuits/{circuitId}', { params: { path: { orgId, circuitId }, header: ifMatch(version) } })),
    onSuccess: () => {
      onDeleted?.();
      return invalidate();
    },
  });
}

export function useDeclareAbsence(orgId: string) {
  const onSuccess = useInvalidate(governanceKeys.absences, orgId);
  return useMutation({
    mutationFn: (body: AbsenceInput) => unwrap(apiClient.POST('/api/orgs/{orgId}/absences', { params: { path: { orgId } }, body })),
    onSuccess,
  });
}

export function useDeleteAbsence(orgId: string, absenceId: string) {
  const onSuccess = useInvalidate(governanceKeys.absences, orgId);
  return useMutation({
    mutationFn: (version: number) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/absences/{absenceId}', { params: { path: { orgId, absenceId }, header: ifMatch(version) } })),
    onSuccess,
  });
}

export function useDeclareElection(orgId: string) {
  const onSuccess = useInvalidate(governanceKeys.elections, orgId);
  return useMutation({
    mutationFn: (body: ElectionInput) => unwrap(apiClient.POST('/api/orgs/{orgId}/elections', { params: { path: { orgId } }, body })),
    onSuccess,
  });
}

export function useDeleteElection(orgId: string, electionId: string) {
  const onSuccess = useInvalidate(governanceKeys.elections, orgId);
  return useMutation({
    mutationFn: (version: number) =>
      unwrapEmpty(apiClient.DELETE('/api/orgs/{orgId}/elections/{electionId}', { params: { path: { orgId, electionId }, header: ifMatch(version) } })),
    onSuccess,
  });
}

export function useSetPause(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PauseInput) => unwrap(apiClient.PUT('/api/orgs/{orgId}/publication-pause', { params: { path: { orgId } }, body })),
    onSuccess: (pause) => queryClient.setQueryData(governanceKeys.pause(orgId), pause),
  });
}
