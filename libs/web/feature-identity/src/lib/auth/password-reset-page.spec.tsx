import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FetchStub, json } from '@parvis/web/shared/testing';
import { renderApp } from '../../testing/render-app';

describe('PasswordResetPage', () => {
  it('sets a new password', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/password-resets/tok', { email: 'bob@lyon.fr', expiresAt: '2030-03-10T12:00:00.000Z' })
      .on('POST', '/api/password-resets/tok', json(204))
      .install();
    await renderApp('/password-reset/tok');
    expect(await screen.findByText(/Choisissez un nouveau mot de passe pour bob@lyon.fr/)).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'une phrase de passe');
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), 'une phrase de passe');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect((await screen.findByRole('status')).textContent).toContain('Votre mot de passe a été modifié.');
    expect(stub.sent('POST', '/api/password-resets/tok')[0].body).toEqual({ newPassword: 'une phrase de passe' });
  });
});
