import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, lyon, meFixture, orgFixture } from '@parvis/web/shared/testing';
import { vi } from 'vitest';
import { ORG, postFixture, reviewFixture, timelineEvent } from '../../testing/fixtures';
import { renderApprovals } from '../../testing/render-approvals';
import type { Review } from '../data/approval-types';

const POST = `${ORG}/posts/post-1`;

function stub(review: Response | Review = reviewFixture(), role: 'approver' | 'contributor' = 'approver', membershipId = 'm-1'): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId, role, organization: lyon }]))
    .on('GET', ORG, orgFixture())
    .on('GET', POST, postFixture())
    .on('GET', `${POST}/review`, review)
    .on('GET', `${POST}/diff`, {
      from: 2,
      to: 3,
      master: [
        { kind: 'same', text: 'Fête de quartier ' },
        { kind: 'removed', text: 'dimanche' },
        { kind: 'added', text: 'samedi' },
        { kind: 'same', text: ' au parc.' },
      ],
      variants: [{ channelId: 'ch-bsky', segments: [{ kind: 'added', text: 'samedi' }], otherChanges: ['link', 'options.language'] }],
    })
    .on('GET', `${POST}/timeline`, {
      items: [
        timelineEvent({ id: 'e1', action: 'post.submit' }),
        timelineEvent({ id: 'e2', action: 'post.approve', actorName: 'Bernard Chef', details: { step: 0, stepName: 'Chef de service' } }),
        timelineEvent({ id: 'e3', action: 'publication.published', actorName: null }),
      ],
    });
}

function headersOf(method: string, path: string): (string | null)[] {
  return vi
    .mocked(globalThis.fetch)
    .mock.calls.map(([input]) => input)
    .filter((input): input is Request => input instanceof Request && input.method === method && new URL(input.url).pathname === path)
    .map((request) => request.headers.get('If-Match'));
}

