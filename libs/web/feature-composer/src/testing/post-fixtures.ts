import type { Post, Variant } from '../lib/data/post-types';

export function variantFixture(overrides: Partial<Variant> & Pick<Variant, 'channelId' | 'network' | 'channelName'>): Variant {
  return {
    text: '',
    followsMaster: true,
    threadParts: null,
    media: [],
    link: null,
    options: {},
    contentHash: 'hash',
    validation: { length: 0, limit: 300, unit: 'graphemes', violations: [] },
    publishedTextPreview: '',
    ...overrides,
  };
}

export function postFixture(overrides: Partial<Post> = {}): Post {
  return {
    id: 'post-1',
    version: 3,
    status: 'draft',
    briefId: 'brief-1',
    masterText: 'Fête de quartier samedi au parc.',
    themeId: null,
    campaignId: null,
    audienceIds: [],
    plannedAt: null,
    plannedLocal: null,
    author: { membershipId: 'm-1', name: 'Alice Martin' },
    variants: [
      variantFixture({ channelId: 'ch-bsky', network: 'bluesky', channelName: 'Lyon sur Bluesky' }),
      variantFixture({ channelId: 'ch-masto', network: 'mastodon', channelName: 'Lyon sur Mastodon' }),
    ],
    contentHash: 'post-hash',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:30:00.000Z',
    ...overrides,
  };
}
