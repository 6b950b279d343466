import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, lyon, meFixture } from '@parvis/web/shared/testing';
import { queueItem } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const QUEUE = '/api/orgs/org-lyon/publications';
const editor = meFixture({}, [{ membershipId: 'm-1', role: 'editor', organization: lyon }]);
const viewer = meFixture({}, [{ membershipId: 'm-1', role: 'viewer', organization: lyon }]);

const day = [
  queueItem({ id: 'p-up', dueAt: '2030-03-01T16:00:00.000Z', nextAttemptAt: '2030-03-01T16:00:00.000Z' }),
  queueItem({ id: 'p-going', state: 'publishing', attempts: 1, postTitle: 'Travaux rue Garibaldi', postId: 'post-2' }),
  queueItem({ id: 'p-done', state: 'published', attempts: 1, url: 'https://bsky.app/profile/ville/post/3k', publishedAt: '2030-03-01T08:00:10.000Z', postTitle: 'Marché de Noël', postId: 'post-3' }),
  queueItem({
    id: 'p-failed',
    state: 'failed',
    attempts: 1,
    errorKind: 'invalid_content',
    error: 'Record/text must not be longer than 300 graphemes',
    canRetry: false,
    postTitle: 'Conseil municipal',
    postId: 'post-4',
  }),
  queueItem({
    id: 'p-expired',
    state: 'failed',
    attempts: 2,
    errorKind: 'reconnect_required',
    error: 'Token has been revoked',
    canRetry: true,
    version: 7,
    network: 'mastodon',
    channelName: 'Ville sur Mastodon',
    postTitle: 'Piscine fermée',
    postId: 'post-5',
  }),
  queueItem({ id: 'p-unknown', state: 'unknown_outcome', attempts: 1, errorKind: 'unknown_outcome', error: 'socket hang up', postTitle: 'Alerte météo', postId: 'post-6' }),
  queueItem({ id: 'p-manual', state: 'handed_over', network: 'x', channelName: 'Panneau lumineux', postTitle: 'Collecte des sapins', postId: 'post-7', handoverText: 'Collecte des sapins jusqu’au 15 janvier' }),
];

