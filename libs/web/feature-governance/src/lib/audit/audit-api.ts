import type { components } from '@parvis/shared/api-contract';
import { apiClient, governanceKeys, unwrap } from '@parvis/web/data-access';
import { localDaysToRange } from '@parvis/shared/domain';
import { infiniteQueryOptions } from '@tanstack/react-query';

export type AuditEvent = components['schemas']['AuditEventDto'];

/** The filters as the member types them: local days of the organisation's calendar, codes, ids. */
export interface AuditFilters {
  fromDate: string;
  toDate: string;
  action: string;
  objectType: string;
  objectId: string;
  actorMembershipId: string;
}

export const NO_FILTERS: AuditFilters = { fromDate: '', toDate: '', action: '', objectType: '', objectId: '', actorMembershipId: '' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * The filters' names in the page's address (`?from=2026-03-01&actor=…`): a reload or a shared link
 * shows the same events. Each value is checked as the API would (what it would refuse is left out).
 */
const URL_FIELDS: { [K in keyof AuditFilters]: { param: string; valid: (value: string) => boolean } } = {
  fromDate: { param: 'from', valid: (v) => DAY.test(v) },
  toDate: { param: 'to', valid: (v) => DAY.test(v) },
  action: { param: 'action', valid: (v) => /^[a-z_]{1,30}(\.[a-z_]{1,30})?$/.test(v) },
  objectType: { param: 'objectType', valid: (v) => /^[a-z_]{1,40}$/.test(v) },
  objectId: { param: 'objectId', valid: isUuid },
  actorMembershipId: { param: 'actor', valid: isUuid },
};
const FIELD_NAMES = Object.keys(URL_FIELDS) as (keyof AuditFilters)[];

export function filtersFromSearch(search: URLSearchParams): AuditFilters {
  const filters = { ...NO_FILTERS };
  for (const field of FIELD_NAMES) {
    const value = search.get(URL_FIELDS[field].param)?.trim() ?? '';
    if (value && URL_FIELDS[field].valid(value)) filters[field] = value;
  }
  return filters;
}

export function searchFromFilters(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const field of FIELD_NAMES) if (filters[field]) search.set(URL_FIELDS[field].param, filters[field]);
  return search;
}

/** The query the API takes: the period as instants bounding the local days (end exclusive). */
export function auditQuery(filters: AuditFilters, timeZone: string): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.fromDate) query['from'] = localDaysToRange(filters.fromDate, filters.fromDate, timeZone).from.toISOString();
  if (filters.toDate) query['to'] = localDaysToRange(filters.toDate, filters.toDate, timeZone).to.toISOString();
  if (filters.action) query['action'] = filters.action;
  if (filters.objectType) query['objectType'] = filters.objectType;
  if (filters.objectId) query['objectId'] = filters.objectId;
  if (filters.actorMembershipId) query['actorMembershipId'] = filters.actorMembershipId;
  return query;
}

/** The export's address with the same filters (a plain cookie-authenticated download). */
export function auditExportUrl(orgId: string, query: Record<string, string>, format: 'csv' | 'json'): string {
  const params = new URLSearchParams({ ...query, format });
  return `/api/orgs/${encodeURIComponent(orgId)}/audit-events/export?${params.toString()}`;
}

const PAGE_SIZE = 50;

export const auditEventsQueryOptions = (orgId: string, query: Record<string, string>) =>
  infiniteQueryOptions({
    queryKey: [...governanceKeys.all(orgId), 'audit', query] as const,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/audit-events', {
          params: { path: { orgId }, query: { ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
