import { meQueryOptions } from '@parvis/web/data-access';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PLANNING_NAMESPACE } from '../i18n';

export interface PlanningContext {
  orgId: string;
  userId: string;
  membershipId: string;
  timeZone: string;
  /** admin or editor: builds the planning. */
  canPlan: boolean;
  isAdmin: boolean;
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
    canPlan: role === 'admin' || role === 'editor',
    isAdmin: role === 'admin',
  };
}

export function usePlanningT() {
  return useTranslation(PLANNING_NAMESPACE);
}

/** Sets `<title>` to "Page · Parvis" (the app name comes from the app's strings). */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);
}
