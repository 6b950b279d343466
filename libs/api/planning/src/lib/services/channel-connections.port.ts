import type { OrgBound } from '@parvis/api/core';
import type { CapabilityOverrides } from '@parvis/shared/domain';

/** How a channel is connected, as the channel list shows it (publishing owns the connection). */
export interface ChannelConnectionSummary {
  status: 'connected' | 'reconnect_required' | 'not_connected';
  accountHandle: string | null;
  accountUrl: string | null;
  /** How it publishes: `automatic` through the network's API, `manual` by a person (the adapter's capability); null when not connected. */
  publishing: 'automatic' | 'manual' | null;
  /** The server's own limits (a Mastodon instance's), for the composer's rules. */
  limits: CapabilityOverrides | null;
}

export const NOT_CONNECTED: ChannelConnectionSummary = { status: 'not_connected', accountHandle: null, accountUrl: null, publishing: null, limits: null };

/** Provided by the publishing module (a port, so planning does not depend on it). */
export const CHANNEL_CONNECTIONS = Symbol('CHANNEL_CONNECTIONS');

export interface ChannelConnectionsPort {
  summaries(scope: OrgBound, channelIds: string[]): Promise<Map<string, ChannelConnectionSummary>>;
}
