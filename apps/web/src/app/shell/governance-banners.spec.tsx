import { screen, waitFor, within } from '@testing-library/react';
import { electionsQueryOptions, publicationPauseQueryOptions } from '@parvis/web/data-access';
import { FetchStub, lyon, meFixture, orgFixture } from '@parvis/web/shared/testing';
import { renderApp } from '../../testing/render-app';

const paused = { version: 3, paused: true, reason: 'Compte Bluesky piraté', changedByName: 'Alice Martin', changedAt: '2026-03-02T08:30:00.000Z' };
const election = (reserveFirstDay: string, reserveLastDay: string) => ({
  id: 'e-1',
  version: 1,
  type: 'municipales',
  firstRound: reserveLastDay,
  secondRound: null,
  territory: 'Ville de Lyon',
  legalApproverMembershipId: 'm-1',
  reserveFirstDay,
  reserveLastDay,
});

function signedIn(role: 'admin' | 'viewer', pause: object, elections: object): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role, organization: lyon }]))
    .on('GET', '/api/orgs/org-lyon', orgFixture())
    .on('GET', '/api/orgs/org-lyon/publication-pause', pause)
    .on('GET', '/api/orgs/org-lyon/elections', elections)
    .install();
}

describe('GovernanceBanners', () => {
  it('says on every organisation page that publications are held: who, when, why, and how to release', async () => {
    signedIn('admin', paused, { items: [], inReserveNow: false });
    await renderApp('/orgs/org-lyon');
    const banner = await screen.findByRole('region', { name: /Publications suspendues/ });
    expect(within(banner).getByRole('heading', { level: 2 })).toBeTruthy();
    expect(within(banner).getByText(/Suspendues par Alice Martin le 2 mars 2026/)).toBeTruthy();
    expect(within(banner).getByText('Motif : Compte Bluesky piraté')).toBeTruthy();
    expect(within(banner).getByRole('link', { name: 'Reprendre les publications' }).getAttribute('href')).toBe('/orgs/org-lyon/settings/publication-pause');
    expect(screen.queryByRole('region', { name: /Réserve électorale/ })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    for (const [label, path] of [
      ['Circuits', 'settings/circuits'],
      ['Absences', 'absences'],
      ['Élections', 'settings/elections'],
      ['Suspension', 'settings/publication-pause'],
    ]) {
      expect(within(nav).getByRole('link', { name: label }).getAttribute('href')).toBe(`/orgs/org-lyon/${path}`);
    }
    // « Organisation » is current on its own page only, not on the settings pages below it.
    expect(within(nav).getByRole('link', { name: 'Organisation' }).getAttribute('aria-current')).toBeNull();
  });

  it('shows the réserve électorale and, to a viewer, the pause without a release link', async () => {
    signedIn('viewer', paused, { items: [election('2020-01-01', '2099-03-22')], inReserveNow: true });
    await renderApp('/orgs/org-lyon');
    const reserve = await screen.findByRole('region', { name: 'Réserve électorale en cours' });
    expect(within(reserve).getByText(/Jusqu’au 22 mars 2099/)).toBeTruthy();
    const banner = screen.getByRole('region', { name: /Publications suspendues/ });
    expect(within(banner).queryByRole('link')).toBeNull();
  });

  it('shows nothing when publications go out and no réserve is under way', async () => {
    signedIn('admin', { ...paused, paused: false, reason: null }, { items: [election('2001-01-01', '2002-01-01')], inReserveNow: false });
    const { queryClient } = await renderApp('/orgs/org-lyon');
    await screen.findByRole('navigation', { name: 'Navigation principale' });
    // Both answers are in (so the absence below is not just "not loaded yet").
    await waitFor(() => {
      expect(queryClient.getQueryState(publicationPauseQueryOptions('org-lyon').queryKey)?.status).toBe('success');
      expect(queryClient.getQueryState(electionsQueryOptions('org-lyon').queryKey)?.status).toBe('success');
    });
    expect(screen.queryByRole('region', { name: /Publications suspendues|Réserve électorale/ })).toBeNull();
  });
});
