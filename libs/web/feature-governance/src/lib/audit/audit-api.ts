import type { components } from '@parvis/shared/api-contract';
import { apiClient, governanceKeys, unwrap } from '@parvis/web/data-access';
import { localDaysToRange } from '@parvis/shared/domain';
import { infiniteQueryOptions } from '@tanstack/react-query';

export type AuditEvent = components['schemas']['AuditEventDto'];

/** The filters as the member types them: local days of the organisation's calendar, codes. */
export interface AuditFilters {
  fromDate: string;
  toDate: string;
  action: string;
  objectType: string;
}

export const NO_FILTERS: AuditFilters = { fromDate: '', toDate: '', action: '', objectType: '' };

/** The query the API takes: the period as instants bounding the local days (end exclusive). */
export function auditQuery(filters: AuditFilters, timeZone: string): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.fromDate) query['from'] = localDaysToRange(filters.fromDate, filters.fromDate, timeZone).from.toISOString();
  if (filters.toDate) query['to'] = localDaysToRange(filters.toDate, filters.toDate, timeZone).to.toISOString();
  if (filters.action) query['action'] = filters.action;
  if (filters.objectType) query['objectType'] = filters.objectType;
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
