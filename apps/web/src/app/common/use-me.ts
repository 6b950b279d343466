import { meQueryOptions, type Me, type Membership } from '@parvis/web/data-access';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

/** The signed-in user; only used below RequireAuth, which guarantees it. */
export function useMe(): Me {
  const { data } = useQuery(meQueryOptions());
  if (!data) throw new Error('useMe() used outside an authenticated route');
  return data;
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
