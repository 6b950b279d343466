import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, json } from '@parvis/web/shared/testing';
import { briefFixture, planningStub } from '../../testing/planning-fixtures';
import { renderApp } from '../../testing/render-app';

describe('MyBriefsPage', () => {
  it('lets a contributor start writing and hand in the draft of an assigned brief', async () => {
    let status = 'assigned';
    const stub = planningStub('contributor')
      .on('GET', '/api/orgs/org-lyon/briefs', () => json(200, { items: [briefFixture({ status: status as 'assigned' })], nextCursor: null }))
      .on('PATCH', '/api/orgs/org-lyon/briefs/brief-1', (request) => {
        status = (request.body as { status: string }).status;
        return json(200, briefFixture({ status: status as 'in_progress' }));
      });
    await renderApp('/orgs/org-lyon/my-briefs');
    const user = userEvent.setup();
    const card = (await screen.findByRole('link', { name: 'Fête de la musique' })).closest('li') as HTMLElement;
    expect(stub.sent('GET', '/api/orgs/org-lyon/briefs')[0]?.search.get('assignee')).toBe('me');
    expect(within(card).getByText(/Brouillon attendu le .*14 juin 2026/)).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /Modifier|Supprimer/ })).toBeNull();

    await user.click(within(card).getByRole('button', { name: /Commencer la rédaction/ }));
    await waitFor(() => expect(stub.sent('PATCH', '/api/orgs/org-lyon/briefs/brief-1')[0]?.body).toEqual({ status: 'in_progress' }));
    expect(await screen.findByText('« Fête de la musique » est en rédaction.')).toBeTruthy();
    const refreshed = (await screen.findByText('En rédaction')).closest('li') as HTMLElement;
    expect(within(refreshed).queryByRole('button', { name: /Commencer la rédaction/ })).toBeNull();

    await user.click(within(refreshed).getByRole('button', { name: /Brouillon remis/ }));
    await waitFor(() => expect(stub.sent('PATCH', '/api/orgs/org-lyon/briefs/brief-1')[1]?.body).toEqual({ status: 'draft_submitted' }));
  });

  it('explains a refusal from the server', async () => {
    planningStub('contributor')
      .on('GET', '/api/orgs/org-lyon/briefs', { items: [briefFixture()], nextCursor: null })
      .on('PATCH', '/api/orgs/org-lyon/briefs/brief-1', apiError(403, 'BRIEF_NOT_ASSIGNEE', 'Not yours'));
    await renderApp('/orgs/org-lyon/my-briefs');
    await userEvent.setup().click(await screen.findByRole('button', { name: /Commencer la rédaction/ }));
    expect(await screen.findByText('Seule la personne à qui ce sujet est attribué peut le modifier.')).toBeTruthy();
  });

  it('says when nothing is assigned', async () => {
    planningStub('contributor').on('GET', '/api/orgs/org-lyon/briefs', { items: [], nextCursor: null });
    await renderApp('/orgs/org-lyon/my-briefs');
    expect(await screen.findByText('Aucun sujet ne vous est attribué.')).toBeTruthy();
  });
});
