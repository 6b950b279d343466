import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from './api-client';
import type { BriefFilters } from './contract/types';
import { notificationKeys, planningKeys } from './query-keys';

export const themesQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: planningKeys.themes(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/themes', { params: { path: { orgId } } })),
  });

export const audiencesQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: planningKeys.audiences(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/audiences', { params: { path: { orgId } } })),
  });

export const campaignsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: planningKeys.campaigns(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/campaigns', { params: { path: { orgId } } })),
  });

export const channelsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: planningKeys.channels(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/channels', { params: { path: { orgId } } })),
  });

export const keyDatesQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: planningKeys.keyDates(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/key-dates', { params: { path: { orgId } } })),
  });

/** Local dates `YYYY-MM-DD`, `to` inclusive; the API accepts up to 100 days. */
export interface DateRange {
  from: string;
  to: string;
}

export const calendarQueryOptions = (orgId: string, range: DateRange, filters: BriefFilters = {}) =>
  queryOptions({
    queryKey: planningKeys.calendar(orgId, range, filters),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/calendar', { params: { path: { orgId }, query: { ...filters, ...range } } })),
  });

export const BRIEF_LIST_LIMIT = 100;

/** First page of briefs matching the filters (the API orders them by planned date). */
export const briefsQueryOptions = (orgId: string, filters: BriefFilters = {}) =>
  queryOptions({
    queryKey: planningKeys.briefList(orgId, filters),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/briefs', {
          params: { path: { orgId }, query: { ...filters, limit: BRIEF_LIST_LIMIT } },
        }),
      ),
  });

export const briefQueryOptions = (orgId: string, briefId: string) =>
  queryOptions({
    queryKey: planningKeys.brief(orgId, briefId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/briefs/{briefId}', { params: { path: { orgId, briefId } } })),
  });

export const commentsQueryOptions = (orgId: string, briefId: string) =>
  queryOptions({
    queryKey: planningKeys.comments(orgId, briefId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/briefs/{briefId}/comments', { params: { path: { orgId, briefId } } })),
  });

export const NOTIFICATIONS_REFRESH_MS = 60_000;

export const notificationsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: notificationKeys.all(orgId),
    queryFn: () =>
      unwrap(apiClient.GET('/api/orgs/{orgId}/notifications', { params: { path: { orgId }, query: { limit: 20 } } })),
    refetchInterval: NOTIFICATIONS_REFRESH_MS,
  });
