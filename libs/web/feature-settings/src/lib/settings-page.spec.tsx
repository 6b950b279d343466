import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, lyon, meFixture, orgFixture } from '@parvis/web/shared/testing';
import { renderApp } from '../testing/render-app';

function inLyon(role: 'admin' | 'viewer'): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role, organization: lyon }]))
    .on('GET', '/api/orgs/org-lyon', orgFixture())
    .on('GET', '/api/orgs/org-lyon/services', { items: [{ id: 'svc-1', name: 'Communication', memberCount: 2 }] })
    .install();
}

describe('SettingsPage', () => {
  it('lets an admin update the organisation and shows server field errors', async () => {
    const stub = inLyon('admin').on('PATCH', '/api/orgs/org-lyon', (request) =>
      (request.body as { name: string }).name === 'X'
        ? apiError(400, 'VALIDATION_FAILED', 'Invalid', [{ field: 'name', messages: ['Nom trop court'] }])
        : json(200, { ...orgFixture(), ...(request.body as object) }),
    );
    await renderApp('/orgs/org-lyon/settings');
    const user = userEvent.setup();
    const name = await screen.findByLabelText('Nom');
    const zone = screen.getByLabelText(/Fuseau horaire/) as HTMLSelectElement;
    expect(zone.value).toBe('Europe/Paris');
    expect(within(zone).getByRole('option', { name: 'Pacific/Tahiti' })).toBeTruthy();

    await user.clear(name);
    await user.type(name, 'X');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Valeur refusée : vérifiez ce champ.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');

    await user.clear(name);
    await user.type(name, 'Ville de Lyon');
    await user.selectOptions(zone, 'Pacific/Tahiti');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(stub.sent('PATCH', '/api/orgs/org-lyon')).toHaveLength(2));
    expect(stub.sent('PATCH', '/api/orgs/org-lyon')[1].body).toEqual({
      name: 'Ville de Lyon',
      timeZone: 'Pacific/Tahiti',
      locale: 'fr',
    });
  });

  it('creates a service', async () => {
    const stub = inLyon('admin').on('POST', '/api/orgs/org-lyon/services', json(201, { id: 'svc-2', name: 'Culture', memberCount: 0 }));
    await renderApp('/orgs/org-lyon/settings');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajouter le service' }));
    await waitFor(() => expect(screen.getByLabelText('Nom du nouveau service').getAttribute('aria-invalid')).toBe('true'));
    await user.type(screen.getByLabelText('Nom du nouveau service'), 'Culture');
    await user.click(screen.getByRole('button', { name: 'Ajouter le service' }));
    await waitFor(() => expect(stub.sent('POST', '/api/orgs/org-lyon/services')[0]?.body).toEqual({ name: 'Culture' }));
  });

  it('is read-only for other roles', async () => {
    inLyon('viewer');
    await renderApp('/orgs/org-lyon/settings');
    expect(await screen.findByText('Seuls les administrateurs peuvent modifier ces réglages.')).toBeTruthy();
    expect(await screen.findByText('Europe/Paris')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Communication' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Supprimer/ })).toBeNull();
  });
});
