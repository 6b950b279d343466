import { orgKeys } from '@parvis/web/data-access';

/** Query keys of connections and publications, under the organisation. */
export const publishingKeys = {
  all: (orgId: string) => [...orgKeys.detail(orgId), 'publishing'] as const,
  connection: (orgId: string, channelId: string) => [...publishingKeys.all(orgId), 'connection', channelId] as const,
  queues: (orgId: string) => [...publishingKeys.all(orgId), 'queue'] as const,
  queue: (orgId: string, range: { from: string; to: string }) => [...publishingKeys.queues(orgId), range] as const,
  /** The composer's posts (feature-composer's keys live under the same `posts` segment). */
  posts: (orgId: string) => [...orgKeys.detail(orgId), 'posts'] as const,
  forPost: (orgId: string, postId: string) => [...publishingKeys.all(orgId), 'post', postId] as const,
};
