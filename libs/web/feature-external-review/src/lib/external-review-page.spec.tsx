import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json } from '@parvis/web/shared/testing';
import { renderApp } from '../testing/render-app';

const TOKEN = 'a'.repeat(65);
const PAGE = `/api/external-reviews/${TOKEN}`;
const shown = {
  organizationName: 'Ville de Bourges',
  timeZone: 'Europe/Paris',
  stepName: 'Cabinet du maire',
  plannedAt: '2030-03-02T08:00:00.000Z',
  expiresAt: '2030-03-01T17:30:00.000Z',
  variants: [
    {
      network: 'bluesky',
      channelName: 'Ville de Bourges',
      text: 'Le marché de printemps revient place Séraucourt.',
      threadParts: null,
      link: 'https://ville.fr/marche',
      contentWarning: null,
      media: [{ mediaId: 'm1', kind: 'image', altText: 'Les étals sous les platanes', url: `/api/external-reviews/${TOKEN}/media/m1` }],
    },
    { network: 'mastodon', channelName: 'Ville (Mastodon)', text: 'Le marché revient.', threadParts: ['Partie un', 'Partie deux'], link: null, contentWarning: 'Travaux', media: [] },
  ],
};

describe('ExternalReviewPage', () => {
  it('shows the organisation, the step, each network’s preview in the organisation’s zone, and records an approval', async () => {
    const stub = new FetchStub()
      .on('GET', PAGE, shown)
      .on('POST', `${PAGE}/decision`, json(200, { decision: 'approve', decidedAt: '2030-03-01T10:00:00.000Z' }))
      .install();
    await renderApp(`/validation-externe/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Validation d’une publication' })).toBeTruthy();
    expect(screen.getByText('Ville de Bourges vous demande de valider cette publication avant sa diffusion sur les réseaux sociaux.')).toBeTruthy();
    expect(screen.getByText('Cabinet du maire')).toBeTruthy();
    expect(screen.getByText('2 mars 2030, 09:00')).toBeTruthy();
    const bluesky = screen.getByRole('article', { name: 'Bluesky · Ville de Bourges' });
    expect(within(bluesky).getByRole('img', { name: 'Les étals sous les platanes' }).getAttribute('src')).toBe(`/api/external-reviews/${TOKEN}/media/m1`);
    expect(within(bluesky).getByRole('link', { name: 'https://ville.fr/marche' })).toBeTruthy();
    const mastodon = screen.getByRole('article', { name: 'Mastodon · Ville (Mastodon)' });
    expect(within(mastodon).getByText('Message 2 sur 2')).toBeTruthy();
    expect(within(mastodon).getByText('Avertissement affiché avant le texte : Travaux')).toBeTruthy();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Vos nom et prénom'), 'Claire Martin');
    await user.type(screen.getByLabelText('Votre adresse électronique'), 'claire@mairie.fr');
    await user.click(screen.getByRole('button', { name: 'Valider la publication' }));
    expect(await screen.findByText('Merci, votre validation est enregistrée')).toBeTruthy();
    expect(stub.sent('POST', `${PAGE}/decision`)[0]?.body).toEqual({ action: 'approve', name: 'Claire Martin', email: 'claire@mairie.fr' });
  });

  it('asks for a comment before requesting changes, and shows the server’s field errors', async () => {
    const stub = new FetchStub()
      .on('GET', PAGE, shown)
      .on('POST', `${PAGE}/decision`, apiError(400, 'VALIDATION_FAILED', 'Invalid input: email', [{ field: 'email', messages: ['email must be an e-mail address'] }]))
      .install();
    await renderApp(`/validation-externe/${TOKEN}`);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Vos nom et prénom'), 'Claire Martin');
    await user.type(screen.getByLabelText('Votre adresse électronique'), 'claire@mairie.fr');
    await user.click(screen.getByRole('button', { name: 'Demander des modifications' }));
    expect(await screen.findByText('Dites ce qui doit changer pour demander des modifications.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Commentaire/));
    expect(stub.sent('POST', `${PAGE}/decision`)).toHaveLength(0);
    await user.type(screen.getByLabelText(/^Commentaire/), 'Citer la date.');
    await user.click(screen.getByRole('button', { name: 'Demander des modifications' }));
    await waitFor(() => expect(stub.sent('POST', `${PAGE}/decision`)).toHaveLength(1));
    expect(stub.sent('POST', `${PAGE}/decision`)[0]?.body).toMatchObject({ action: 'request_changes', comment: 'Citer la date.' });
    await waitFor(() => expect(screen.getByLabelText('Votre adresse électronique').getAttribute('aria-invalid')).toBe('true'));
  });

  it.each([
    ['EXTERNAL_REVIEW_VOIDED', 410, 'La publication a été modifiée depuis l’envoi de ce lien : il n’est plus valable. L’organisation vous enverra un nouveau lien si votre avis est encore attendu.'],
    ['EXTERNAL_REVIEW_EXPIRED', 410, 'Ce lien de validation a expiré : demandez-en un nouveau à l’organisation.'],
    ['EXTERNAL_REVIEW_USED', 410, 'Une décision a déjà été donnée avec ce lien : il ne sert qu’une fois.'],
    ['EXTERNAL_REVIEW_SIGNATURE_INVALID', 404, 'Ce lien de validation n’est pas valide : il a été modifié ou mal copié.'],
  ])('says in French why a link no longer works (%s)', async (code, status, sentence) => {
    new FetchStub().on('GET', PAGE, apiError(status, code, 'gone')).install();
    await renderApp(`/validation-externe/${TOKEN}`);
    expect(await screen.findByText(sentence)).toBeTruthy();
    expect(screen.getByText('Ce lien ne peut plus servir')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Valider la publication' })).toBeNull();
  });
});
