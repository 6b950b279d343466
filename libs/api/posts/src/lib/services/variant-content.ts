import {
  type CapabilityOverrides,
  type ChannelRules,
  Network,
  networkCapabilities,
  type UtmTags,
  validateVariant,
  type VariantContent,
  type VariantMedia,
  type VariantOptions,
  variantContentHash,
} from '@parvis/shared/domain';
import { AppError } from '@parvis/api/core';
import type { MediaEntity, StoredVariantOptions } from '../entities';
import type { VariantDto } from '../dto/post.dto';
import { publishedText } from './utm-tagging.service';

/** A variant as a save computes it, before it is written: what the rules and the hash read. */
export interface VariantState {
  channelId: string;
  network: Network;
  channelName: string;
  text: string;
  followsMaster: boolean;
  threadParts: string[] | null;
  /** In order; `altText` is the variant's override (null: the media's own). */
  media: { mediaId: string; altText: string | null }[];
  link: string | null;
  options: StoredVariantOptions;
}

/** Which options each network knows; any other is refused (400 naming it). */
const NETWORK_OPTIONS: Record<Network, readonly (keyof StoredVariantOptions)[]> = {
  [Network.Mastodon]: ['visibility', 'spoilerText', 'language'],
  [Network.Bluesky]: ['languages', 'replyControl'],
  [Network.X]: ['replyControl', 'sponsored'],
  [Network.Threads]: ['replyControl'],
  [Network.LinkedIn]: ['sponsored'],
  [Network.Facebook]: ['sponsored'],
  [Network.Instagram]: ['sponsored'],
};

export function assertOptionsFor(network: Network, options: StoredVariantOptions, field: string): void {
  const known = NETWORK_OPTIONS[network];
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (!known.includes(name as keyof StoredVariantOptions)) {
      throw AppError.invalidField(`${field}.${name}`, `${name} is not an option of ${network}${known.length ? ` (it has ${known.join(', ')})` : ''}`);
    }
  }
}

/** The channel's rules: its network's defaults, with the server's own limits when publishing read them (a Mastodon instance's). */
export function channelRules(channelId: string, network: Network, overrides: CapabilityOverrides | null = null): ChannelRules {
  return { channelId, network, capabilities: networkCapabilities(network, overrides ?? {}) };
}

function domainOptions(options: StoredVariantOptions): VariantOptions {
  const languages = options.languages ?? (options.language ? [options.language] : undefined);
  return {
    ...(options.visibility ? { visibility: options.visibility } : {}),
    ...(options.spoilerText ? { contentWarning: options.spoilerText } : {}),
    ...(languages ? { languages } : {}),
    ...(options.replyControl ? { replyControl: options.replyControl } : {}),
    ...(options.sponsored ? { sponsored: true } : {}),
  };
}

/** The media as this network receives it: its rendition for the network when one was made. */
function variantMedia(media: MediaEntity, network: Network, altOverride: string | null): VariantMedia {
  const rendition = media.renditions.find((r) => r.network === network);
  return {
    contentHash: media.contentHash,
    kind: media.kind,
    mimeType: rendition?.mime ?? media.mime,
    sizeBytes: rendition?.bytes ?? media.bytes,
    width: rendition?.width ?? media.width,
    height: rendition?.height ?? media.height,
    durationSeconds: media.durationMs === null ? null : media.durationMs / 1000,
    altText: altOverride ?? media.altText,
    fileName: media.fileName,
  };
}

export function variantContent(state: VariantState, mediaById: ReadonlyMap<string, MediaEntity>): VariantContent {
  return {
    channelId: state.channelId,
    text: state.text,
    ...(state.threadParts && state.threadParts.length > 0 ? { threadParts: state.threadParts } : {}),
    media: state.media.flatMap((m) => {
      const media = mediaById.get(m.mediaId);
      return media ? [variantMedia(media, state.network, m.altText)] : [];
    }),
    link: state.link,
    options: domainOptions(state.options),
  };
}

export function variantHash(state: VariantState, mediaById: ReadonlyMap<string, MediaEntity>): string {
  return variantContentHash(variantContent(state, mediaById));
}

/** The variant as the API answers it: its rules checked, its hash, and the text as it will go out. */
export function toVariantDto(state: VariantState, mediaById: ReadonlyMap<string, MediaEntity>, utm: UtmTags | null, limits: CapabilityOverrides | null = null): VariantDto {
  const content = variantContent(state, mediaById);
  const validation = validateVariant(content, channelRules(state.channelId, state.network, limits));
  const published = content.threadParts ? content.threadParts.join('\n\n') : content.text;
  return {
    channelId: state.channelId,
    network: state.network,
    channelName: state.channelName,
    text: state.text,
    followsMaster: state.followsMaster,
    threadParts: state.threadParts,
    media: state.media.map((m) => ({ mediaId: m.mediaId, altText: m.altText ?? mediaById.get(m.mediaId)?.altText ?? null, altTextOverridden: m.altText !== null })),
    link: state.link,
    options: state.options,
    contentHash: variantContentHash(content),
    validation: { length: validation.length, limit: validation.limit, unit: validation.unit, violations: validation.violations },
    publishedTextPreview: publishedText(published, state.network, utm),
  };
}
