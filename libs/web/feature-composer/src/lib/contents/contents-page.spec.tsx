import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, lyon, meFixture, orgFixture } from '@parvis/web/shared/testing';
import type { PostSummary } from '../data/post-types';
import { renderComposer } from '../../testing/render-composer';

const POSTS = '/api/orgs/org-lyon/posts';

const summary = (overrides: Partial<PostSummary>): PostSummary => ({
  id: 'post-1',
  version: 1,
  status: 'draft',
  title: 'Fête de la musique',
  plannedAt: null,
  networks: ['bluesky'],
  channelIds: ['ch-bsky'],
  themeId: null,
  briefId: null,
  author: { membershipId: 'm-1', name: 'Alice Martin' },
  updatedAt: '2026-12-01T09:00:00.000Z',
  ...overrides,
});

function stub(role: 'editor' | 'viewer' = 'editor'): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role, organization: lyon }]))
    .on('GET', '/api/orgs/org-lyon', orgFixture());
}

describe('ContentsPage', () => {
  it('lists the posts with their status in words, planned time in the organisation’s zone, networks and author, then the next page', async () => {
    const api = stub()
      .on('GET', POSTS, ({ search }) =>
        Response.json(
          search.get('cursor') === 'page-2'
            ? { items: [summary({ id: 'post-3', title: 'Marché de Noël', status: 'published' })], nextCursor: null }
            : {
                items: [
                  summary({ id: 'post-1', title: 'Travaux rue Garibaldi', status: 'in_review', plannedAt: '2026-07-01T15:00:00.000Z', networks: ['bluesky', 'mastodon'] }),
                  summary({ id: 'post-2', title: '', author: { membershipId: 'm-2', name: 'Bernard Chef' } }),
                ],
                nextCursor: 'page-2',
              },
        ),
      )
      .install();
    await renderComposer('/orgs/org-lyon/posts');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contenus' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nouveau contenu' }).getAttribute('href')).toBe('/orgs/org-lyon/posts/new');
    const list = await screen.findByRole('list', { name: 'Contenus' });
    const rows = () => within(list).getAllByRole('article');
    const [inReview, untitled] = rows();
    expect(within(inReview).getByRole('link', { name: 'Travaux rue Garibaldi' }).getAttribute('href')).toBe('/orgs/org-lyon/posts/post-1');
    expect(within(inReview).getByText('En relecture')).toBeTruthy();
    // 15:00 UTC on 1 July is 17:00 in Paris (summer time).
    expect(within(inReview).getByText(/Prévu le 1 juil\. 2026.*17:00/)).toBeTruthy();
    expect(within(inReview).getByText('Bluesky, Mastodon')).toBeTruthy();
    expect(within(inReview).getByRole('link', { name: 'Voir la validation de « Travaux rue Garibaldi »' }).getAttribute('href')).toBe('/orgs/org-lyon/posts/post-1/review');
    expect(within(untitled).getByRole('link', { name: 'Post sans titre' })).toBeTruthy();
    expect(within(untitled).getByText('Brouillon')).toBeTruthy();
    expect(within(untitled).getByText('Date de publication non fixée')).toBeTruthy();
    expect(within(untitled).getByText('Par Bernard Chef')).toBeTruthy();
    expect(within(untitled).queryByRole('link', { name: /Voir la validation/ })).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Charger plus' }));
    expect(await within(list).findByText('Marché de Noël')).toBeTruthy();
    expect(within(rows()[2]).getByText('Publié')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Charger plus' })).toBeNull();
    const sent = api.sent('GET', POSTS);
    expect(sent.map((request) => request.search.get('cursor'))).toEqual([null, 'page-2']);
    expect(sent[0].search.get('limit')).toBe('20');
  });

  it('reads its filters from the URL, sends them to the API and writes changes back to the URL', async () => {
    const api = stub().on('GET', POSTS, { items: [], nextCursor: null }).install();
    const { router } = await renderComposer('/orgs/org-lyon/posts?status=in_review&mine=1&network=mastodon&status2=x');
    expect(await screen.findByText('Aucun contenu ne correspond à ces filtres.')).toBeTruthy();
    expect((screen.getByLabelText('Statut') as HTMLSelectElement).value).toBe('in_review');
    expect((screen.getByLabelText('Réseau') as HTMLSelectElement).value).toBe('mastodon');
    expect((screen.getByRole('checkbox', { name: 'Mes contenus' }) as HTMLInputElement).checked).toBe(true);
    const first = api.sent('GET', POSTS)[0].search;
    expect([first.get('status'), first.get('mine'), first.get('network')]).toEqual(['in_review', 'true', 'mastodon']);

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Statut'), 'scheduled');
    await user.click(screen.getByRole('checkbox', { name: 'Mes contenus' }));
    await user.selectOptions(screen.getByLabelText('Réseau'), '');
    expect(router.state.location.search).toBe('?status=scheduled');
    const last = api.sent('GET', POSTS).at(-1)?.search;
    expect([last?.get('status'), last?.get('mine'), last?.get('network')]).toEqual(['scheduled', null, null]);
    await user.click(screen.getByRole('checkbox', { name: 'Mes contenus' }));
    expect(router.state.location.search).toBe('?status=scheduled&mine=1');
    expect((screen.getByRole('checkbox', { name: 'Mes contenus' }) as HTMLInputElement).checked).toBe(true);
  });

  it('offers no « Nouveau contenu » to a reader and says the list is empty for them', async () => {
    stub('viewer').on('GET', POSTS, { items: [], nextCursor: null }).install();
    await renderComposer('/orgs/org-lyon/posts');
    expect(await screen.findByText('Aucun contenu pour le moment.')).toBeTruthy();
    expect(screen.getByText('Les posts rédigés par l’équipe apparaîtront ici.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Nouveau contenu' })).toBeNull();
  });

  it('shows a failed load with our sentence and a retry', async () => {
    stub().on('GET', POSTS, apiError(500, 'INTERNAL_ERROR', 'boom')).install();
    await renderComposer('/orgs/org-lyon/posts');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
    expect(screen.queryByText('boom')).toBeNull();
  });
});
