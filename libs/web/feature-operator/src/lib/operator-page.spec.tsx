import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FetchStub, json, meFixture } from '@parvis/web/shared/testing';
import { renderApp } from '../testing/render-app';

const created = {
  organization: { id: 'org-cd', name: 'Département du Cher', slug: 'cher', timeZone: 'Europe/Paris', locale: 'fr', createdAt: '2030-01-01T00:00:00.000Z' },
  acceptUrl: 'https://parvis.example/invitations/first-admin',
  mailed: true,
};

describe('OperatorPage', () => {
  it('creates an organisation and shows the first admin link', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture({ isInstanceAdmin: true }, []))
      .on('GET', '/api/operator/organizations', { items: [{ ...created.organization, memberCount: 3 }] })
      .on('POST', '/api/operator/organizations', json(201, created))
      .install();
    await renderApp('/operator');
    expect(await screen.findByRole('rowheader', { name: 'Département du Cher' })).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nom'), 'Département du Cher');
    await user.type(screen.getByLabelText('Adresse électronique du premier administrateur'), 'dsi@cher.fr');
    await user.click(screen.getByRole('button', { name: 'Créer l’organisation' }));
    const link = await screen.findByLabelText('Lien d’invitation du premier administrateur');
    expect((link as HTMLInputElement).value).toBe(created.acceptUrl);
    expect(screen.getByText('Un e-mail a été envoyé au premier administrateur avec ce lien.')).toBeTruthy();
    await waitFor(() => expect(stub.sent('POST', '/api/operator/organizations')).toHaveLength(1));
    expect(stub.sent('POST', '/api/operator/organizations')[0].body).toEqual({
      name: 'Département du Cher',
      timeZone: 'Europe/Paris',
      adminEmail: 'dsi@cher.fr',
    });
  });

  it('is closed to users who are not operators', async () => {
    const stub = new FetchStub().on('GET', '/api/auth/me', meFixture()).install();
    await renderApp('/operator');
    expect(await screen.findByText('Cet espace est réservé aux opérateurs de l’instance.')).toBeTruthy();
    expect(stub.sent('GET', '/api/operator/organizations')).toHaveLength(0);
  });
});
