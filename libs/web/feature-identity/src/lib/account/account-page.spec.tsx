import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, meFixture } from '@parvis/web/shared/testing';
import { renderApp } from '../../testing/render-app';

describe('AccountPage', () => {
  it('shows the profile and puts a wrong current password on its field', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture())
      .on('POST', '/api/auth/password', apiError(400, 'IDENTITY_WRONG_PASSWORD', 'Wrong password'))
      .install();
    await renderApp('/account');
    expect(await screen.findByText('alice@lyon.fr')).toBeTruthy();
    expect(document.title).toBe('Mon compte · Parvis');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Mot de passe actuel'), 'ancien mot de passe');
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'nouvelle phrase de passe');
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), 'nouvelle phrase de passe');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    const current = screen.getByLabelText('Mot de passe actuel');
    await waitFor(() => expect(current.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Le mot de passe actuel est incorrect.')).toBeTruthy();
    expect(stub.sent('POST', '/api/auth/password')[0].body).toEqual({
      currentPassword: 'ancien mot de passe',
      newPassword: 'nouvelle phrase de passe',
    });

    stub.on('POST', '/api/auth/password', json(204));
    await user.type(current, 'x');
    await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect((await screen.findByRole('status')).textContent).toContain('Votre mot de passe a été modifié.');
  });
});
