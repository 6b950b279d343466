import { apiError, FetchStub, json, lyon, meFixture, orgFixture } from '@parvis/web/shared/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../testing/render-app';

const me = meFixture({}, [{ membershipId: 'm-1', role: 'admin', organization: lyon }]);

describe('End of the session', () => {
  it('says the session expired, signs in again and returns to the page with what was typed', async () => {
    const stub = new FetchStub()
      .on('GET', '/api/auth/me', me)
      .on('GET', '/api/orgs/org-lyon', orgFixture())
      .on('GET', '/api/orgs/org-lyon/services', { items: [] })
      .on('PATCH', '/api/orgs/org-lyon', apiError(401, 'AUTH_REQUIRED', 'Authentication required'))
      .on('POST', '/api/auth/login', json(200, me))
      .install();
    const { router } = await renderApp('/orgs/org-lyon/settings');
    const user = userEvent.setup();
    const name = await screen.findByLabelText('Nom');
    await user.clear(name);
    await user.type(name, 'Ville de Lyon (brouillon)');
    stub.on('GET', '/api/auth/me', apiError(401, 'AUTH_REQUIRED', 'Authentication required'));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Votre session a expiré');
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Forgs%2Forg-lyon%2Fsettings');
    expect(document.body.textContent).not.toContain('Authentication required');

    stub.on('GET', '/api/auth/me', me);
    await user.type(screen.getByLabelText('Adresse électronique'), 'alice@lyon.fr');
    await user.type(screen.getByLabelText('Mot de passe'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    await user.click(await screen.findByRole('button', { name: 'Reprendre ma saisie' }));
    expect(router.state.location.pathname).toBe('/orgs/org-lyon/settings');
    await waitFor(() => expect((screen.getByLabelText('Nom') as HTMLInputElement).value).toBe('Ville de Lyon (brouillon)'));
    expect(screen.queryByText('Votre session a expiré')).toBeNull();
  });

  it('shows a French "introuvable" page with a way back for a missing item', async () => {
    new FetchStub()
      .on('GET', '/api/auth/me', me)
      .on('GET', '/api/orgs/org-lyon', apiError(404, 'ORG_NOT_FOUND', 'Organization not found'))
      .install();
    await renderApp('/orgs/org-lyon');
    expect(await screen.findByRole('heading', { level: 1, name: 'Élément introuvable' })).toBeTruthy();
    expect(screen.getByText('Organisation introuvable.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Revenir en arrière' }).getAttribute('href')).toBe('/');
    expect(document.body.textContent).not.toContain('Organization not found');
  });
});
