import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, meFixture } from '@parvis/web/shared/testing';
import { channelFixture, connectionFixture } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import { browser } from './browser';

const BSKY = '/api/orgs/org-lyon/channels/ch-bsky/connection';
const MASTO = '/api/orgs/org-lyon/channels/ch-masto/connection';
/** A channel published by hand: its connection summary says so (`publishing: 'manual'`). */
const led = channelFixture({
  id: 'ch-led',
  network: 'x',
  displayName: 'Panneau lumineux',
  status: 'connected',
  connection: { status: 'connected', accountHandle: 'Panneau lumineux', accountUrl: null, publishing: 'manual', limits: null },
});
const connected = channelFixture({
  status: 'connected',
  connection: {
    status: 'connected',
    accountHandle: 'ville.bsky.social',
    accountUrl: 'https://bsky.app/profile/ville.bsky.social',
    publishing: 'automatic',
    limits: { textLimit: 300, media: { maxItems: 4 } },
  },
});

describe('ChannelConnections', () => {
  it('connects a Bluesky account with an app password on the PDS of choice, explaining what that is', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture())
      .on('PUT', BSKY, (request) =>
        (request.body as { fields: { appPassword: string } }).fields.appPassword === 'abcd-efgh-ijkl-mnop'
          ? json(200, connectionFixture())
          : apiError(400, 'CONNECTION_CREDENTIALS_REFUSED', 'Invalid identifier or password', [{ field: 'fields', messages: ['Invalid identifier or password'] }]),
      )
      .install();
    await renderApp('/orgs/org-lyon/channels', { channels: [channelFixture()] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Connecter : Ville sur Bluesky' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connecter « Ville sur Bluesky »' });
    expect((within(dialog).getByLabelText('Serveur (PDS)') as HTMLInputElement).value).toBe('https://bsky.social');
    expect(within(dialog).getByText('Qu’est-ce qu’un mot de passe d’application ?')).toBeTruthy();
    expect(within(dialog).getByText(/Parvis publie avec lui sans connaître le mot de passe principal/)).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Connecter le compte' }));
    expect(within(dialog).getByLabelText('Identifiant du compte').getAttribute('aria-invalid')).toBe('true');
    expect(stub.sent('PUT', BSKY)).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Identifiant du compte'), '@ville.bsky.social');
    await user.type(within(dialog).getByLabelText('Mot de passe d’application'), 'wrong-pass');
    await user.click(within(dialog).getByRole('button', { name: 'Connecter le compte' }));
    // Our sentence, and the server's own words.
    expect(await within(dialog).findByText('Le réseau social a refusé ces identifiants : vérifiez-les et réessayez.')).toBeTruthy();
    expect(within(dialog).getByText('Réponse du serveur : « Invalid identifier or password »')).toBeTruthy();

    await user.clear(within(dialog).getByLabelText('Mot de passe d’application'));
    await user.type(within(dialog).getByLabelText('Mot de passe d’application'), 'abcd-efgh-ijkl-mnop');
    await user.click(within(dialog).getByRole('button', { name: 'Connecter le compte' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(stub.sent('PUT', BSKY)[1].body).toEqual({ serviceUrl: 'https://bsky.social', fields: { identifier: 'ville.bsky.social', appPassword: 'abcd-efgh-ijkl-mnop' } });
  });

  it('sends a Mastodon account to its instance’s authorisation page, or takes a pasted token', async () => {
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => undefined);
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture())
      .on('POST', `${MASTO}/oauth`, { authorizationUrl: 'https://mastodon.example/oauth/authorize?client_id=x' })
      .on('PUT', MASTO, connectionFixture({ channelId: 'ch-masto', network: 'mastodon' }))
      .install();
    await renderApp('/orgs/org-lyon/channels', { channels: [channelFixture({ id: 'ch-masto', network: 'mastodon', displayName: 'Ville sur Mastodon' })] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Connecter : Ville sur Mastodon' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Instance'), 'https://mastodon.example');
    await user.click(within(dialog).getByRole('button', { name: 'Continuer vers l’instance' }));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://mastodon.example/oauth/authorize?client_id=x'));
    expect(stub.sent('POST', `${MASTO}/oauth`)[0].body).toEqual({ serviceUrl: 'https://mastodon.example' });

    await user.click(within(dialog).getByRole('button', { name: 'Connecter avec ce jeton' }));
    expect(within(dialog).getByLabelText('Jeton d’accès').getAttribute('aria-invalid')).toBe('true');
    await user.type(within(dialog).getByLabelText('Jeton d’accès'), 'tok-123');
    await user.click(within(dialog).getByRole('button', { name: 'Connecter avec ce jeton' }));
    await waitFor(() => expect(stub.sent('PUT', MASTO)).toHaveLength(1));
    expect(stub.sent('PUT', MASTO)[0].body).toEqual({ serviceUrl: 'https://mastodon.example', fields: { accessToken: 'tok-123' } });
  });

  it('tests a connected account, shows its limits, and disconnects it after a confirmation', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture())
      .on('GET', BSKY, connectionFixture())
      .on('POST', `${BSKY}/verify`, { ok: false, kind: 'reconnect_required', message: 'Token has been revoked', connection: connectionFixture({ status: 'reconnect_required' }) })
      .on('DELETE', BSKY, json(204))
      .install();
    await renderApp('/orgs/org-lyon/channels', { channels: [connected] });
    expect(await screen.findByText('300 caractères')).toBeTruthy();
    expect(screen.getByText('4 par publication')).toBeTruthy();
    expect(await screen.findByText(/Serveur : https:\/\/bsky.social/)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tester : Ville sur Bluesky' }));
    expect(await screen.findByText('Réponse du serveur : « Token has been revoked »')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Déconnecter : Ville sur Bluesky' }));
    const dialog = await screen.findByRole('dialog', { name: 'Déconnecter « Ville sur Bluesky » ?' });
    expect(stub.sent('DELETE', BSKY)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Déconnecter' }));
    await waitFor(() => expect(stub.sent('DELETE', BSKY)).toHaveLength(1));
  });

  it('offers « Reconnecter » with the server’s last words when the channel is flagged', async () => {
    new FetchStub()
      .on('GET', '/api/auth/me', meFixture())
      .on('GET', BSKY, connectionFixture({ status: 'reconnect_required', lastError: 'Bad token scope' }))
      .install();
    const flagged = channelFixture({ status: 'reconnect_required', connection: { ...connected.connection, status: 'reconnect_required' } });
    await renderApp('/orgs/org-lyon/channels', { channels: [flagged] });
    expect(await screen.findByText('Dernière réponse du serveur : « Bad token scope »')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reconnecter : Ville sur Bluesky' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Tester/ })).toBeNull();
  });

  it('publishes a network without a connector by hand, explained, and shows it as such once chosen', async () => {
    const LED = '/api/orgs/org-lyon/channels/ch-led/connection';
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture())
      .on('PUT', LED, connectionFixture({ channelId: 'ch-led', network: 'manual', accountHandle: 'Panneau lumineux', accountUrl: null, serviceUrl: null }))
      .install();
    await renderApp('/orgs/org-lyon/channels', { channels: [channelFixture({ id: 'ch-led', network: 'x', displayName: 'Panneau lumineux' })] });
    expect(await screen.findByText(/la personne désignée reçoit le texte final/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Connecter/ })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Publier à la main : Panneau lumineux' }));
    await waitFor(() => expect(stub.sent('PUT', LED)).toHaveLength(1));
    expect(stub.sent('PUT', LED)[0].body).toEqual({ publishing: 'manual' });
  });

  it('says a channel is published by hand, and offers to stop it', async () => {
    const LED = '/api/orgs/org-lyon/channels/ch-led/connection';
    new FetchStub()
      .on('GET', '/api/auth/me', meFixture())
      .on('GET', LED, connectionFixture({ channelId: 'ch-led', network: 'manual', accountHandle: 'Panneau lumineux', accountUrl: null, serviceUrl: null }))
      .install();
    await renderApp('/orgs/org-lyon/channels', { channels: [led] });
    expect(await screen.findByText('Publié à la main')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ne plus publier à la main : Panneau lumineux' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Tester/ })).toBeNull();
  });

  it('shows non-admins the state and limits without the buttons', async () => {
    const stub = new FetchStub().on('GET', '/api/auth/me', meFixture()).install();
    await renderApp('/orgs/org-lyon/channels', { channels: [connected, channelFixture({ id: 'ch-led', network: 'x', displayName: 'Panneau lumineux' })], canManage: false });
    expect(await screen.findByText('Seuls les administrateurs connectent les comptes.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ville.bsky.social' })).toBeTruthy();
    expect(screen.getAllByText('300 caractères')).toHaveLength(1);
    expect(screen.getByText('280 caractères')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(stub.sent('GET', BSKY)).toHaveLength(0);
  });

  it('tells every role, in French and in English, that a manual channel is published by hand (never « Connecté »)', async () => {
    const stub = new FetchStub().on('GET', '/api/auth/me', meFixture()).install();
    const first = await renderApp('/orgs/org-lyon/channels', { channels: [connected, led], canManage: false });
    const card = await screen.findByRole('listitem', { name: 'Panneau lumineux · X' });
    expect(within(card).getByText('Publié à la main')).toBeTruthy();
    expect(within(card).queryByText('Connecté')).toBeNull();
    expect(within(card).getByText(/la personne désignée reçoit le texte final/)).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: 'Ville sur Bluesky · Bluesky' })).getByText('Connecté')).toBeTruthy();
    expect(stub.sent('GET', '/api/orgs/org-lyon/channels/ch-led/connection')).toHaveLength(0);
    first.unmount();

    await renderApp('/orgs/org-lyon/channels', { channels: [led], canManage: false }, 'en');
    expect(await screen.findByText('Published by hand')).toBeTruthy();
    expect(screen.queryByText('Connected')).toBeNull();
  });
});
