import type { TFunction } from 'i18next';
import type { PUBLISHING_NAMESPACE } from '../i18n';

type PublishingT = TFunction<typeof PUBLISHING_NAMESPACE>;

const NETWORKS = ['bluesky', 'mastodon', 'x', 'linkedin', 'facebook', 'instagram', 'threads', 'manual'] as const;
const STATES = ['pending', 'publishing', 'published', 'failed', 'unknown_outcome', 'handed_over'] as const;

/** The network's name; a key this version does not know is shown as sent. */
export function networkLabel(t: PublishingT, network: string): string {
  const known = NETWORKS.find((name) => name === network);
  return known ? t(`network.${known}`) : network;
}

export function stateLabel(t: PublishingT, state: string): string {
  const known = STATES.find((name) => name === state);
  return t(`state.${known ?? 'other'}`);
}
