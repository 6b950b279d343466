import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, lyon, meFixture, memberFixture, orgFixture } from '@parvis/web/shared/testing';
import { renderApp } from '../testing/render-app';

const bob = memberFixture({ id: 'm-bob', userId: 'user-bob', email: 'bob@lyon.fr', displayName: 'Bob Durand', role: 'contributor' });
const chloe = memberFixture({ id: 'm-chloe', userId: 'user-chloe', email: 'chloe@lyon.fr', displayName: 'Chloé Bernard', role: 'viewer' });
const invitation = {
  id: 'inv-1',
  email: 'chloe@lyon.fr',
  role: 'editor',
  expiresAt: '2030-03-10T12:00:00.000Z',
  createdAt: '2030-03-03T12:00:00.000Z',
};

function adminInLyon(timeZone = 'Europe/Paris'): FetchStub {
  const org = { ...lyon, timeZone };
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'admin', organization: org }]))
    .on('GET', '/api/orgs/org-lyon', orgFixture(org))
    .on('GET', '/api/orgs/org-lyon/members', (request) =>
      request.search.get('cursor') === 'page-2'
        ? json(200, { items: [chloe], nextCursor: null })
        : json(200, { items: [memberFixture(), bob], nextCursor: 'page-2' }),
    )
    .on('GET', '/api/orgs/org-lyon/services', { items: [{ id: 'svc-1', name: 'Communication', memberCount: 1 }] })
    .on('GET', '/api/orgs/org-lyon/invitations', { items: [invitation] })
    .install();
}

