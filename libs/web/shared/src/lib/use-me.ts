import type { Me, Membership } from '@parvis/web/data-access';
import { createContext, useContext } from 'react';
import { useParams } from 'react-router';

/** Provided by RequireAuth, so every screen below it has the signed-in user. */
export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() used outside RequireAuth');
  return me;
}

export interface CurrentOrg {
  orgId: string;
  membership: Membership | undefined;
  isAdmin: boolean;
}

export function useCurrentOrg(): CurrentOrg {
  const me = useMe();
  const { orgId = '' } = useParams();
  const membership = me.memberships.find((m) => m.organization.id === orgId);
  return { orgId, membership, isAdmin: membership?.role === 'admin' };
}
