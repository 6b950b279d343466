import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FetchStub, json, meFixture, memberFixture, nantes, orgFixture } from '@parvis/web/shared/testing';
import { renderApp } from '../../testing/render-app';

function signedIn(me = meFixture()): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', me)
    .on('GET', '/api/orgs/org-lyon', orgFixture())
    .on('GET', '/api/orgs/org-nantes', orgFixture(nantes))
    .on('GET', '/api/orgs/org-lyon/members', { items: [memberFixture()], nextCursor: null })
    .on('GET', '/api/orgs/org-nantes/members', { items: [memberFixture({ role: 'viewer' })], nextCursor: null })
    .on('GET', '/api/orgs/org-lyon/services', { items: [] })
    .on('GET', '/api/orgs/org-lyon/invitations', { items: [] })
    .install();
}

describe('AppShell', () => {
  it('switches organisation and keeps the current page', async () => {
    signedIn();
    const { router } = await renderApp('/orgs/org-lyon/members');
    const switcher = await screen.findByRole('combobox', { name: 'Organisation' });
    expect((switcher as HTMLSelectElement).value).toBe('org-lyon');
    const options = within(switcher).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Mairie de Lyon', 'CHU de Nantes']);

    await userEvent.setup().selectOptions(switcher, 'CHU de Nantes');
    await waitFor(() => expect(router.state.location.pathname).toBe('/orgs/org-nantes/members'));
    // Viewer in Nantes: read-only members list, no role select.
    await screen.findByText('Les personnes qui travaillent dans cette organisation.');
    expect(screen.queryByRole('combobox', { name: /Rôle de/ })).toBeNull();
  });

  it('shows in « Validation » how many posts wait for the caller, said in words to screen readers', async () => {
    signedIn().on('GET', '/api/orgs/org-lyon/review-queue/count', { count: 3 });
    await renderApp('/orgs/org-lyon');
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    const link = await within(nav).findByRole('link', { name: 'Validation 3 posts à valider' });
    expect(link.getAttribute('href')).toBe('/orgs/org-lyon/approvals');
  });

  it('links every area of the organisation, « Contenus » included, nothing left marked « bientôt »', async () => {
    signedIn();
    await renderApp('/orgs/org-lyon');
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Accueil' }).getAttribute('aria-current')).toBe('page');
    for (const [label, path] of [
      ['Calendrier', 'calendar'],
      ['Mes sujets', 'my-briefs'],
      ['Ligne éditoriale', 'editorial-line'],
      ['Canaux', 'channels'],
      ['Publication', 'publications'],
      ['Validation', 'approvals'],
      ['Contenus', 'posts'],
    ]) {
      expect(within(nav).getByRole('link', { name: label }).getAttribute('href')).toBe(`/orgs/org-lyon/${path}`);
    }
    expect(within(nav).queryByText(/bientôt/)).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Membres' }).getAttribute('href')).toBe('/orgs/org-lyon/members');
    expect(within(nav).getByRole('link', { name: 'Organisation' }).getAttribute('href')).toBe('/orgs/org-lyon/settings');
  });

  it('links « Journal d’audit » only for a role that may read the audit log', async () => {
    signedIn();
    await renderApp('/orgs/org-lyon');
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Journal d’audit' }).getAttribute('href')).toBe('/orgs/org-lyon/settings/audit');
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Organisation' }), 'CHU de Nantes');
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Accueil' }).getAttribute('href')).toBe('/orgs/org-nantes'));
    expect(within(nav).queryByRole('link', { name: 'Journal d’audit' })).toBeNull();
  });

  it('changes the language of the interface and of the document', async () => {
    signedIn();
    await renderApp('/orgs/org-lyon');
    expect(document.documentElement.lang).toBe('fr');
    await userEvent.setup().selectOptions(await screen.findByRole('combobox', { name: 'Langue' }), 'English');
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('parvis.language')).toBe('en');
  });

  it('signs out from the user menu', async () => {
    const stub = signedIn().on('POST', '/api/auth/logout', json(204));
    const { router } = await renderApp('/orgs/org-lyon');
    const user = userEvent.setup();
    const menuButton = await screen.findByRole('button', { name: /Alice Martin/ });
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    await user.click(menuButton);
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    const menu = document.getElementById(menuButton.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(within(menu).getByRole('link', { name: 'Mon compte' }).getAttribute('href')).toBe('/account');
    expect(within(menu).queryByRole('link', { name: 'Espace opérateur' })).toBeNull();
    stub.on('GET', '/api/auth/me', json(401, { code: 'AUTH_REQUIRED', message: 'Authentication required' }));
    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(stub.sent('POST', '/api/auth/logout')).toHaveLength(1);
  });
});

describe('RootRedirect', () => {
  it('opens the first organisation', async () => {
    signedIn();
    const { router } = await renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/orgs/org-lyon'));
  });

  it('opens the organisation used last on this browser', async () => {
    signedIn();
    localStorage.setItem('parvis.lastOrganization', 'org-nantes');
    const { router } = await renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/orgs/org-nantes'));
  });

  it('remembers the organisation opened', async () => {
    signedIn();
    await renderApp('/orgs/org-nantes/members');
    await waitFor(() => expect(localStorage.getItem('parvis.lastOrganization')).toBe('org-nantes'));
  });

  it('opens the operator space for an operator without membership', async () => {
    signedIn(meFixture({ isInstanceAdmin: true }, [])).on('GET', '/api/operator/organizations', { items: [] });
    const { router } = await renderApp('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/operator'));
    expect(await screen.findByText('Aucune organisation sur cette instance.')).toBeTruthy();
  });

  it('explains the situation to a user without organisation', async () => {
    signedIn(meFixture({}, []));
    await renderApp('/');
    expect(await screen.findByText('Votre compte n’est rattaché à aucune organisation.')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).toBeNull();
  });
});
