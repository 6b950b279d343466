import { postCalendarEvents } from './post-events';
import type { PostSummary } from '../data/post-types';

const summary = (overrides: Partial<PostSummary>): PostSummary => ({
  id: 'p1',
  version: 1,
  status: 'draft',
  title: 'Fête du quartier',
  plannedAt: null,
  networks: ['bluesky', 'mastodon'],
  channelIds: [],
  themeId: null,
  briefId: null,
  author: { membershipId: 'm-1', name: 'Alice Martin' },
  updatedAt: '2026-12-01T09:00:00.000Z',
  ...overrides,
});

describe('postCalendarEvents', () => {
  it('places posts at their wall-clock time in the organisation zone, either side of the clock change', () => {
    const events = postCalendarEvents(
      'org-lyon',
      [
        summary({ id: 'winter', plannedAt: '2026-03-28T08:00:00.000Z' }),
        summary({ id: 'summer', plannedAt: '2026-03-29T07:00:00.000Z', status: 'approved', networks: ['linkedin'] }),
        summary({ id: 'unplanned' }),
      ],
      'Europe/Paris',
      (status) => (status === 'draft' ? 'Brouillon' : 'Approuvé'),
    );
    expect(events.map((e) => [e.id, e.start])).toEqual([
      ['post:winter', '2026-03-28T09:00:00'],
      ['post:summer', '2026-03-29T09:00:00'],
    ]);
    expect(events[0].title).toBe('[Bs M] Fête du quartier · Brouillon');
    expect(events[1].url).toBe('/orgs/org-lyon/posts/summer');
    expect(events[1].backgroundColor).not.toBe(events[0].backgroundColor);
  });
});
