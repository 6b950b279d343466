import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from './api-client';
import { orgKeys } from './query-keys';

export const orgQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: orgKeys.detail(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}', { params: { path: { orgId } } })),
  });

export const DEFAULT_MEMBERS_PAGE_SIZE = 25;

/** Members with cursor pagination: each page carries `nextCursor` (null at the end). */
export const membersInfiniteQueryOptions = (orgId: string, limit = DEFAULT_MEMBERS_PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: orgKeys.memberList(orgId, limit),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient.GET('/api/orgs/{orgId}/members', {
          params: { path: { orgId }, query: pageParam ? { limit, cursor: pageParam } : { limit } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export const invitationsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: orgKeys.invitations(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/invitations', { params: { path: { orgId } } })),
  });

export const servicesQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: orgKeys.services(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/services', { params: { path: { orgId } } })),
  });
