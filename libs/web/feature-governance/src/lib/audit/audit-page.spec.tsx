import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, memberFixture, type RecordedRequest } from '@parvis/web/shared/testing';
import { inLyon, ORG } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const event = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  at: '2026-03-02T08:30:00.000Z',
  actorMembershipId: 'm-2',
  actorName: 'Bruno Chef',
  objectType: 'post',
  objectId: '6f1c2a3b-0000-4000-8000-000000000001',
  action: 'post.approve',
  justification: 'Conforme à la ligne',
  contentHashBefore: null,
  contentHashAfter: null,
  clientAddress: '203.0.113.7',
  requestId: null,
  details: {},
  ...overrides,
});

function answer(request: RecordedRequest) {
  if (request.search.get('cursor') === 'next') return json(200, { items: [event('e-3', { action: 'circuit.frobnicate', objectType: 'circuit', justification: null })], nextCursor: null });
  if (request.search.get('action') === 'post.reject') return json(200, { items: [], nextCursor: null });
  return json(200, { items: [event('e-1'), event('e-2', { action: 'post.publish_urgent', actorName: 'Chloé Directrice' })], nextCursor: 'next' });
}

describe('AuditPage', () => {
  it('lists the events in the org zone, pages on, filters (the request and the export links carry the filters)', async () => {
    const stub = inLyon('admin').on('GET', `${ORG}/audit-events`, answer);
    await renderApp('/orgs/org-lyon/settings/audit');
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Événements du journal d’audit' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1] as HTMLElement).getByText('Approuvé')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText(/2 mars 2026.*09:30/)).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Bruno Chef')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('203.0.113.7')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Conforme à la ligne')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText('Publié en urgence')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await within(table).findByText('circuit.frobnicate')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();

    await user.type(screen.getByLabelText('Du'), '2026-03-01');
    await user.type(screen.getByLabelText('Au'), '2026-03-31');
    await user.selectOptions(screen.getByLabelText('Action'), 'post.reject');
    await user.selectOptions(screen.getByLabelText('Type d’objet'), 'post');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(await screen.findByText('Aucun événement pour ces filtres.')).toBeTruthy();
    const filtered = stub.sent('GET', `${ORG}/audit-events`).at(-1);
    // Paris: 1 March 00:00 is 23:00 UTC the day before (winter); the end is the next midnight, exclusive.
    expect(filtered?.search.get('from')).toBe('2026-02-28T23:00:00.000Z');
    expect(filtered?.search.get('to')).toBe('2026-03-31T22:00:00.000Z');
    expect(filtered?.search.get('action')).toBe('post.reject');
    expect(filtered?.search.get('objectType')).toBe('post');

    const csv = new URL(screen.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href') ?? '', 'http://x');
    expect(csv.pathname).toBe(`${ORG}/audit-events/export`);
    expect(Object.fromEntries(csv.searchParams)).toEqual({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
      action: 'post.reject',
      objectType: 'post',
      format: 'csv',
    });
    const jsonLink = screen.getByRole('link', { name: 'Exporter en JSON' });
    expect(jsonLink.hasAttribute('download')).toBe(true);
    expect(new URL(jsonLink.getAttribute('href') ?? '', 'http://x').searchParams.get('format')).toBe('json');
    expect(new URL(jsonLink.getAttribute('href') ?? '', 'http://x').searchParams.get('action')).toBe('post.reject');
  });

  it('refuses an end before the start without asking the server', async () => {
    const stub = inLyon('admin').on('GET', `${ORG}/audit-events`, answer);
    await renderApp('/orgs/org-lyon/settings/audit');
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.type(screen.getByLabelText('Du'), '2026-03-10');
    await user.type(screen.getByLabelText('Au'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(screen.getByText('La date de fin doit suivre la date de début.')).toBeTruthy();
    expect(stub.sent('GET', `${ORG}/audit-events`)).toHaveLength(1);
  });

  it('speaks English with the same layout (typed parity)', async () => {
    inLyon('admin').on('GET', `${ORG}/audit-events`, answer);
    await renderApp('/orgs/org-lyon/settings/audit', 'en');
    const table = await screen.findByRole('table', { name: 'Audit log events' });
    expect(within(table).getByText('Approved')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Audit log' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Export as CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show more' })).toBeTruthy();
  });

  it('tells other roles the log is for administrators and asks nothing', async () => {
    const stub = inLyon('editor');
    await renderApp('/orgs/org-lyon/settings/audit');
    expect(await screen.findByText('Seuls les administrateurs peuvent consulter le journal d’audit.')).toBeTruthy();
    await waitFor(() => expect(stub.sent('GET', `${ORG}/audit-events`)).toHaveLength(0));
  });

  // The members directory with real ids (the API checks actorMembershipId as a UUID).
  const BRUNO = '0b7e1d2c-0000-4000-8000-00000000000b';
  const POST_ID = '6f1c2a3b-0000-4000-8000-000000000001';
  const withDirectory = (role: 'admin') =>
    inLyon(role).on('GET', `${ORG}/members`, {
      items: [memberFixture({ id: 'a1c0ffee-0000-4000-8000-00000000000a', displayName: 'Alice Martin', role: 'admin' }), memberFixture({ id: BRUNO, userId: 'user-2', displayName: 'Bruno Chef', role: 'approver' })],
      nextCursor: null,
    });
  const lastSent = (stub: ReturnType<typeof inLyon>) => Object.fromEntries(stub.sent('GET', `${ORG}/audit-events`).at(-1)?.search ?? []);

  it('reads its filters from the address: a reload or a shared link shows the same events, export links included', async () => {
    const stub = withDirectory('admin').on('GET', `${ORG}/audit-events`, answer);
    await renderApp(`/orgs/org-lyon/settings/audit?from=2026-03-01&to=2026-03-31&action=post.approve&actor=${BRUNO}&objectType=post&objectId=${POST_ID}`);
    await screen.findByRole('table', { name: 'Événements du journal d’audit' });
    expect((screen.getByLabelText('Du') as HTMLInputElement).value).toBe('2026-03-01');
    expect((screen.getByLabelText('Au') as HTMLInputElement).value).toBe('2026-03-31');
    expect((screen.getByLabelText('Action') as HTMLSelectElement).value).toBe('post.approve');
    expect((screen.getByLabelText('Type d’objet') as HTMLSelectElement).value).toBe('post');
    expect((screen.getByLabelText('Identifiant de l’objet') as HTMLInputElement).value).toBe(POST_ID);
    const actor = screen.getByLabelText('Auteur') as HTMLSelectElement;
    await waitFor(() => expect(actor.selectedOptions[0]?.textContent).toBe('Bruno Chef'));
    const expected = { from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z', action: 'post.approve', actorMembershipId: BRUNO, objectType: 'post', objectId: POST_ID };
    expect(stub.sent('GET', `${ORG}/audit-events`)).toHaveLength(1);
    expect(lastSent(stub)).toEqual({ ...expected, limit: '50' });
    const csv = new URL(screen.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href') ?? '', 'http://x');
    expect(Object.fromEntries(csv.searchParams)).toEqual({ ...expected, format: 'csv' });
  });

  it('filters by author (the members directory) and by object id, and writes them to the address; a bad id is refused before asking', async () => {
    const stub = withDirectory('admin').on('GET', `${ORG}/audit-events`, answer);
    const { router } = await renderApp('/orgs/org-lyon/settings/audit');
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Auteur'), 'Bruno Chef');
    await user.type(screen.getByLabelText('Identifiant de l’objet'), 'pas-un-uuid');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(screen.getByText(/L’identifiant doit être un UUID/)).toBeTruthy();
    expect(stub.sent('GET', `${ORG}/audit-events`)).toHaveLength(1);
    expect(router.state.location.search).toBe('');

    await user.clear(screen.getByLabelText('Identifiant de l’objet'));
    await user.type(screen.getByLabelText('Identifiant de l’objet'), ` ${POST_ID.toUpperCase()} `);
    await user.selectOptions(screen.getByLabelText('Type d’objet'), 'post');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    await waitFor(() => expect(stub.sent('GET', `${ORG}/audit-events`)).toHaveLength(2));
    expect(lastSent(stub)).toEqual({ actorMembershipId: BRUNO, objectType: 'post', objectId: POST_ID, limit: '50' });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ actor: BRUNO, objectType: 'post', objectId: POST_ID });
    expect(screen.queryByText(/L’identifiant doit être un UUID/)).toBeNull();

    // « Back » returns to the unfiltered log, and the form follows the address.
    await router.navigate(-1);
    await waitFor(() => expect((screen.getByLabelText('Auteur') as HTMLSelectElement).value).toBe(''));
    expect((screen.getByLabelText('Identifiant de l’objet') as HTMLInputElement).value).toBe('');
  });

  it('an event’s object id links to every event of that object', async () => {
    const stub = withDirectory('admin').on('GET', `${ORG}/audit-events`, answer);
    const { router } = await renderApp('/orgs/org-lyon/settings/audit?action=post.approve');
    const table = await screen.findByRole('table');
    const [first] = within(table).getAllByRole('link', { name: 'Tous les événements de cet objet (Post 6f1c2a3b)' });
    await userEvent.setup().click(first as HTMLElement);
    await waitFor(() => expect(lastSent(stub)).toEqual({ objectType: 'post', objectId: POST_ID, limit: '50' }));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ objectType: 'post', objectId: POST_ID });
    expect((screen.getByLabelText('Identifiant de l’objet') as HTMLInputElement).value).toBe(POST_ID);
    expect((screen.getByLabelText('Action') as HTMLSelectElement).value).toBe('');
  });
});
