import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json } from '@parvis/web/shared/testing';
import { planningStub } from '../../testing/planning-fixtures';
import { renderApp } from '../../testing/render-app';

describe('EditorialLinePage and ChannelsPage', () => {
  it('lets an editor add a theme with its colour', async () => {
    const stub = planningStub('editor').on('POST', '/api/orgs/org-lyon/themes', (request) =>
      json(201, { id: 'theme-2', objectives: '', ...(request.body as object) }),
    );
    await renderApp('/orgs/org-lyon/editorial-line');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ajouter une thématique' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajouter une thématique' });
    await user.type(within(dialog).getByLabelText(/^Nom/), 'Sport');
    // The colour is a palette (radio group) whose first swatch is chosen by default.
    expect((within(dialog).getByRole('radio', { name: 'Bleu marine' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Créer' }));
    await waitFor(() =>
      expect(stub.sent('POST', '/api/orgs/org-lyon/themes')[0]?.body).toEqual({ name: 'Sport', color: '#000091', objectives: '' }),
    );
  });

  it('hides edit controls from contributors', async () => {
    planningStub('contributor');
    await renderApp('/orgs/org-lyon/editorial-line');
    expect(await screen.findByRole('heading', { name: 'Culture' })).toBeTruthy();
    expect(screen.getByText(/Lecture seule/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Modifier|Supprimer|Ajouter/ })).toBeNull();
  });

  it('lists channels as not connected; only admins manage them', async () => {
    const stub = planningStub('admin').on('POST', '/api/orgs/org-lyon/channels', (request) => json(201, { id: 'c2', status: 'not_connected', audienceIds: [], ...(request.body as object) }));
    const view = await renderApp('/orgs/org-lyon/channels');
    const row = (await screen.findByRole('rowheader', { name: 'Ville de Lyon' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Non connecté')).toBeTruthy();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Réseau'), 'mastodon');
    await user.type(screen.getByLabelText(/^Identifiant du compte/), '@lyon@social.gouv.fr');
    await user.type(screen.getByLabelText(/^Nom affiché/), 'Lyon sur Mastodon');
    await user.click(screen.getByRole('button', { name: 'Ajouter un canal' }));
    await waitFor(() =>
      expect(stub.sent('POST', '/api/orgs/org-lyon/channels')[0]?.body).toEqual({
        network: 'mastodon',
        handle: '@lyon@social.gouv.fr',
        displayName: 'Lyon sur Mastodon',
      }),
    );
    view.unmount();

    planningStub('editor');
    await renderApp('/orgs/org-lyon/channels');
    expect(await screen.findByText('Seuls les administrateurs peuvent gérer les canaux.')).toBeTruthy();
    await screen.findByRole('rowheader', { name: 'Ville de Lyon' });
    expect(screen.queryByRole('button', { name: /Désactiver|Supprimer|Ajouter un canal/ })).toBeNull();
  });

  it('says « Publié à la main » for a connected channel published by hand, to a non-admin too', async () => {
    planningStub('editor').on('GET', '/api/orgs/org-lyon/channels', {
      items: [
        { id: 'c-led', network: 'linkedin', handle: 'ville-lyon', displayName: 'LinkedIn de Lyon', status: 'connected', audienceIds: [], connection: { status: 'connected', accountHandle: 'LinkedIn de Lyon', accountUrl: null, publishing: 'manual', limits: null } },
        { id: 'c-bsky', network: 'bluesky', handle: '@lyon.bsky.social', displayName: 'Ville de Lyon', status: 'connected', audienceIds: [], connection: { status: 'connected', accountHandle: 'lyon.bsky.social', accountUrl: null, publishing: 'automatic', limits: null } },
      ],
    });
    await renderApp('/orgs/org-lyon/channels');
    const manual = (await screen.findByRole('rowheader', { name: 'LinkedIn de Lyon' })).closest('tr') as HTMLElement;
    expect(within(manual).getByText('Publié à la main')).toBeTruthy();
    expect(within(manual).queryByText('Connecté')).toBeNull();
    const automatic = screen.getByRole('rowheader', { name: 'Ville de Lyon' }).closest('tr') as HTMLElement;
    expect(within(automatic).getByText('Connecté')).toBeTruthy();
  });
});
