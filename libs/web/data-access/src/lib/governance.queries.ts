import { ALL_ROLES, can, instantToWallClock, type OrgAction } from '@parvis/shared/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from './api-client';
import type { components } from './contract';
import { orgKeys } from './query-keys';

type Schemas = components['schemas'];
export type PublicationPause = Schemas['PauseDto'];
export type ElectionList = Schemas['ElectionListDto'];
export type Election = Schemas['ElectionDto'];
export type ElectionType = Schemas['ElectionType'];
export type CircuitStepDto = Schemas['CircuitStepDto'];
export type CircuitDto = Schemas['CircuitDto'];
export type CircuitCondition = Schemas['CircuitConditionDto'];
export type CreateCircuitInput = Schemas['CreateCircuitDto'];
export type Absence = Schemas['AbsenceDto'];
export type AbsenceInput = Schemas['CreateAbsenceDto'];
export type ElectionInput = Schemas['CreateElectionDto'];
export type PauseInput = Schemas['SetPauseDto'];

/** How approvals are governed in one organisation: circuits, absences, elections and the pause. */
export const governanceKeys = {
  all: (orgId: string) => [...orgKeys.detail(orgId), 'governance'] as const,
  circuits: (orgId: string) => [...governanceKeys.all(orgId), 'circuits'] as const,
  absences: (orgId: string) => [...governanceKeys.all(orgId), 'absences'] as const,
  elections: (orgId: string) => [...governanceKeys.all(orgId), 'elections'] as const,
  pause: (orgId: string) => [...governanceKeys.all(orgId), 'publication-pause'] as const,
};

/** The shell's banners re-read the pause and the réserve this often (and after every change made here). */
export const GOVERNANCE_REFRESH_MS = 60_000;

/** « Tout suspendre »: whether every outgoing publication is held, by whom, since when and why. */
export const publicationPauseQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: governanceKeys.pause(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/publication-pause', { params: { path: { orgId } } })),
  });

/** The declared elections, each with its réserve électorale window, and whether one covers today. */
export const electionsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: governanceKeys.elections(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/elections', { params: { path: { orgId } } })),
  });

/** Whether a role (as the API sends it) may hold and release publications (`post.schedule` in the shared matrix). */
export function mayHoldPublications(role: string | undefined): boolean {
  const known = ALL_ROLES.find((r) => r === role);
  return known !== undefined && can(known, 'post.schedule');
}

/** Whether a role (as the API sends it) may do `action` in the shared matrix (false for an unknown role). */
export function roleMay(role: string | undefined, action: OrgAction): boolean {
  const known = ALL_ROLES.find((r) => r === role);
  return known !== undefined && can(known, action);
}

/**
 * The last day of the réserve électorale covering today on the organisation's calendar: null outside any
 * (the API's `inReserveNow` decides), '' when the API says so but no declared window covers today here.
 */
export function reserveLastDayToday(elections: ElectionList, timeZone: string, now = new Date()): string | null {
  if (!elections.inReserveNow) return null;
  const today = instantToWallClock(now, timeZone).date;
  const covering = elections.items.filter((e) => e.reserveFirstDay <= today && today <= e.reserveLastDay).map((e) => e.reserveLastDay);
  return covering.sort().at(-1) ?? '';
}
