import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, meFixture, orgFixture } from '@parvis/web/shared/testing';
import { renderApp } from '../../testing/render-app';

const lookup = {
  email: 'dan@lyon.fr',
  organizationName: 'Mairie de Lyon',
  role: 'editor',
  expiresAt: '2030-03-10T12:00:00.000Z',
};

function errorTextOf(label: string): string {
  const input = screen.getByLabelText(label);
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('InvitationPage', () => {
  it('shows the invitation and checks the new account form', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', apiError(401, 'AUTH_REQUIRED', 'Authentication required'))
      .on('GET', '/api/invitations/tok', lookup)
      .on('POST', '/api/invitations/tok/accept', json(200, meFixture()))
      .on('GET', '/api/orgs/org-lyon', orgFixture())
      .install();
    const { router } = await renderApp('/invitations/tok');
    expect(await screen.findByText('Vous êtes invité·e à rejoindre Mairie de Lyon sur Parvis.')).toBeTruthy();
    expect(screen.getByText('Responsable éditorial')).toBeTruthy();
    expect(screen.getByText('dan@lyon.fr')).toBeTruthy();

    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Mot de passe'), 'court');
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), 'autre');
    await user.click(screen.getByRole('button', { name: 'Accepter l’invitation' }));
    expect(errorTextOf('Nom affiché')).toContain('Ce champ est obligatoire.');
    expect(errorTextOf('Mot de passe')).toContain('au moins 12 caractères');
    expect(errorTextOf('Confirmation du mot de passe')).toContain('ne correspondent pas');
    expect(stub.sent('POST', '/api/invitations/tok/accept')).toHaveLength(0);

    await user.type(screen.getByLabelText('Nom affiché'), 'Dan Petit');
    await user.clear(screen.getByLabelText('Mot de passe'));
    await user.type(screen.getByLabelText('Mot de passe'), 'une phrase de passe');
    await user.clear(screen.getByLabelText('Confirmation du mot de passe'));
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), 'une phrase de passe');
    await user.click(screen.getByRole('button', { name: 'Accepter l’invitation' }));
    // The app's root then opens the organisation (tested in the app).
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(stub.sent('POST', '/api/invitations/tok/accept')[0].body).toEqual({
      displayName: 'Dan Petit',
      password: 'une phrase de passe',
    });
  });

  it('asks an existing account to sign in, then lets it join with one click', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', apiError(401, 'AUTH_REQUIRED', 'Authentication required'))
      .on('GET', '/api/invitations/tok', lookup)
      .on('POST', '/api/invitations/tok/accept', apiError(409, 'INVITATION_LOGIN_REQUIRED', 'Sign in to accept'))
      .install();
    const { unmount } = await renderApp('/invitations/tok');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Nom affiché'), 'Dan Petit');
    await user.type(screen.getByLabelText('Mot de passe'), 'une phrase de passe');
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), 'une phrase de passe');
    await user.click(screen.getByRole('button', { name: 'Accepter l’invitation' }));
    const signIn = await screen.findByRole('link', { name: 'Se connecter pour accepter l’invitation' });
    expect(signIn.getAttribute('href')).toBe('/login?next=%2Finvitations%2Ftok');
    unmount();

    stub.on('GET', '/api/auth/me', meFixture()).on('POST', '/api/invitations/tok/join', json(200, meFixture()));
    const { router } = await renderApp('/invitations/tok');
    const join = await screen.findByRole('button', { name: 'Rejoindre l’organisation' });
    expect(screen.queryByLabelText('Mot de passe')).toBeNull();
    await user.dblClick(join);
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(stub.sent('POST', '/api/invitations/tok/join')).toHaveLength(1);
  });

  it('explains an expired link', async () => {
    new FetchStub().on('GET', '/api/invitations/old', apiError(410, 'INVITATION_EXPIRED', 'Invitation expired')).install();
    await renderApp('/invitations/old');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ce lien a expiré.');
    expect(alert.textContent).toContain('INVITATION_EXPIRED');
  });
});
