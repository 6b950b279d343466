import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FetchStub, lyon, meFixture } from '@parvis/web/shared/testing';
import { renderApp } from '../../testing/render-app';

const LIST = '/api/orgs/org-lyon/posts/post-1/publications';
const editor = meFixture({}, [{ membershipId: 'm-1', role: 'editor', organization: lyon }]);
const base = { postId: 'post-1', version: 1, canRetry: false, attempts: 1, url: null, errorKind: null, error: null, nextAttemptAt: '2030-03-01T09:00:00.000Z', publishedAt: null };

describe('PublicationStatus', () => {
  it('shows each channel’s state, the live link, the platform’s words and « Réessayer » where safe', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', editor)
      .on('GET', LIST, {
        items: [
          { ...base, id: 'pub-b', channelId: 'ch-bsky', channelName: 'Ville sur Bluesky', network: 'bluesky', state: 'published', url: 'https://bsky.app/profile/ville/post/3k', publishedAt: '2030-03-01T09:00:02.000Z' },
          { ...base, id: 'pub-m', channelId: 'ch-masto', channelName: 'Ville sur Mastodon', network: 'mastodon', state: 'failed', errorKind: 'rate_limited', error: 'Too many requests', canRetry: true, version: 3 },
        ],
      })
      .on('POST', '/api/orgs/org-lyon/publications/pub-m/retry', { id: 'pub-m' })
      .install();
    await renderApp('/orgs/org-lyon/posts/post-1');
    const bluesky = (await screen.findByRole('rowheader', { name: /Ville sur Bluesky/ })).closest('tr') as HTMLElement;
    expect(within(bluesky).getByText('publiée')).toBeTruthy();
    expect(within(bluesky).getByRole('link', { name: 'Voir la publication sur Ville sur Bluesky (Bluesky)' }).getAttribute('href')).toBe('https://bsky.app/profile/ville/post/3k');
    const mastodon = screen.getByRole('rowheader', { name: /Ville sur Mastodon/ }).closest('tr') as HTMLElement;
    expect(within(mastodon).getByText(/Réponse du réseau : « Too many requests »/)).toBeTruthy();
    await userEvent.setup().click(within(mastodon).getByRole('button', { name: 'Réessayer sur Ville sur Mastodon' }));
    await waitFor(() => expect(stub.sent('POST', '/api/orgs/org-lyon/publications/pub-m/retry')).toHaveLength(1));
    expect(stub.sent('POST', '/api/orgs/org-lyon/publications/pub-m/retry')[0].headers.get('If-Match')).toBe('"3"');
  });

  it('says that a post not yet scheduled has no publication', async () => {
    new FetchStub().on('GET', '/api/auth/me', editor).on('GET', LIST, { items: [] }).install();
    await renderApp('/orgs/org-lyon/posts/post-1');
    expect(await screen.findByText('Ce post n’a pas encore de publication : elles sont créées quand il est programmé.')).toBeTruthy();
  });
});
