import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json } from '@parvis/web/shared/testing';
import { briefFixture, planningStub } from '../../testing/planning-fixtures';
import { renderApp } from '../../testing/render-app';

function withCalendar(role: 'admin' | 'viewer', items = [briefFixture()]) {
  return planningStub(role).on('GET', '/api/orgs/org-lyon/calendar', {
    timeZone: 'Europe/Paris',
    items,
    keyDays: [{ date: '2026-06-24', label: 'Jour test', kind: 'public_holiday' }],
    truncated: false,
  });
}

describe('CalendarPage', () => {
  it('creates a brief from the form', async () => {
    const stub = withCalendar('admin', []).on('POST', '/api/orgs/org-lyon/briefs', (request) =>
      json(201, briefFixture({ id: 'brief-2', title: (request.body as { title: string }).title })),
    );
    await renderApp('/orgs/org-lyon/calendar');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Nouveau sujet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau sujet' });
    await user.click(within(dialog).getByRole('button', { name: 'Créer' }));
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(stub.sent('POST', '/api/orgs/org-lyon/briefs')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText(/^Titre/), 'Journées du patrimoine');
    const date = within(dialog).getByLabelText(/^Date de publication/);
    await user.clear(date);
    await user.type(date, '2026-09-19');
    const time = within(dialog).getByLabelText(/^Heure/);
    await user.clear(time);
    await user.type(time, '10:30');
    await user.selectOptions(within(dialog).getByLabelText('Thématique'), 'theme-1');
    await user.click(within(dialog).getByLabelText('Ville de Lyon (Bluesky)'));
    await user.selectOptions(within(dialog).getByLabelText('Rédacteur'), 'm-1');
    await user.click(within(dialog).getByRole('button', { name: 'Créer' }));

    await waitFor(() => expect(stub.sent('POST', '/api/orgs/org-lyon/briefs')).toHaveLength(1));
    expect(stub.sent('POST', '/api/orgs/org-lyon/briefs')[0]?.body).toEqual({
      title: 'Journées du patrimoine',
      plannedDate: '2026-09-19',
      plannedTime: '10:30',
      themeId: 'theme-1',
      channelIds: ['channel-1'],
      assigneeMembershipId: 'm-1',
    });
    expect(await screen.findByText('Sujet « Journées du patrimoine » créé.')).toBeTruthy();
  });

  it('hides edit controls from a viewer and remembers filters', async () => {
    const stub = withCalendar('viewer');
    const first = await renderApp('/orgs/org-lyon/calendar');
    await screen.findByRole('heading', { level: 1, name: 'Calendrier' });
    await waitFor(() => expect(stub.sent('GET', '/api/orgs/org-lyon/calendar').length).toBeGreaterThan(0));
    expect(screen.queryByRole('button', { name: 'Nouveau sujet' })).toBeNull();
    expect(screen.queryByText(/Glissez un sujet/)).toBeNull();

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Statut'), 'assigned');
    await waitFor(() =>
      expect(stub.sent('GET', '/api/orgs/org-lyon/calendar').some((r) => r.search.get('status') === 'assigned')).toBe(true),
    );
    first.unmount();

    stub.requests.length = 0;
    await renderApp('/orgs/org-lyon/calendar');
    expect(((await screen.findByLabelText('Statut')) as HTMLSelectElement).value).toBe('assigned');
    await waitFor(() => expect(stub.sent('GET', '/api/orgs/org-lyon/calendar')[0]?.search.get('status')).toBe('assigned'));
  });

  it('shows briefs with their theme colour, networks and status, and the key days', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    planningStub('editor').on('GET', '/api/orgs/org-lyon/calendar', {
      timeZone: 'Europe/Paris',
      items: [briefFixture({ plannedLocal: { date: today, time: '18:00' }, networks: ['bluesky', 'mastodon'] })],
      keyDays: [{ date: today, label: 'Jour test', kind: 'public_holiday' }],
      truncated: true,
    });
    await renderApp('/orgs/org-lyon/calendar');
    const title = await screen.findByText('Fête de la musique');
    const event = title.closest('.fc-event') as HTMLElement;
    expect(event.getAttribute('tabindex')).toBe('0');
    expect(event.style.backgroundColor).toBe('rgb(0, 99, 203)');
    expect(within(event).getByText('Bluesky · Mastodon')).toBeTruthy();
    expect(within(event).getByText('Attribué')).toBeTruthy();
    expect(within(event).getByText('18:00')).toBeTruthy();
    expect(screen.getByText('Jour férié : Jour test')).toBeTruthy();
    expect(screen.getByText(/Trop de sujets sur cette période/)).toBeTruthy();
    expect(screen.getByText(/Glissez un sujet/)).toBeTruthy();
  });

  it('opens a brief read-only for a viewer, with its comments', async () => {
    withCalendar('viewer')
      .on('GET', '/api/orgs/org-lyon/briefs/brief-1', briefFixture())
      .on('GET', '/api/orgs/org-lyon/briefs/brief-1/comments', {
        items: [{ id: 'c1', body: 'Penser aux horaires', authorName: 'Bob', createdAt: '2026-06-02T08:00:00.000Z' }],
      });
    await renderApp('/orgs/org-lyon/briefs/brief-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fête de la musique' })).toBeTruthy();
    expect(await screen.findByText('Penser aux horaires')).toBeTruthy();
    expect(screen.queryByLabelText(/^Titre/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).toBeNull();
    expect(screen.getByText(/Prévu le .* à 18:00/)).toBeTruthy();
  });
});
