import { FetchStub, lyon, memberFixture, meFixture } from '@parvis/web/shared/testing';
import type { Role } from '@parvis/web/data-access';

export const ORG = '/api/orgs/org-lyon';

export const members = [
  memberFixture({ id: 'm-1', displayName: 'Alice Martin', role: 'admin' }),
  memberFixture({ id: 'm-2', userId: 'user-2', email: 'bruno@lyon.fr', displayName: 'Bruno Chef', role: 'approver' }),
  memberFixture({ id: 'm-3', userId: 'user-3', email: 'chloe@lyon.fr', displayName: 'Chloé Directrice', role: 'editor' }),
];

export const defaultCircuit = {
  id: 'c-default',
  version: 1,
  name: 'Circuit par défaut',
  kind: 'base' as const,
  isDefault: true,
  priority: 0,
  condition: {},
  steps: [{ name: 'Validation éditoriale', approverKind: 'role' as const, role: 'editor' as const, quorum: 'any' as const, deadlineHours: null }],
};

/** Signed in as m-1 of Lyon with `role`, the members, editorial line and channels the screens read. */
export function inLyon(role: Role): FetchStub {
  return new FetchStub()
    .on('GET', '/api/auth/me', meFixture({}, [{ membershipId: 'm-1', role, organization: lyon }]))
    .on('GET', `${ORG}/members`, { items: members, nextCursor: null })
    .on('GET', `${ORG}/themes`, { items: [{ id: 't-1', version: 1, name: 'Culture', objectives: '', color: '#0063CB' }] })
    .on('GET', `${ORG}/channels`, { items: [] })
    .install();
}
