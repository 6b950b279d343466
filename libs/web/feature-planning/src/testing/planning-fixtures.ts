import type { Brief, Role } from '@parvis/web/data-access';
import { FetchStub, lyon, meFixture, memberFixture, orgFixture } from '@parvis/web/shared/testing';

export function briefFixture(overrides: Partial<Brief> = {}): Brief {
  return {
    id: 'brief-1',
    version: 1,
    title: 'Fête de la musique',
    body: 'Programme des scènes',
    status: 'assigned',
    themeId: 'theme-1',
    themeColor: '#0063cb',
    campaignId: null,
    audienceIds: [],
    channelIds: ['channel-1'],
    networks: ['bluesky'],
    plannedAt: '2026-06-21T16:00:00.000Z',
    plannedLocal: { date: '2026-06-21', time: '18:00' },
    draftDueDate: '2026-06-14',
    assignee: { membershipId: 'm-1', displayName: 'Alice Martin' },
    updatedAt: '2026-06-01T08:00:00.000Z',
    ...overrides,
  };
}

/** A member of Lyon with the given role and the planning lists answered. */
export function planningStub(role: Role): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role, organization: lyon }]))
    .on('GET', '/api/orgs/org-lyon', orgFixture())
    .on('GET', '/api/orgs/org-lyon/notifications', { items: [], nextCursor: null, unreadCount: 0 })
    .on('GET', '/api/orgs/org-lyon/themes', { items: [{ id: 'theme-1', name: 'Culture', objectives: '', color: '#0063cb' }] })
    .on('GET', '/api/orgs/org-lyon/audiences', { items: [{ id: 'aud-1', name: 'Jeunes 15–25', description: '' }] })
    .on('GET', '/api/orgs/org-lyon/campaigns', { items: [] })
    .on('GET', '/api/orgs/org-lyon/channels', {
      items: [{ id: 'channel-1', network: 'bluesky', handle: '@lyon.bsky.social', displayName: 'Ville de Lyon', status: 'not_connected', audienceIds: [] }],
    })
    .on('GET', '/api/orgs/org-lyon/members', { items: [memberFixture({ id: 'm-1', role })], nextCursor: null })
    .install();
}
