import {
  ALL_NETWORKS,
  networkCapabilities,
  readability,
  splitForChannel,
  validateVariant,
  type ChannelRules,
  type Network,
  type Readability,
  type VariantContent,
  type VariantMedia,
  type VariantValidation,
} from '@parvis/shared/domain/content-rules';
import { useMemo, useRef } from 'react';
import type { Media, NetworkName } from '../data/post-types';
import { effectiveText, type ComposerDraft, type DraftVariant } from './composer-draft';

export function toNetwork(name: NetworkName): Network {
  const network = ALL_NETWORKS.find((n) => n === name);
  if (!network) throw new Error(`Unknown network ${name}`);
  return network;
}

export function channelRules(channelId: string, name: NetworkName): ChannelRules {
  const network = toNetwork(name);
  return { channelId, network, capabilities: networkCapabilities(network) };
}

/** The domain's view of a media: the variant's alt text overrides the library's. */
export function variantMedia(media: Media, altOverride: string | null): VariantMedia {
  return {
    contentHash: media.contentHash,
    kind: media.kind,
    mimeType: media.mime,
    sizeBytes: media.bytes,
    width: media.width,
    height: media.height,
    durationSeconds: media.durationMs === null ? null : media.durationMs / 1000,
    altText: altOverride ?? media.altText,
    fileName: media.fileName,
  };
}

export function variantContent(variant: DraftVariant, masterText: string, mediaById: ReadonlyMap<string, Media>): VariantContent {
  return {
    channelId: variant.channelId,
    text: effectiveText(variant, masterText),
    threadParts: variant.threadParts ?? undefined,
    media: variant.media.flatMap((ref) => {
      const media = mediaById.get(ref.mediaId);
      return media ? [variantMedia(media, ref.altText)] : [];
    }),
    link: variant.link,
    options: { contentWarning: variant.options.spoilerText ?? null },
  };
}

export interface ChannelCheck {
  variant: DraftVariant;
  rules: ChannelRules;
  content: VariantContent;
  validation: VariantValidation;
  /** The automatic thread split, when the text is too long for one post and the network threads. */
  autoSplit: string[] | null;
}

interface CacheEntry {
  variant: DraftVariant;
  text: string;
  mediaById: ReadonlyMap<string, Media>;
  check: ChannelCheck;
}

/**
 * Every channel checked by the shared rule engine, memoised per channel: typing in one tab re-checks
 * that channel only (and those following the master text when it changes).
 */
export function useChannelChecks(draft: ComposerDraft, mediaById: ReadonlyMap<string, Media>): ChannelCheck[] {
  const cache = useRef(new Map<string, CacheEntry>());
  return useMemo(
    () =>
      draft.variants.map((variant) => {
        const text = effectiveText(variant, draft.masterText);
        const cached = cache.current.get(variant.channelId);
        if (cached && cached.variant === variant && cached.text === text && cached.mediaById === mediaById) return cached.check;
        const rules = channelRules(variant.channelId, variant.network);
        const content = variantContent(variant, draft.masterText, mediaById);
        const validation = validateVariant(content, rules);
        const tooLong = validation.violations.some((v) => v.code === 'text_too_long' || v.code === 'text_too_many_bytes');
        const autoSplit =
          !variant.threadParts && tooLong && rules.capabilities.threads
            ? splitForChannel(text, rules, { contentWarning: variant.options.spoilerText ?? undefined }).parts
            : null;
        const check = { variant, rules, content, validation, autoSplit };
        cache.current.set(variant.channelId, { variant, text, mediaById, check });
        return check;
      }),
    [draft, mediaById],
  );
}

export function useReadability(text: string): Readability | null {
  return useMemo(() => readability(text), [text]);
}
