import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, lyon, meFixture, orgFixture } from '@parvis/web/shared/testing';
import { vi } from 'vitest';
import { postFixture } from '../../testing/post-fixtures';
import { renderComposer } from '../../testing/render-composer';
import type { Post, UpdatePostInput } from '../data/post-types';

const POST_PATH = '/api/orgs/org-lyon/posts/post-1';

function stubApi(post: Post = postFixture()): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'contributor', organization: lyon }]))
    .on('GET', '/api/orgs/org-lyon', orgFixture())
    .on('GET', '/api/orgs/org-lyon/members', { items: [], nextCursor: null })
    .on('GET', POST_PATH, post)
    .on('GET', `${POST_PATH}/versions`, [])
    .on('GET', `${POST_PATH}/comments`, { items: [] })
    .install();
}

/** If-Match headers of the PATCHes sent (the stub keeps bodies; the Request keeps headers). */
function ifMatchSent(): (string | null)[] {
  return vi
    .mocked(globalThis.fetch)
    .mock.calls.map(([input]) => input)
    .filter((input): input is Request => input instanceof Request && input.method === 'PATCH')
    .map((request) => request.headers.get('If-Match'));
}

describe('ComposerPage', () => {
  it('counts as Bluesky does, turns the counter red past 300 in words, and offers a thread', async () => {
    stubApi();
    await renderComposer('/orgs/org-lyon/posts/post-1');
    const master = await screen.findByLabelText('Texte principal');
    const tabs = screen.getByRole('tablist', { name: 'Versions par canal' });
    expect(within(tabs).getAllByRole('tab').map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false']);

    // 301 graphemes, the family emoji (one grapheme, 7 code points) included.
    fireEvent.change(master, { target: { value: `${'a'.repeat(299)} 👨‍👩‍👧` } });
    expect(await screen.findByText('Trop long de 1')).toBeTruthy();
    expect(screen.getByText(/^301 \/ 300 caractères · 3.. \/ 3000 octets/)).toBeTruthy();
    expect(screen.getByLabelText('Texte pour Lyon sur Bluesky').getAttribute('aria-invalid')).toBe('true');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Découper en fil' }));
    expect(await screen.findByLabelText('Partie 1 sur 2')).toBeTruthy();
    expect(screen.getByLabelText('Partie 2 sur 2')).toBeTruthy();
    expect(screen.queryByText('Trop long de 1')).toBeNull();
  });

  it('moves between channel tabs with the arrow keys; Mastodon counts its own way and folds the content warning', async () => {
    stubApi();
    await renderComposer('/orgs/org-lyon/posts/post-1');
    const first = await screen.findByRole('tab', { name: /Lyon sur Bluesky/ });
    first.focus();
    await userEvent.setup().keyboard('{ArrowRight}');
    const mastodon = screen.getByRole('tab', { name: /Lyon sur Mastodon/ });
    expect(mastodon.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(mastodon);
    expect(screen.getByText('32 / 500 caractères')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Avertissement de contenu (facultatif)'), { target: { value: 'Bruit' } });
    const preview = screen.getByRole('region', { name: 'Aperçu sur Mastodon' });
    const show = within(preview).getByRole('button', { name: 'Afficher le message' });
    expect(within(preview).queryByText('Fête de quartier samedi au parc.')).toBeNull();
    await userEvent.setup().click(show);
    expect(within(preview).getByText('Fête de quartier samedi au parc.')).toBeTruthy();
  });

  it('autosaves with If-Match, keeps the draft locally while offline, and offers it back on reload', async () => {
    const stub = stubApi();
    stub.on('PATCH', POST_PATH, () => Promise.reject(new TypeError('Failed to fetch')));
    const view = await renderComposer('/orgs/org-lyon/posts/post-1');
    const master = await screen.findByLabelText('Texte principal');
    fireEvent.change(master, { target: { value: 'Fête de quartier dimanche.' } });
    expect(await screen.findByText('Hors ligne : le brouillon est gardé sur cet appareil.', {}, { timeout: 5000 })).toBeTruthy();
    expect(ifMatchSent()).toEqual(['"3"']);
    expect(localStorage.getItem('parvis.post-draft:post-1')).toContain('Fête de quartier dimanche.');
    view.unmount();

    await renderComposer('/orgs/org-lyon/posts/post-1');
    expect(await screen.findByText('Reprendre le brouillon non enregistré ?')).toBeTruthy();
    expect((screen.getByLabelText('Texte principal') as HTMLTextAreaElement).value).toBe('Fête de quartier samedi au parc.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reprendre le brouillon' }));
    expect((screen.getByLabelText('Texte principal') as HTMLTextAreaElement).value).toBe('Fête de quartier dimanche.');
  });

  it('on 412 shows both versions and resends mine on the current version', async () => {
    const current = postFixture({ version: 4, masterText: 'Texte de Bruno.' });
    let calls = 0;
    const stub = stubApi().on('PATCH', POST_PATH, (request) => {
      calls += 1;
      if (calls === 1) return apiError(412, 'VERSION_MISMATCH', 'Stale', { current });
      return json(200, { ...current, version: 5, masterText: (request.body as UpdatePostInput).masterText });
    });
    await renderComposer('/orgs/org-lyon/posts/post-1');
    fireEvent.change(await screen.findByLabelText('Texte principal'), { target: { value: 'Mon texte.' } });
    const dialog = await screen.findByRole('dialog', { name: 'Quelqu’un d’autre a modifié cet élément' }, { timeout: 5000 });
    expect(within(dialog).getAllByText('Texte de Bruno.').length).toBeGreaterThan(0);
    await act(async () => {
      within(dialog).getByRole('button', { name: 'Garder ma version' }).click();
    });
    await waitFor(() => expect(stub.sent('PATCH', POST_PATH)).toHaveLength(2));
    expect(ifMatchSent()).toEqual(['"3"', '"4"']);
    expect((stub.sent('PATCH', POST_PATH)[1].body as UpdatePostInput).masterText).toBe('Mon texte.');
  });
});