describe('MembersPage (admin)', () => {
  it('pages through members with the cursor and changes a role', async () => {
    const stub = adminInLyon().on('PATCH', '/api/orgs/org-lyon/members/m-bob', json(200, { ...bob, role: 'approver' }));
    await renderApp('/orgs/org-lyon/members');
    const user = userEvent.setup();
    const bobRole = await screen.findByRole('combobox', { name: 'Rôle de Bob Durand' });
    expect(document.title).toBe('Membres · Parvis');
    // One's own membership is changed by another admin only.
    expect(screen.queryByRole('combobox', { name: 'Rôle de Alice Martin' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Retirer.*Alice Martin/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Afficher plus de membres' }));
    expect(await screen.findByRole('combobox', { name: 'Rôle de Chloé Bernard' })).toBeTruthy();
    expect(stub.sent('GET', '/api/orgs/org-lyon/members').at(-1)?.search.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: 'Afficher plus de membres' })).toBeNull();

    await user.selectOptions(bobRole, 'Validateur');
    expect(stub.sent('PATCH', '/api/orgs/org-lyon/members/m-bob')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /Enregistrer le rôle.*Bob Durand/ }));
    await waitFor(() => expect(stub.sent('PATCH', '/api/orgs/org-lyon/members/m-bob')).toHaveLength(1));
    const patch = stub.sent('PATCH', '/api/orgs/org-lyon/members/m-bob')[0];
    expect(patch.body).toEqual({ role: 'approver' });
    expect(patch.headers.get('If-Match')).toBe('"1"');
  });

  it('does not save a role while the keyboard browses the options, and keeps the focus', async () => {
    const stub = adminInLyon();
    await renderApp('/orgs/org-lyon/members');
    const user = userEvent.setup();
    const bobRole = await screen.findByRole('combobox', { name: 'Rôle de Bob Durand' });
    bobRole.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(bobRole);
    expect(stub.sent('PATCH', '/api/orgs/org-lyon/members/m-bob')).toHaveLength(0);
  });

  it('shows both versions when someone else changed the member, and resends mine with the new version', async () => {
    const stub = adminInLyon().on('PATCH', '/api/orgs/org-lyon/members/m-bob', (request) =>
      request.headers.get('If-Match') === '"1"'
        ? apiError(412, 'VERSION_MISMATCH', 'Stale', { current: { ...bob, role: 'editor', version: 2 } })
        : json(200, { ...bob, role: 'approver', version: 3 }),
    );
    await renderApp('/orgs/org-lyon/members');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Rôle de Bob Durand' }), 'Validateur');
    await user.click(screen.getByRole('button', { name: /Enregistrer le rôle.*Bob Durand/ }));
    const dialog = (await screen.findByRole('heading', { name: 'Quelqu’un d’autre a modifié cet élément' })).closest('dialog') as HTMLElement;
    const row = within(dialog).getByRole('rowheader', { name: 'Rôle' }).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Validateur');
    expect(row.textContent).toContain('Responsable éditorial');
    await user.click(within(dialog).getByRole('button', { name: 'Garder ma version' }));
    await waitFor(() => expect(stub.sent('PATCH', '/api/orgs/org-lyon/members/m-bob')).toHaveLength(2));
    expect(stub.sent('PATCH', '/api/orgs/org-lyon/members/m-bob')[1].headers.get('If-Match')).toBe('"2"');
  });

  it('shows why the last administrator cannot be demoted', async () => {
    adminInLyon().on(
      'PATCH',
      '/api/orgs/org-lyon/members/m-bob',
      apiError(409, 'IDENTITY_LAST_ADMIN', 'The organization must keep an admin'),
    );
    await renderApp('/orgs/org-lyon/members');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Rôle de Bob Durand' }), 'Lecteur');
    await user.click(screen.getByRole('button', { name: /Enregistrer le rôle/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('L’organisation doit garder au moins un administrateur.');
  });

  it('removes a member after confirmation', async () => {
    const stub = adminInLyon().on('DELETE', '/api/orgs/org-lyon/members/m-bob', json(204));
    await renderApp('/orgs/org-lyon/members');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Retirer.*Bob Durand/ }));
    expect(stub.sent('DELETE', '/api/orgs/org-lyon/members/m-bob')).toHaveLength(0);
    const dialog = screen.getByRole('heading', { name: 'Retirer Bob Durand de l’organisation ?' }).closest('dialog');
    await user.click(within(dialog as HTMLElement).getByRole('button', { name: 'Retirer' }));
    await waitFor(() => expect(stub.sent('DELETE', '/api/orgs/org-lyon/members/m-bob')).toHaveLength(1));
  });

  it('issues a password reset link to copy', async () => {
    adminInLyon().on('POST', '/api/orgs/org-lyon/members/m-bob/password-reset', {
      resetUrl: 'https://parvis.example/password-reset/tok',
      expiresAt: '2030-03-10T12:00:00.000Z',
      mailed: true,
    });
    await renderApp('/orgs/org-lyon/members');
    await userEvent.setup().click(await screen.findByRole('button', { name: /Lien de réinitialisation.*Bob Durand/ }));
    const field = await screen.findByLabelText('Lien de réinitialisation du mot de passe de Bob Durand');
    expect((field as HTMLInputElement).value).toBe('https://parvis.example/password-reset/tok');
    expect(field.hasAttribute('readonly')).toBe(true);
    expect(screen.getByText('Un e-mail a été envoyé à Bob Durand avec ce lien.')).toBeTruthy();
  });

  it('invites someone and shows the link to copy; server field errors land on the field', async () => {
    const stub = adminInLyon().on('POST', '/api/orgs/org-lyon/invitations', (request) =>
      (request.body as { email: string }).email === 'deja@lyon.fr'
        ? apiError(400, 'VALIDATION_FAILED', 'Invalid', [{ field: 'email', messages: ['Adresse refusée par le serveur'] }])
        : json(201, { invitation: { ...invitation, email: 'dan@lyon.fr' }, acceptUrl: 'https://parvis.example/invitations/xyz', mailed: false }),
    );
    await renderApp('/orgs/org-lyon/members');
    const user = userEvent.setup();
    const form = (await screen.findByRole('button', { name: 'Inviter' })).closest('form') as HTMLElement;
    const email = within(form).getByLabelText('Adresse électronique');

    await user.type(email, 'pas-une-adresse');
    await user.click(within(form).getByRole('button', { name: 'Inviter' }));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(stub.sent('POST', '/api/orgs/org-lyon/invitations')).toHaveLength(0);

    await user.clear(email);
    await user.type(email, 'deja@lyon.fr');
    await user.click(within(form).getByRole('button', { name: 'Inviter' }));
    expect(await within(form).findByText('Valeur refusée : vérifiez ce champ.')).toBeTruthy();

    await user.clear(email);
    await user.type(email, 'dan@lyon.fr');
    await user.selectOptions(within(form).getByLabelText('Rôle'), 'Responsable éditorial');
    await user.click(within(form).getByRole('button', { name: 'Inviter' }));
    const link = await screen.findByLabelText('Lien d’invitation');
    expect((link as HTMLInputElement).value).toBe('https://parvis.example/invitations/xyz');
    expect(screen.queryByText(/Un e-mail a été envoyé/)).toBeNull(); // no mail on this instance: the link only
    expect(stub.sent('POST', '/api/orgs/org-lyon/invitations').at(-1)?.body).toEqual({ email: 'dan@lyon.fr', role: 'editor' });
  });

  it('lists pending invitations with dates in the organisation time zone', async () => {
    adminInLyon('America/New_York');
    await renderApp('/orgs/org-lyon/members');
    const row = (await screen.findByRole('rowheader', { name: 'chloe@lyon.fr' })).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Responsable éditorial');
    expect(row.textContent).toContain('08:00');
    expect(within(row).getByRole('button', { name: /Révoquer.*chloe@lyon.fr/ })).toBeTruthy();
  });
});

describe('MembersPage (non-admin)', () => {
  it('shows a read-only list', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'viewer', organization: lyon }]))
      .on('GET', '/api/orgs/org-lyon/members', { items: [memberFixture({ role: 'viewer' }), bob], nextCursor: null })
      .install();
    await renderApp('/orgs/org-lyon/members');
    expect(await screen.findByRole('rowheader', { name: /Bob Durand/ })).toBeTruthy();
    expect(screen.getByText('Agent contributeur')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: /Rôle de/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Inviter' })).toBeNull();
    expect(stub.sent('GET', '/api/orgs/org-lyon/invitations')).toHaveLength(0);
  });
});
