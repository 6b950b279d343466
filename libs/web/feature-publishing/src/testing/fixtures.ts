import type { Channel } from '@parvis/web/data-access';
import type { Connection, PublicationQueueItem } from '../lib/data/types';

export const ORG = 'org-lyon';

export function channelFixture(overrides: Partial<Channel> = {}): Channel {
  return {
    id: 'ch-bsky',
    version: 1,
    network: 'bluesky',
    handle: '@ville.bsky.social',
    displayName: 'Ville sur Bluesky',
    status: 'not_connected',
    audienceIds: [],
    connection: { status: 'not_connected', accountHandle: null, accountUrl: null, publishing: null, limits: null },
    ...overrides,
  };
}

export function connectionFixture(overrides: Partial<Connection> = {}): Connection {
  return {
    channelId: 'ch-bsky',
    status: 'connected',
    network: 'bluesky',
    accountHandle: 'ville.bsky.social',
    accountUrl: 'https://bsky.app/profile/ville.bsky.social',
    serviceUrl: 'https://bsky.social',
    limits: { textLimit: 300, urlWeight: 0, media: { maxItems: 4 } },
    lastVerifiedAt: '2030-03-01T08:00:00.000Z',
    lastError: null,
    ...overrides,
  };
}

export function queueItem(overrides: Partial<PublicationQueueItem> = {}): PublicationQueueItem {
  return {
    id: 'pub-1',
    postId: 'post-1',
    channelId: 'ch-bsky',
    channelName: 'Ville sur Bluesky',
    network: 'bluesky',
    state: 'pending',
    attempts: 0,
    url: null,
    errorKind: null,
    error: null,
    nextAttemptAt: '2030-03-01T09:00:00.000Z',
    publishedAt: null,
    canRetry: false,
    version: 1,
    handoverText: null,
    postVersion: 3,
    postTitle: 'Fête des lumières',
    excerpt: 'Le programme de la fête',
    dueAt: '2030-03-01T09:00:00.000Z',
    ...overrides,
  };
}