describe('ReviewPage', () => {
  it('shows where the post stands, the word diff since the approved version, the preview and the timeline', async () => {
    const api = stub().install();
    await renderApprovals('/orgs/org-lyon/posts/post-1/review');
    expect(await screen.findByRole('heading', { level: 1, name: /Relecture : « Fête de quartier samedi/ })).toBeTruthy();
    expect(screen.getByText('Statut : En relecture')).toBeTruthy();

    const steps = screen.getByRole('list', { name: 'Étapes du circuit' });
    const [first, second] = within(steps).getAllByRole('listitem');
    expect(within(first).getByText('Validée')).toBeTruthy();
    expect(second.getAttribute('aria-current')).toBe('step');
    expect(within(second).getByText('En cours')).toBeTruthy();
    expect(within(second).getByText(/Échéance : 3 déc\. 2026.*17:00/)).toBeTruthy();
    expect(within(second).getByText('Vous pouvez décider à cette étape.')).toBeTruthy();

    // The diff: from the approved version to the last saved one, insertions and deletions named for screen readers.
    expect(await screen.findByText('Version 2 (approuvée) → version 3 (à relire).')).toBeTruthy();
    expect((await screen.findByLabelText('retiré : dimanche')).tagName).toBe('DEL');
    expect(screen.getAllByLabelText('ajouté : samedi')[0].tagName).toBe('INS');
    expect(screen.getByText('Aussi modifié : le lien, les options du réseau.')).toBeTruthy();
    expect(api.sent('GET', `${POST}/diff`)[0].search.toString()).toBe('from=2&to=3');

    expect(screen.getByRole('heading', { name: 'Aperçu sur Bluesky' })).toBeTruthy();

    const timeline = await screen.findByRole('list', { name: 'Événements, du plus ancien au plus récent' });
    expect(within(timeline).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/Soumis à validation par Camille Contributrice/),
      expect.stringMatching(/Approuvé \(étape 1, Chef de service\) par Bernard Chef/),
      expect.stringMatching(/Publié automatiquement/),
    ]);
  });

  it('asks for a comment before requesting changes, then sends the decision with the review version and the content hash read', async () => {
    const api = stub()
      .on('POST', `${POST}/decisions`, reviewFixture({ status: 'changes_requested', currentStep: null, version: 8, callerMayDecide: false }))
      .install();
    await renderApprovals('/orgs/org-lyon/posts/post-1/review');
    const user = userEvent.setup();
    expect(await screen.findByRole('button', { name: 'Approuver' })).toBeTruthy();
    // The state machine gives an approver all three decisions at a named step.
    expect(screen.getByRole('button', { name: 'Refuser' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Demander des modifications' }));
    expect(await screen.findByText('Écrivez un commentaire pour expliquer votre décision.')).toBeTruthy();
    expect(screen.getByLabelText('Commentaire').getAttribute('aria-invalid')).toBe('true');
    expect(api.sent('POST', `${POST}/decisions`)).toHaveLength(0);

    await user.type(screen.getByLabelText('Commentaire'), 'Précisez l’horaire.');
    await user.click(screen.getByRole('button', { name: 'Demander des modifications' }));
    expect(await screen.findByText('Vous avez demandé des modifications.')).toBeTruthy();
    expect(api.sent('POST', `${POST}/decisions`).map((request) => request.body)).toEqual([
      { action: 'request_changes', step: 1, contentHash: 'hash-v4', comment: 'Précisez l’horaire.' },
    ]);
    expect(headersOf('POST', `${POST}/decisions`)).toEqual(['"7"']);
    // The answered review is the one shown: no decision left to make.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Approuver' })).toBeNull());
  });

  it('explains a content change since the approver read the post, and reads the new version on request', async () => {
    const api = stub()
      .on('POST', `${POST}/decisions`, apiError(409, 'POST_CONTENT_CHANGED', 'changed', { contentHash: 'hash-v5' }))
      .install();
    await renderApprovals('/orgs/org-lyon/posts/post-1/review');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Approuver' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Le contenu a changé depuis votre lecture')).toBeTruthy();
    const reads = api.sent('GET', POST).length;
    await user.click(within(alert).getByRole('button', { name: 'Relire la nouvelle version' }));
    await waitFor(() => expect(api.sent('GET', POST).length).toBeGreaterThan(reads));
    expect(screen.queryByText('Le contenu a changé depuis votre lecture')).toBeNull();
  });

  it('offers the choice when someone decided in between (412), and decides again with the current version', async () => {
    let calls = 0;
    const current = reviewFixture({ version: 9, steps: reviewFixture().steps.map((s, i) => (i === 1 ? { ...s, approvals: 1 } : s)) });
    const api = stub()
      .on('POST', `${POST}/decisions`, () =>
        ++calls === 1 ? apiError(412, 'VERSION_MISMATCH', 'stale', { current }) : json(200, reviewFixture({ status: 'approved', currentStep: null, version: 10, callerMayDecide: false })),
      )
      .install();
    await renderApprovals('/orgs/org-lyon/posts/post-1/review');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Approuver' }));
    const dialog = await screen.findByRole('dialog', { name: 'Quelqu’un d’autre a modifié cet élément' });
    const row = within(dialog).getByRole('row', { name: /Approbations à cette étape/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '1']);
    await user.click(within(dialog).getByRole('button', { name: 'Décider quand même' }));
    expect(await screen.findByText('Vous avez approuvé ce post.')).toBeTruthy();
    expect(headersOf('POST', `${POST}/decisions`)).toEqual(['"7"', '"9"']);
    expect(api.sent('POST', `${POST}/decisions`)).toHaveLength(2);
  });

  it('shows no decision to a member the API does not let decide (the author), and shows the neutrality checklist as answered', async () => {
    stub(reviewFixture({ callerMayDecide: false, neutralityRequired: true, neutrality: { anteriority: true, regularity: true, identity: true, neutrality: false } }), 'contributor', 'm-agent').install();
    await renderApprovals('/orgs/org-lyon/posts/post-1/review');
    expect(await screen.findByRole('list', { name: 'Étapes du circuit' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approuver' })).toBeNull();
    expect(screen.queryByLabelText('Commentaire')).toBeNull();
    expect(screen.getByText(/Neutralité : elle informe/).textContent).toMatch(/non confirmé/);
    expect(screen.getByText(/Antériorité/).textContent).toMatch(/: confirmé/);
    // The author may withdraw an in-review post (state machine), not submit it again.
    expect(screen.getByRole('button', { name: 'Retirer de la validation' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Soumettre à validation' })).toBeNull();
  });

  it('offers no decision to an approver the API says may not decide now (already decided at this step)', async () => {
    stub(reviewFixture({ callerMayDecide: false })).install();
    await renderApprovals('/orgs/org-lyon/posts/post-1/review');
    expect(await screen.findByRole('list', { name: 'Étapes du circuit' })).toBeTruthy();
    expect(screen.queryByText('Vous pouvez décider à cette étape.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Approuver' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refuser' })).toBeNull();
  });

  it('lets the author submit a draft never submitted, with If-Match of the post version, and asks for the checklist when the server says a réserve applies', async () => {
    let calls = 0;
    const api = stub(apiError(404, 'REVIEW_NOT_FOUND', 'never submitted'), 'contributor', 'm-agent')
      .on('GET', POST, postFixture({ status: 'draft' }))
      .on('POST', `${POST}/submit`, () => (++calls === 1 ? apiError(422, 'NEUTRALITY_CHECKLIST_INCOMPLETE', 'checklist') : json(200, reviewFixture({ currentStep: 0, callerMayDecide: false }))))
      .install();
    await renderApprovals('/orgs/org-lyon/posts/post-1/review');
    expect(await screen.findByText('Ce post n’a pas encore été soumis à validation.')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Soumettre à validation' }));
    expect(await screen.findByText('Cochez les quatre critères pour soumettre le post.')).toBeTruthy();
    for (const name of [/Antériorité/, /Régularité/, /Identité/, /Neutralité/]) await user.click(screen.getByRole('checkbox', { name }));
    await user.click(screen.getByRole('button', { name: 'Soumettre à validation' }));
    expect(await screen.findByText('Post soumis : il est à l’étape 1 du circuit.')).toBeTruthy();
    expect(api.sent('POST', `${POST}/submit`).map((request) => request.body)).toEqual([
      { sensitive: false },
      { sensitive: false, neutrality: { anteriority: true, regularity: true, identity: true, neutrality: true } },
    ]);
    expect(headersOf('POST', `${POST}/submit`)).toEqual(['"4"', '"4"']);
  });
});
