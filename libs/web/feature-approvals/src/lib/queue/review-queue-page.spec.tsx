import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, lyon, meFixture, orgFixture } from '@parvis/web/shared/testing';
import { ORG, queueItemFixture } from '../../testing/fixtures';
import { renderApprovals } from '../../testing/render-approvals';

function stub(): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'approver', organization: lyon }]))
    .on('GET', ORG, orgFixture());
}

describe('ReviewQueuePage', () => {
  it('lists the posts to decide in the order the API gives, late ones said late in words, deadlines in the organisation’s zone, then the next page', async () => {
    const api = stub()
      .on('GET', `${ORG}/review-queue`, ({ search }) =>
        Response.json(
          search.get('cursor') === 'page-2'
            ? { items: [queueItemFixture({ postId: 'post-3', title: 'Marché de Noël', stepDeadline: null, plannedAt: null })], nextCursor: null }
            : {
                items: [
                  queueItemFixture({ postId: 'post-1', title: 'Travaux rue Garibaldi', stepDeadline: '2020-03-02T08:30:00.000Z', onBehalfOfName: 'Bernard Chef' }),
                  queueItemFixture({ postId: 'post-2', title: 'Fête de quartier', stepDeadline: '2099-07-01T15:00:00.000Z', urgent: true }),
                ],
                nextCursor: 'page-2',
              },
        ),
      )
      .install();
    await renderApprovals('/orgs/org-lyon/approvals');
    expect(await screen.findByRole('heading', { level: 1, name: 'À valider' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Posts à valider' });
    const items = () => within(list).getAllByRole('article');
    expect(items().map((item) => within(item).getByRole('heading').textContent)).toEqual(['Travaux rue Garibaldi', 'Fête de quartier']);

    const late = items()[0];
    expect(within(late).getByText('En retard')).toBeTruthy();
    // 08:30 UTC on 2 March is 09:30 in Paris (winter time).
    expect(within(late).getByText(/Échéance dépassée depuis le 2 mars 2020.*09:30/)).toBeTruthy();
    expect(within(late).getByText(/Pour le compte de Bernard Chef/)).toBeTruthy();
    expect(within(late).getByText('Circuit des services — étape 2 : Directrice de la communication')).toBeTruthy();
    expect(within(late).getByRole('link', { name: 'Relire « Travaux rue Garibaldi »' }).getAttribute('href')).toBe('/orgs/org-lyon/posts/post-1/review');

    const later = items()[1];
    expect(within(later).queryByText('En retard')).toBeNull();
    // 15:00 UTC on 1 July is 17:00 in Paris (summer time).
    expect(within(later).getByText(/À décider avant le 1 juil\. 2099.*17:00/)).toBeTruthy();
    expect(within(later).getByText('Publié en urgence : relecture a posteriori')).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Afficher plus de posts' }));
    expect(await within(list).findByText('Marché de Noël')).toBeTruthy();
    expect(items()).toHaveLength(3);
    expect(within(items()[2]).getByText('Sans échéance')).toBeTruthy();
    expect(within(items()[2]).getByText('Date de publication non fixée')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher plus de posts' })).toBeNull();
    const sent = api.sent('GET', `${ORG}/review-queue`);
    expect(sent.map((request) => request.search.get('cursor'))).toEqual([null, 'page-2']);
    expect(sent[0].search.get('limit')).toBe('20');
  });

  it('says when there is nothing to review', async () => {
    stub().on('GET', `${ORG}/review-queue`, { items: [], nextCursor: null }).install();
    await renderApprovals('/orgs/org-lyon/approvals');
    expect(await screen.findByText('Rien à valider pour le moment.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Posts à valider' })).toBeNull();
  });

  it('shows a failed load with our sentence and a retry', async () => {
    stub().on('GET', `${ORG}/review-queue`, apiError(500, 'INTERNAL_ERROR', 'boom')).install();
    await renderApprovals('/orgs/org-lyon/approvals');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
    expect(screen.queryByText('boom')).toBeNull();
  });
});
