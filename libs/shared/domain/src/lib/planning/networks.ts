/** The networks an organisation can have channels on (adapters come with the publishing issue). */
export enum Network {
  Bluesky = 'bluesky',
  Mastodon = 'mastodon',
  X = 'x',
  LinkedIn = 'linkedin',
  Facebook = 'facebook',
  Instagram = 'instagram',
  Threads = 'threads',
}

export const ALL_NETWORKS: readonly Network[] = Object.values(Network);

export enum ChannelStatus {
  NotConnected = 'not_connected',
  Connected = 'connected',
  ReconnectRequired = 'reconnect_required',
  Disabled = 'disabled',
}

export const ALL_CHANNEL_STATUSES: readonly ChannelStatus[] = Object.values(ChannelStatus);

export const HEX_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
