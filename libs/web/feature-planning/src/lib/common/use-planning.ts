import { ALL_ROLES, can, type OrgAction, type OrgRole } from '@parvis/shared/domain';
import { meQueryOptions } from '@parvis/web/data-access';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PLANNING_NAMESPACE } from '../i18n';

export interface PlanningContext {
  orgId: string;
  userId: string;
  membershipId: string;
  timeZone: string;
  /** 'planning.edit' (admin or editor): builds the planning. */
  canPlan: boolean;
  /** 'channels.manage' (admin). */
  isAdmin: boolean;
  /** The shared permission matrix (contract C) for the signed-in member. */
  may: (action: OrgAction) => boolean;
}

/** A role as the API sends it (a string) in the shared domain's terms, or undefined. */
export function orgRoleOf(role: string | undefined): OrgRole | undefined {
  return ALL_ROLES.find((known) => known === role);
}

/** Whether a role (as the API sends it) may do an action: the shared matrix, false for an unknown role. */
export function roleMay(role: string | undefined, action: OrgAction): boolean {
  const known = orgRoleOf(role);
  return known !== undefined && can(known, action);
}

/** The organisation of the route and the signed-in member's rights in it. */
export function usePlanning(): PlanningContext {
  const { orgId = '' } = useParams();
  const me = useQuery(meQueryOptions());
  const membership = me.data?.memberships.find((m) => m.organization.id === orgId);
  const role = membership?.role;
  return {
    orgId,
    userId: me.data?.user.id ?? '',
    membershipId: membership?.membershipId ?? '',
    timeZone: membership?.organization.timeZone ?? 'Europe/Paris',
    canPlan: roleMay(role, 'planning.edit'),
    isAdmin: roleMay(role, 'channels.manage'),
    may: (action) => roleMay(role, action),
  };
}

export function usePlanningT() {
  return useTranslation(PLANNING_NAMESPACE);
}
