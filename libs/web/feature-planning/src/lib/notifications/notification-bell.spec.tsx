import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json } from '@parvis/web/shared/testing';
import { briefFixture, planningStub } from '../../testing/planning-fixtures';
import { renderApp } from '../../testing/render-app';

describe('NotificationBell', () => {
  it('shows the unread count, marks one read and opens the brief', async () => {
    let readAt: string | null = null;
    const stub = planningStub('contributor')
      .on('GET', '/api/orgs/org-lyon/notifications', () =>
        json(200, {
          items: [{ id: 'n1', kind: 'brief_assigned', title: 'Fête de la musique', link: '/orgs/org-lyon/briefs/brief-1', readAt, createdAt: '2026-06-01T08:00:00.000Z' }],
          nextCursor: null,
          unreadCount: readAt ? 0 : 1,
        }),
      )
      .on('POST', '/api/orgs/org-lyon/notifications/n1/read', () => {
        readAt = '2026-06-01T09:00:00.000Z';
        return json(204);
      })
      .on('GET', '/api/orgs/org-lyon/briefs/brief-1', briefFixture())
      .on('GET', '/api/orgs/org-lyon/briefs/brief-1/comments', { items: [] });
    const { router } = await renderApp('/orgs/org-lyon');
    const user = userEvent.setup();
    const bell = await screen.findByRole('button', { name: /Notifications.*1 non lue/ });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    await user.click(bell);
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(bell.getAttribute('aria-controls') ?? '') as HTMLElement;
    await user.click(within(panel).getByRole('link', { name: /«\sFête de la musique\s»/ }));
    await waitFor(() => expect(stub.sent('POST', '/api/orgs/org-lyon/notifications/n1/read')).toHaveLength(1));
    expect(router.state.location.pathname).toBe('/orgs/org-lyon/briefs/brief-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fête de la musique' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Notifications' })).toBeTruthy());
  });
});
