import { ALL_BRIEF_STATUSES, ALL_NETWORKS, BriefStatus, Network } from '@parvis/shared/domain';

/** The words the comms team reads in the iCalendar feed and the CSV (the same as the SPA's). */
export const BRIEF_STATUS_LABELS: Record<BriefStatus, string> = {
  [BriefStatus.Idea]: 'Idée',
  [BriefStatus.Assigned]: 'Attribué',
  [BriefStatus.InProgress]: 'En rédaction',
  [BriefStatus.DraftSubmitted]: 'Brouillon remis',
  [BriefStatus.Done]: 'Terminé',
  [BriefStatus.Cancelled]: 'Annulé',
};

export const NETWORK_LABELS: Record<Network, string> = {
  [Network.Bluesky]: 'Bluesky',
  [Network.Mastodon]: 'Mastodon',
  [Network.X]: 'X',
  [Network.LinkedIn]: 'LinkedIn',
  [Network.Facebook]: 'Facebook',
  [Network.Instagram]: 'Instagram',
  [Network.Threads]: 'Threads',
};

const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/** A status from a CSV cell: the French label (any case or accents) or the technical key. */
export function statusFromCell(cell: string): BriefStatus | null {
  const wanted = folded(cell);
  return ALL_BRIEF_STATUSES.find((status) => status === cell.trim() || folded(BRIEF_STATUS_LABELS[status]) === wanted) ?? null;
}

/** A network from a CSV cell: its name (any case) or its technical key. */
export function networkFromCell(cell: string): Network | null {
  const wanted = folded(cell);
  return ALL_NETWORKS.find((network) => network === wanted || folded(NETWORK_LABELS[network]) === wanted) ?? null;
}
