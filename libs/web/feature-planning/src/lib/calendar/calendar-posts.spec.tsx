import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RequireAuth } from '@parvis/web/shared';
import { json, renderRoutes, type RecordedRequest } from '@parvis/web/shared/testing';
import type { PostSummary } from '@parvis/web/feature-composer/calendar';
import { useParams } from 'react-router';
import { briefFixture, planningStub } from '../../testing/planning-fixtures';
import { PLANNING_NAMESPACE, planningResources } from '../i18n';
import { CalendarPage } from './calendar-page';

const post = (overrides: Partial<PostSummary> = {}): PostSummary => ({
  id: 'post-1',
  version: 2,
  status: 'in_review',
  title: 'Concert place Bellecour',
  plannedAt: '2026-06-21T08:30:00.000Z',
  networks: ['bluesky', 'mastodon'],
  channelIds: ['channel-1'],
  themeId: null,
  briefId: 'brief-1',
  author: { membershipId: 'm-1', name: 'Alice Martin' },
  updatedAt: '2026-06-01T08:00:00.000Z',
  ...overrides,
});

function ComposerStandIn() {
  const { postId } = useParams();
  return <h1>Composer {postId}</h1>;
}

function renderCalendar() {
  return renderRoutes(
    '/orgs/org-lyon/calendar?view=month&date=2026-06-01',
    [
      {
        element: <RequireAuth />,
        children: [
          { path: '/orgs/:orgId/calendar', element: <CalendarPage /> },
          { path: '/orgs/:orgId/posts/:postId', element: <ComposerStandIn /> },
        ],
      },
    ],
    { language: 'fr', namespaces: { [PLANNING_NAMESPACE]: planningResources } },
  );
}

function stubWithPosts(role: 'editor' | 'viewer', posts: PostSummary[]) {
  return planningStub(role)
    .on('GET', '/api/orgs/org-lyon/calendar', { timeZone: 'Europe/Paris', items: [briefFixture()], keyDays: [], truncated: false })
    .on('GET', '/api/orgs/org-lyon/posts', { items: posts, nextCursor: null });
}

describe('Posts in the calendar', () => {
  it('asks for the posts of the visible range and shows each at its Paris time, as a post with its networks and status', async () => {
    const stub = stubWithPosts('viewer', [post()]);
    await renderCalendar();
    const title = await screen.findByText('Concert place Bellecour');
    const event = title.closest('.fc-event') as HTMLElement;
    // 08:30 UTC is 10:30 in Paris in June.
    expect(within(event).getByText('10:30')).toBeTruthy();
    expect(within(event).getByText('Bluesky · Mastodon')).toBeTruthy();
    expect(within(event).getByText('En relecture')).toBeTruthy();
    expect(within(event).getByText(/Post/)).toBeTruthy();
    expect(event.getAttribute('aria-label')).toBe('Post « Concert place Bellecour », dimanche 21 juin 2026 à 10:30, Bluesky, Mastodon, En relecture');
    // The brief is still shown as a brief (its own status).
    expect(within(screen.getByText('Fête de la musique').closest('.fc-event') as HTMLElement).getByText('Attribué')).toBeTruthy();
    const query = stub.sent('GET', '/api/orgs/org-lyon/posts')[0]?.search;
    expect(query?.get('from')).toBe('2026-05-31');
    expect(query?.get('to')).toBe('2026-07-14');
  });

  it('opens the composer on Enter, and posts cannot be dragged', async () => {
    stubWithPosts('editor', [post()]);
    await renderCalendar();
    const event = (await screen.findByText('Concert place Bellecour')).closest('.fc-event') as HTMLElement;
    expect(event.classList.contains('fc-event-draggable')).toBe(false);
    const brief = screen.getByText('Fête de la musique').closest('.fc-event') as HTMLElement;
    expect(brief.classList.contains('fc-event-draggable')).toBe(true);
    event.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Composer post-1' })).toBeTruthy();
  });

  it('opens the composer on a click', async () => {
    stubWithPosts('editor', [post({ status: 'draft', networks: [] })]);
    await renderCalendar();
    const event = (await screen.findByText('Concert place Bellecour')).closest('.fc-event') as HTMLElement;
    expect(within(event).getByText('Brouillon')).toBeTruthy();
    await userEvent.setup().click(event);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Composer post-1' })).toBeTruthy());
  });

  /** June 2026, one post per hour from the 1st at 06:00 UTC: the n-th (0-based) of the month. */
  const nthOfJune = (n: number) => post({ id: `post-${n}`, title: `Contenu ${n}`, plannedAt: new Date(Date.UTC(2026, 5, 1, 6 + n)).toISOString() });

  /** The API's keyset pages: `pages[i]` answers the i-th request, its cursor names the next one. */
  function pagedPosts(pageOf: (index: number) => { items: PostSummary[]; last: boolean }) {
    return (request: RecordedRequest) => {
      const cursor = request.search.get('cursor');
      const index = cursor ? Number(cursor.replace('page', '')) : 0;
      const { items, last } = pageOf(index);
      return json(200, { items, nextCursor: last ? null : `page${index + 1}` });
    };
  }

  it('follows the cursor until the range is complete: a busy month of more than 100 posts shows them all', async () => {
    const stub = stubWithPosts('viewer', []).on(
      'GET',
      '/api/orgs/org-lyon/posts',
      pagedPosts((index) =>
        index === 0
          ? { items: Array.from({ length: 100 }, (_, n) => nthOfJune(n)), last: false }
          : { items: [post({ id: 'post-late', title: 'Bilan du mois', plannedAt: '2026-06-29T15:00:00.000Z' })], last: true },
      ),
    );
    await renderCalendar();
    expect(await screen.findByText('Bilan du mois')).toBeTruthy();
    expect(screen.getByText('Contenu 0')).toBeTruthy();
    const sent = stub.sent('GET', '/api/orgs/org-lyon/posts');
    expect(sent.map((request) => [request.search.get('cursor'), request.search.get('limit'), request.search.get('from'), request.search.get('to')])).toEqual([
      [null, '100', '2026-05-31', '2026-07-14'],
      ['page1', '100', '2026-05-31', '2026-07-14'],
    ]);
    expect(screen.queryByText(/ne sont pas affichés/)).toBeNull();
  });

  it('stops at 10 pages and says which posts are left out (never a silent truncation)', async () => {
    const stub = stubWithPosts('viewer', []).on(
      'GET',
      '/api/orgs/org-lyon/posts',
      pagedPosts((index) => ({ items: [nthOfJune(index)], last: false })),
    );
    await renderCalendar();
    // The 10th page's post is the last one read: 2026-06-01 15:00 UTC, 17:00 in Paris.
    const notice = await screen.findByText(/Plus de 1\s000 contenus sur cette période : ceux prévus après le 1 juin 2026, 17:00 ne sont pas affichés/);
    expect(notice.textContent).toContain('Passez en vue semaine pour les voir.');
    expect(stub.sent('GET', '/api/orgs/org-lyon/posts')).toHaveLength(10);
    expect(screen.getByText('Contenu 9')).toBeTruthy();
  });

  it('says so when a page of posts cannot be loaded, instead of showing the briefs alone', async () => {
    stubWithPosts('viewer', []).on(
      'GET',
      '/api/orgs/org-lyon/posts',
      pagedPosts((index) => {
        if (index === 1) throw new TypeError('Failed to fetch');
        return { items: [nthOfJune(index)], last: false };
      }),
    );
    await renderCalendar();
    expect(await screen.findByText('Les contenus de cette période n’ont pas pu être chargés.')).toBeTruthy();
  });
});