function groupOf(name: string): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^${name}`) });
}

describe('PublicationsPage', () => {
  it('asks for the organisation’s local day and sorts its publications by outcome, in the platform’s words', async () => {
    const stub = new FetchStub().on('GET', '/api/auth/me', editor).on('GET', QUEUE, { items: day, nextCursor: null }).install();
    await renderApp('/orgs/org-lyon/publications?day=2030-03-01');
    expect(await screen.findByRole('heading', { name: /^À venir/ })).toBeTruthy();
    // Paris in winter is UTC+1: the local day runs from 23:00 UTC the day before.
    const query = stub.sent('GET', QUEUE)[0].search;
    expect(query.get('from')).toBe('2030-02-28T23:00:00.000Z');
    expect(query.get('to')).toBe('2030-03-01T23:00:00.000Z');
    expect(screen.getByRole('heading', { level: 2, name: /^Le vendredi 1 mars 2030.*7 publications$/ })).toBeTruthy();
    expect(within(groupOf('À venir')).getByText('Prévue à 17:00')).toBeTruthy();
    expect(within(groupOf('En cours')).getByRole('link', { name: 'Travaux rue Garibaldi' }).getAttribute('href')).toBe('/orgs/org-lyon/posts/post-2');
    const live = within(groupOf('Publiées')).getByRole('link', { name: 'Voir la publication « Marché de Noël » sur Bluesky' });
    expect(live.getAttribute('href')).toBe('https://bsky.app/profile/ville/post/3k');
    const failed = groupOf('En échec');
    expect(within(failed).getByText(/Réponse du réseau : « Record\/text must not be longer than 300 graphemes »/)).toBeTruthy();
    // « Réessayer » only where the server says a retry is safe.
    expect(within(failed).getAllByRole('button', { name: /^Réessayer/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Réessayer « Piscine fermée » sur Ville sur Mastodon',
    ]);
    const unknown = groupOf('Issue inconnue');
    expect(within(unknown).getByText('Vérifiez sur le réseau : la publication est peut-être en ligne.')).toBeTruthy();
    expect(within(unknown).queryByRole('button', { name: /Réessayer/ })).toBeNull();
    const manual = groupOf('À publier à la main');
    expect(within(manual).getByRole('button', { name: 'Fait : « Collecte des sapins » sur Panneau lumineux' })).toBeTruthy();
    expect(within(manual).getByText('Collecte des sapins jusqu’au 15 janvier')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Suspendre toutes les publications' }).getAttribute('href')).toBe('/orgs/org-lyon/settings/publication-pause');
  });

  it('retries with the publication’s version, and publishes a waiting post now after a confirmation', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', editor)
      .on('GET', QUEUE, { items: day, nextCursor: null })
      .on('POST', `${QUEUE}/p-expired/retry`, day[4])
      .on('POST', '/api/orgs/org-lyon/posts/post-1/publish-now', { status: 'scheduled' })
      .install();
    await renderApp('/orgs/org-lyon/publications?day=2030-03-01');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Réessayer « Piscine fermée » sur Ville sur Mastodon' }));
    await waitFor(() => expect(stub.sent('POST', `${QUEUE}/p-expired/retry`)).toHaveLength(1));
    expect(stub.sent('POST', `${QUEUE}/p-expired/retry`)[0].headers.get('If-Match')).toBe('"7"');
    expect(await screen.findByText('Nouvelle tentative demandée.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Publier maintenant « Fête des lumières »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publier « Fête des lumières » maintenant ?' });
    expect(stub.sent('POST', '/api/orgs/org-lyon/posts/post-1/publish-now')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Publier maintenant' }));
    await waitFor(() => expect(stub.sent('POST', '/api/orgs/org-lyon/posts/post-1/publish-now')).toHaveLength(1));
  });

  it('sends the post’s version as If-Match from the queue; on a 412 shows both versions and goes ahead with the current one', async () => {
    const NOW = '/api/orgs/org-lyon/posts/post-1/publish-now';
    const current = { id: 'post-1', version: 5, status: 'scheduled', masterText: 'Fête des lumières : programme complet\nDétails', plannedAt: '2030-03-01T17:30:00.000Z' };
    let calls = 0;
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', editor)
      .on('GET', QUEUE, { items: day, nextCursor: null })
      .on('POST', NOW, () => (++calls === 1 ? apiError(412, 'VERSION_MISMATCH', 'stale', { current }) : json(200, { status: 'publishing' })))
      .on('POST', '/api/orgs/org-lyon/posts/post-1/cancel', { status: 'cancelled' })
      .install();
    await renderApp('/orgs/org-lyon/publications?day=2030-03-01');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Annuler « Fête des lumières »' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Annuler la publication de « Fête des lumières » ?' })).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(stub.sent('POST', '/api/orgs/org-lyon/posts/post-1/cancel')).toHaveLength(1));
    expect(stub.sent('POST', '/api/orgs/org-lyon/posts/post-1/cancel')[0].headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Publier maintenant « Fête des lumières »' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Publier « Fête des lumières » maintenant ?' })).getByRole('button', { name: 'Publier maintenant' }));
    const conflict = await screen.findByRole('dialog', { name: /modifi/i });
    expect(stub.sent('POST', NOW)[0].headers.get('If-Match')).toBe('"3"');
    const text = within(conflict).getByRole('row', { name: /^Texte/ });
    expect(within(text).getByText('Fête des lumières')).toBeTruthy();
    expect(within(text).getByText('Fête des lumières : programme complet')).toBeTruthy();
    expect(within(within(conflict).getByRole('row', { name: /^Heure prévue/ })).getByText(/18:30/)).toBeTruthy();
    await user.click(within(conflict).getByRole('button', { name: 'Publier la version actuelle maintenant' }));
    await waitFor(() => expect(stub.sent('POST', NOW)).toHaveLength(2));
    expect(stub.sent('POST', NOW)[1].headers.get('If-Match')).toBe('"5"');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('records a manual channel’s hand-over as done with its live address', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', editor)
      .on('GET', QUEUE, { items: day, nextCursor: null })
      .on('POST', `${QUEUE}/p-manual/manual-report`, { ...day[6], state: 'published' })
      .install();
    await renderApp('/orgs/org-lyon/publications?day=2030-03-01');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Fait : « Collecte des sapins » sur Panneau lumineux' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publication faite' });
    const url = within(dialog).getByLabelText('Lien de la publication en ligne');
    await user.type(url, 'pas une adresse');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(stub.sent('POST', `${QUEUE}/p-manual/manual-report`)).toHaveLength(0);
    await user.clear(url);
    await user.type(url, 'https://www.lyon.fr/actualite/sapins');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(stub.sent('POST', `${QUEUE}/p-manual/manual-report`)).toHaveLength(1));
    expect(stub.sent('POST', `${QUEUE}/p-manual/manual-report`)[0].body).toEqual({ done: true, url: 'https://www.lyon.fr/actualite/sapins' });
  });

  it('shows readers the queue without the buttons that change it', async () => {
    new FetchStub().on('GET', '/api/auth/me', viewer).on('GET', QUEUE, { items: day, nextCursor: null }).install();
    await renderApp('/orgs/org-lyon/publications?day=2030-03-01');
    expect(await screen.findByRole('heading', { name: /^En échec/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Réessayer|Publier maintenant|Annuler|Fait/ })).toBeNull();
  });

  it('pages through a long day and moves to the next day', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', editor)
      .on('GET', QUEUE, (request) =>
        json(
          200,
          request.search.get('cursor') === 'c2'
            ? { items: [queueItem({ id: 'p-2', postTitle: 'Deuxième page' })], nextCursor: null }
            : { items: [queueItem({ id: 'p-1', postTitle: 'Première page' })], nextCursor: 'c2' },
        ),
      )
      .install();
    await renderApp('/orgs/org-lyon/publications?day=2030-03-01');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByRole('link', { name: 'Deuxième page' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Première page' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Jour suivant' }));
    await waitFor(() => expect(stub.sent('GET', QUEUE).some((r) => r.search.get('from') === '2030-03-01T23:00:00.000Z')).toBe(true));
  });

  it('says when a day is empty, and when the queue cannot be read', async () => {
    let fail = false;
    new FetchStub()
      .on('GET', '/api/auth/me', editor)
      .on('GET', QUEUE, () => (fail ? apiError(503, 'DATABASE_DOWN', 'down') : json(200, { items: [], nextCursor: null })))
      .install();
    await renderApp('/orgs/org-lyon/publications?day=2030-03-01');
    expect(await screen.findByText('Aucune publication ce jour-là.')).toBeTruthy();
    fail = true;
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Jour précédent' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText('Le service est momentanément indisponible. Réessayez dans quelques instants.')).toBeTruthy();
  });
});
