import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, FetchStub, json, meFixture, orgFixture } from '@parvis/web/shared/testing';
import { renderApp } from '../../testing/render-app';

function describedText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function signedOut(): FetchStub {
  return new FetchStub().on('GET', '/api/auth/me', apiError(401, 'AUTH_REQUIRED', 'Authentication required')).install();
}

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(await screen.findByLabelText('Adresse électronique'), email);
  if (password) await user.type(screen.getByLabelText('Mot de passe'), password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('LoginPage', () => {
  it('sends unauthenticated visitors to /login with the page they wanted', async () => {
    signedOut();
    const { router } = await renderApp('/orgs/org-lyon/members');
    await screen.findByRole('heading', { name: 'Connexion' });
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Forgs%2Forg-lyon%2Fmembers');
    // The title is set by an effect after the heading renders: wait for it rather than race it.
    await waitFor(() => expect(document.title).toBe('Connexion · Parvis'));
  });

  it('checks the fields before calling the API', async () => {
    const stub = signedOut();
    await renderApp('/login');
    await fillAndSubmit('pas-une-adresse', '');
    const email = screen.getByLabelText('Adresse électronique');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(email)).toContain('Saisissez une adresse électronique valide');
    expect(describedText(screen.getByLabelText('Mot de passe'))).toContain('Ce champ est obligatoire.');
    expect(stub.sent('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('shows server field errors next to the right field', async () => {
    signedOut().on(
      'POST',
      '/api/auth/login',
      apiError(400, 'VALIDATION_FAILED', 'Invalid input', [{ field: 'email', messages: ['email must be an email'] }]),
    );
    await renderApp('/login');
    await fillAndSubmit('alice@lyon.fr', 'un mot de passe');
    const email = screen.getByLabelText('Adresse électronique');
    // The API's field message is English: a French user reads ours.
    await waitFor(() => expect(describedText(email)).toContain('Valeur refusée : vérifiez ce champ.'));
    expect(describedText(email)).not.toContain('email must be an email');
    expect(screen.getByLabelText('Mot de passe').getAttribute('aria-invalid')).toBeNull();
  });

  it('explains invalid credentials and rate limiting', async () => {
    const stub = signedOut().on('POST', '/api/auth/login', apiError(401, 'AUTH_INVALID_CREDENTIALS', 'Invalid credentials'));
    await renderApp('/login');
    await fillAndSubmit('alice@lyon.fr', 'mauvais mot de passe');
    expect((await screen.findByRole('alert')).textContent).toContain('Adresse électronique ou mot de passe incorrect.');

    stub.on('POST', '/api/auth/login', apiError(429, 'RATE_LIMITED', 'Too many requests'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Se connecter' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Trop de tentatives'));
  });

  it('tells when the account is locked and until when', async () => {
    const lockedUntil = new Date(Date.UTC(2030, 0, 1, 14, 5));
    const expected = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' }).format(lockedUntil);
    signedOut().on(
      'POST',
      '/api/auth/login',
      apiError(423, 'AUTH_ACCOUNT_LOCKED', 'Account locked', { lockedUntil: lockedUntil.toISOString() }),
    );
    await renderApp('/login');
    await fillAndSubmit('alice@lyon.fr', 'un mot de passe');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`Compte verrouillé jusqu’à ${expected}`);
  });

  it('tells the owner their account was locked in their absence, then goes on to the requested page', async () => {
    const lastLockoutAt = new Date(Date.UTC(2030, 0, 1, 14, 5));
    const expected = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short' }).format(lastLockoutAt);
    signedOut()
      .on('POST', '/api/auth/login', json(200, { ...meFixture(), securityNotice: { lockouts: 2, lastLockoutAt: lastLockoutAt.toISOString() } }))
      .on('GET', '/api/orgs/org-lyon', orgFixture());
    const { router } = await renderApp('/login?next=%2Forgs%2Forg-lyon');
    await fillAndSubmit('alice@lyon.fr', 'correct horse battery');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`votre compte a été verrouillé 2 fois après des essais de mot de passe infructueux, la dernière le ${expected}`);
    expect(screen.getByRole('link', { name: 'Changer mon mot de passe' }).getAttribute('href')).toBe('/account');
    expect(router.state.location.pathname).toBe('/login');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Continuer' }));
    await screen.findByText('Espace connecté');
    expect(router.state.location.pathname).toBe('/orgs/org-lyon');
  });

  it('signs in and goes to the requested page', async () => {
    const me = meFixture();
    const stub = signedOut()
      .on('POST', '/api/auth/login', json(200, me))
      .on('GET', '/api/orgs/org-lyon', orgFixture());
    const { router } = await renderApp('/login?next=%2Forgs%2Forg-lyon');
    await fillAndSubmit('alice@lyon.fr', 'correct horse battery');
    await screen.findByText('Espace connecté');
    expect(router.state.location.pathname).toBe('/orgs/org-lyon');
    expect(stub.sent('POST', '/api/auth/login')[0].body).toEqual({
      email: 'alice@lyon.fr',
      password: 'correct horse battery',
    });
  });

  it('without mail, « Mot de passe oublié ? » says who to ask', async () => {
    signedOut().on('GET', '/api/public-config', json(200, { signupEnabled: false, defaultLocale: 'fr', mailEnabled: false }));
    await renderApp('/login');
    await userEvent.setup().click(await screen.findByText('Mot de passe oublié ?'));
    expect(await screen.findByText(/cette instance n’envoie pas d’e-mails/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Mot de passe oublié ?' })).toBeNull();
  });

  it('with mail, « Mot de passe oublié ? » mails a link and says an e-mail was sent, whatever the address', async () => {
    const stub = signedOut()
      .on('GET', '/api/public-config', json(200, { signupEnabled: false, defaultLocale: 'fr', mailEnabled: true }))
      .on('POST', '/api/password-resets', new Response(null, { status: 202 }));
    await renderApp('/login');
    const user = userEvent.setup();
    await user.click(await screen.findByText('Mot de passe oublié ?'));
    const form = await screen.findByRole('form', { name: 'Mot de passe oublié ?' });
    await user.click(within(form).getByRole('button', { name: 'Recevoir un lien par e-mail' }));
    expect(describedText(within(form).getByLabelText('Adresse électronique de votre compte'))).toContain('Ce champ est obligatoire.');
    expect(stub.sent('POST', '/api/password-resets')).toHaveLength(0);
    await user.type(within(form).getByLabelText('Adresse électronique de votre compte'), 'alice@lyon.fr');
    await user.click(within(form).getByRole('button', { name: 'Recevoir un lien par e-mail' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Un e-mail a été envoyé si un compte utilise cette adresse/));
    expect(stub.sent('POST', '/api/password-resets')[0]?.body).toEqual({ email: 'alice@lyon.fr' });
  });
});
