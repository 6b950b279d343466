import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, meFixture } from '@parvis/web/shared/testing';
import { renderApp } from '../../testing/render-app';

const LYON = '/api/orgs/org-lyon/me/notification-preferences';
const NANTES = '/api/orgs/org-nantes/me/notification-preferences';
const prefs = (emailMode: string, version: number, emailEnabled = true) => ({ emailMode, version, emailEnabled });

describe('EmailPreferencesSection (account page)', () => {
  it('offers the three choices per organisation and saves one with the version seen', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture())
      .on('GET', LYON, prefs('immediate', 0))
      .on('GET', NANTES, apiError(500, 'INTERNAL_ERROR', 'boom'))
      .on('PUT', LYON, (request) => json(200, prefs((request.body as { emailMode: string }).emailMode, 1)))
      .install();
    await renderApp('/account');
    const lyon = await screen.findByRole('form', { name: 'Notifications par e-mail pour Mairie de Lyon' });
    const group = within(lyon).getByRole('group', { name: 'Mairie de Lyon' });
    expect(within(group).getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'À chaque notificationUn e-mail dès qu’une notification arrive.',
      'Un récapitulatif par jourChaque matin à 7 h (heure de l’organisation), la liste des notifications des dernières 24 heures.',
      'Aucun e-mailVous consultez vos notifications dans Parvis uniquement.',
    ]);
    expect((within(group).getByRole('radio', { name: /À chaque notification/ }) as HTMLInputElement).checked).toBe(true);
    // One organisation failing to load does not hide the other's choice.
    expect(await screen.findByText('Impossible de charger vos préférences pour CHU de Nantes')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(within(group).getByRole('radio', { name: /Un récapitulatif par jour/ }));
    await user.click(within(lyon).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(lyon).findByRole('status')).toHaveProperty('textContent', 'Préférence enregistrée pour Mairie de Lyon.');
    const [put] = stub.sent('PUT', LYON);
    expect(put?.body).toEqual({ emailMode: 'daily_digest' });
    expect(put?.headers.get('If-Match')).toBe('"0"');
  });

  it('shows the current choice when another tab saved in between (412)', async () => {
    new FetchStub()
      .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'viewer', organization: { id: 'org-lyon', name: 'Mairie de Lyon', slug: 'lyon', timeZone: 'Europe/Paris', locale: 'fr' } }]))
      .on('GET', LYON, prefs('immediate', 2))
      .on('PUT', LYON, apiError(412, 'VERSION_MISMATCH', 'stale', { current: prefs('off', 3) }))
      .install();
    await renderApp('/account');
    const lyon = await screen.findByRole('form', { name: 'Notifications par e-mail pour Mairie de Lyon' });
    const user = userEvent.setup();
    await user.click(within(lyon).getByRole('radio', { name: /Un récapitulatif par jour/ }));
    await user.click(within(lyon).getByRole('button', { name: 'Enregistrer' }));
    expect((await within(lyon).findByRole('alert')).textContent).toContain('modifiée entre-temps');
    await waitFor(() => expect((within(lyon).getByRole('radio', { name: /Aucun e-mail/ }) as HTMLInputElement).checked).toBe(true));
  });

  it('speaks English too, and says when the instance sends no mail', async () => {
    new FetchStub()
      .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'viewer', organization: { id: 'org-lyon', name: 'Mairie de Lyon', slug: 'lyon', timeZone: 'Europe/Paris', locale: 'fr' } }]))
      .on('GET', LYON, prefs('off', 1, false))
      .install();
    await renderApp('/account', 'en');
    const lyon = await screen.findByRole('form', { name: 'E-mail notifications for Mairie de Lyon' });
    expect(within(lyon).getByText(/does not send e-mail yet/)).toBeTruthy();
    expect((within(lyon).getByRole('radio', { name: /No e-mail/ }) as HTMLInputElement).checked).toBe(true);
  });
});
