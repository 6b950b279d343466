import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RequireAuth } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
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
});
