import type { Me, Member, Organization } from '@parvis/web/data-access';

export const lyon = { id: 'org-lyon', name: 'Mairie de Lyon', slug: 'mairie-de-lyon', timeZone: 'Europe/Paris', locale: 'fr' };
export const nantes = { id: 'org-nantes', name: 'CHU de Nantes', slug: 'chu-nantes', timeZone: 'Europe/Paris', locale: 'fr' };

export function meFixture(overrides: Partial<Me['user']> = {}, memberships?: Me['memberships']): Me {
  return {
    user: { id: 'user-1', email: 'alice@lyon.fr', displayName: 'Alice Martin', isInstanceAdmin: false, ...overrides },
    memberships: memberships ?? [
      { membershipId: 'm-1', role: 'admin', organization: lyon },
      { membershipId: 'm-2', role: 'viewer', organization: nantes },
    ],
  };
}

export function orgFixture(summary: typeof lyon = lyon): Organization {
  return { ...summary, version: 1, createdAt: '2025-01-15T09:00:00.000Z' };
}

export function memberFixture(overrides: Partial<Member> = {}): Member {
  return {
    id: 'm-1',
    version: 1,
    userId: 'user-1',
    email: 'alice@lyon.fr',
    displayName: 'Alice Martin',
    role: 'admin',
    services: [],
    createdAt: '2025-01-15T09:00:00.000Z',
    ...overrides,
  };
}
