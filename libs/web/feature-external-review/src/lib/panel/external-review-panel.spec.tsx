import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, lyon, meFixture } from '@parvis/web/shared/testing';
import { renderPanel } from '../../testing/render-app';

const BASE = '/api/orgs/org-lyon/posts/p1';
const review = (status: string, approverKind: string) => ({
  status,
  currentStep: 0,
  steps: [{ name: 'Cabinet du maire', approverKind, quorum: 'any' }],
});
const link = (overrides: object = {}) => ({
  id: 'l1',
  version: 1,
  name: 'Claire Martin',
  email: 'claire@mairie.fr',
  expiresAt: '2030-03-08T09:00:00.000Z',
  state: 'sent',
  createdAt: '2030-03-01T09:00:00.000Z',
  round: 1,
  step: 0,
  decision: null,
  usedAt: null,
  deciderName: null,
  ...overrides,
});
const editor = meFixture({}, [{ membershipId: 'm-1', role: 'editor', organization: lyon }]);

describe('ExternalReviewPanel', () => {
  it('sends a link at an external step and shows it once to copy when no mail server is set up', async () => {
    let sent = false;
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', editor)
      .on('GET', `${BASE}/review`, review('in_review', 'external'))
      .on('GET', `${BASE}/external-reviews`, () => json(200, { items: sent ? [link()] : [] }))
      .on('POST', `${BASE}/external-reviews`, () => {
        sent = true;
        return json(201, { ...link(), url: 'http://parvis.test/validation-externe/abc', mailed: false });
      })
      .install();
    await renderPanel('p1');
    expect(await screen.findByRole('heading', { name: 'Validation externe' })).toBeTruthy();
    expect(screen.getByText(/L’étape « Cabinet du maire » est décidée par une personne sans compte/)).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nom de la personne'), 'Claire Martin');
    await user.type(screen.getByLabelText('Son adresse électronique'), 'claire@mairie.fr');
    await user.selectOptions(screen.getByLabelText('Le lien est valable'), '3 jours');
    await user.click(screen.getByRole('button', { name: 'Envoyer le lien' }));
    expect(await screen.findByText('Aucun serveur d’e-mail n’est configuré : copiez ce lien et transmettez-le à Claire Martin')).toBeTruthy();
    expect((screen.getByLabelText('Lien de validation pour Claire Martin') as HTMLInputElement).value).toBe('http://parvis.test/validation-externe/abc');
    expect(stub.sent('POST', `${BASE}/external-reviews`)[0]?.body).toEqual({ name: 'Claire Martin', email: 'claire@mairie.fr', expiresInDays: 3 });
    const list = await screen.findByRole('list');
    expect(within(list).getByText(/en attente/)).toBeTruthy();
  });

  it('lists the links and their decisions after the step, and revokes a waiting one with its version', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', editor)
      .on('GET', `${BASE}/review`, review('approved', 'external'))
      .on('GET', `${BASE}/external-reviews`, { items: [link({ id: 'l2', version: 3, name: 'Élu B', email: 'b@mairie.fr' }), link({ state: 'used', decision: 'approve', usedAt: '2030-03-02T10:00:00.000Z', deciderName: 'Claire Martin' })] })
      .on('DELETE', `${BASE}/external-reviews/l2`, json(204))
      .install();
    await renderPanel('p1');
    expect(await screen.findByText(/validé par Claire Martin le 2 mars 2030/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Envoyer le lien' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Annuler le lien de Élu B' }));
    await waitFor(() => expect(stub.sent('DELETE', `${BASE}/external-reviews/l2`)).toHaveLength(1));
    expect(stub.sent('DELETE', `${BASE}/external-reviews/l2`)[0]?.headers.get('if-match')).toBe('"3"');
  });

  it('shows nothing to a contributor, nor for a post never submitted', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role: 'contributor', organization: lyon }]))
      .install();
    const view = await renderPanel('p1');
    await waitFor(() => expect(stub.sent('GET', '/api/auth/me').length).toBeGreaterThan(0));
    expect(view.container.textContent).toBe('');
    expect(stub.sent('GET', `${BASE}/external-reviews`)).toHaveLength(0);

    new FetchStub()
      .on('GET', '/api/auth/me', editor)
      .on('GET', `${BASE}/review`, apiError(404, 'REVIEW_NOT_FOUND', 'never submitted'))
      .on('GET', `${BASE}/external-reviews`, { items: [] })
      .install();
    const fresh = await renderPanel('p1');
    await waitFor(() => expect(fresh.container.querySelector('section')).toBeNull());
  });
});
