import { queryOptions } from '@tanstack/react-query';
import { apiClient, unwrap } from './api-client';
import { orgKeys } from './query-keys';

/** The caller's approvals queue (feature-approvals) and its count (the navigation badge, in the app shell). */
export const approvalKeys = {
  all: (orgId: string) => [...orgKeys.detail(orgId), 'approvals'] as const,
  queue: (orgId: string) => [...approvalKeys.all(orgId), 'queue'] as const,
  queueCount: (orgId: string) => [...approvalKeys.all(orgId), 'queue-count'] as const,
};

/** How many posts wait for the caller's decision now, refreshed every minute. */
export const reviewQueueCountQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: approvalKeys.queueCount(orgId),
    queryFn: () => unwrap(apiClient.GET('/api/orgs/{orgId}/review-queue/count', { params: { path: { orgId } } })),
    select: (answer) => answer.count,
    refetchInterval: 60_000,
  });
