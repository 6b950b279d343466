import {
  audiencesQueryOptions,
  campaignsQueryOptions,
  channelsQueryOptions,
  membersInfiniteQueryOptions,
  themesQueryOptions,
} from '@parvis/web/data-access';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { usePlanningT } from './use-planning';

const MEMBERS_LIMIT = 100;

/**
 * What briefs refer to: the editorial line, channels and members (empty lists until loaded: wait for
 * `isPending` before showing a brief, or its theme reads "none" for a moment).
 */
export function usePlanningOptions(orgId: string) {
  const { t } = usePlanningT();
  const themes = useQuery(themesQueryOptions(orgId));
  const campaigns = useQuery(campaignsQueryOptions(orgId));
  const audiences = useQuery(audiencesQueryOptions(orgId));
  const channels = useQuery(channelsQueryOptions(orgId));
  const members = useInfiniteQuery({ ...membersInfiniteQueryOptions(orgId, MEMBERS_LIMIT), retry: false });
  return {
    themes: themes.data?.items ?? [],
    campaigns: campaigns.data?.items ?? [],
    audiences: audiences.data?.items ?? [],
    channels: (channels.data?.items ?? []).map((channel) => ({
      ...channel,
      label: `${channel.displayName} (${t(`network.${channel.network}`)})`,
    })),
    members: members.data?.pages.flatMap((page) => page.items) ?? [],
    isPending: themes.isPending || campaigns.isPending || audiences.isPending || channels.isPending || members.isPending,
  };
}

export type PlanningOptions = ReturnType<typeof usePlanningOptions>;
