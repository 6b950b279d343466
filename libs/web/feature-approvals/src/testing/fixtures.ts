import type { components } from '@parvis/shared/api-contract';
import type { Post } from '@parvis/web/feature-composer';
import type { Review, ReviewQueueItem } from '../lib/data/approval-types';

type TimelineEvent = components['schemas']['TimelineEventDto'];

export const ORG = '/api/orgs/org-lyon';

export function postFixture(overrides: Partial<Post> = {}): Post {
  return {
    id: 'post-1',
    version: 4,
    status: 'in_review',
    briefId: null,
    masterText: 'Fête de quartier samedi au parc de la Tête d’Or.',
    themeId: null,
    campaignId: null,
    audienceIds: [],
    plannedAt: '2026-12-05T09:00:00.000Z',
    plannedLocal: '2026-12-05T10:00',
    author: { membershipId: 'm-agent', name: 'Camille Contributrice' },
    variants: [
      {
        channelId: 'ch-bsky',
        network: 'bluesky',
        channelName: 'Lyon sur Bluesky',
        text: '',
        followsMaster: true,
        threadParts: null,
        media: [],
        link: null,
        options: {},
        contentHash: 'variant-hash',
        validation: { length: 47, limit: 300, unit: 'graphemes', violations: [] },
        publishedTextPreview: 'Fête de quartier samedi au parc de la Tête d’Or.',
      },
    ],
    contentHash: 'hash-v4',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

export function reviewFixture(overrides: Partial<Review> = {}): Review {
  return {
    postId: 'post-1',
    version: 7,
    status: 'in_review',
    postVersion: 4,
    contentHash: 'hash-v4',
    approvedContentHash: null,
    circuitName: 'Circuit des services',
    currentStep: 1,
    stepDeadline: '2026-12-03T16:00:00.000Z',
    round: 2,
    urgent: false,
    sensitive: false,
    steps: [
      { name: 'Chef de service', approverKind: 'service_head', quorum: 'any', approverMembershipIds: ['m-head'], approvals: 1 },
      { name: 'Directrice de la communication', approverKind: 'role', role: 'approver', quorum: 'any', approverMembershipIds: ['m-1'], approvals: 0 },
    ],
    decisions: [],
    approvedVersionNumber: 2,
    // The saved version of the current content: the post's own version (4) also grew with its submission.
    latestVersionNumber: 3,
    callerMayDecide: true,
    neutralityRequired: false,
    neutrality: { anteriority: false, regularity: false, identity: false, neutrality: false },
    ...overrides,
  };
}

export function queueItemFixture(overrides: Partial<ReviewQueueItem> = {}): ReviewQueueItem {
  return {
    postId: 'post-1',
    title: 'Fête de quartier samedi',
    excerpt: 'Fête de quartier samedi au parc de la Tête d’Or.',
    authorName: 'Camille Contributrice',
    status: 'in_review',
    circuitName: 'Circuit des services',
    currentStep: 1,
    stepName: 'Directrice de la communication',
    stepDeadline: '2026-12-03T16:00:00.000Z',
    plannedAt: '2026-12-05T09:00:00.000Z',
    networks: ['bluesky'],
    reviewVersion: 7,
    postVersion: 4,
    contentHash: 'hash-v4',
    onBehalfOfName: null,
    urgent: false,
    sensitive: false,
    ...overrides,
  };
}

export function timelineEvent(overrides: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'action'>): TimelineEvent {
  return {
    at: '2026-12-01T10:00:00.000Z',
    actorName: 'Camille Contributrice',
    externalName: null,
    justification: null,
    contentHashBefore: null,
    contentHashAfter: null,
    details: {},
    ...overrides,
  };
}
