import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { VariantContent, VariantOptions } from '../networks/variant';
import { canonicalJson, type JsonValue } from './canonical-json';

/** Bumped if what the hash covers ever changes, so old and new hashes can never be mistaken for each other. */
export const CONTENT_HASH_VERSION = 1;

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Options that change nothing when published (absent, null, empty) are dropped: {} and { languages: [] } hash alike. */
function publishedOptions(options: VariantOptions = {}): { [key: string]: JsonValue } {
  const kept: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(options) as [string, JsonValue | undefined][]) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    kept[key] = value;
  }
  return kept;
}

/**
 * Exactly what would go out for a variant: the post texts (the thread's parts, or the text), the media
 * by the hash of their bytes with their alt text, the link and the network options. Anything else
 * (ids, timestamps, the master text) stays out, so only a real change of content changes the hash.
 */
export function variantPublicationPayload(variant: VariantContent): JsonValue {
  const parts = variant.threadParts && variant.threadParts.length > 0 ? variant.threadParts : [variant.text];
  return {
    v: CONTENT_HASH_VERSION,
    posts: [...parts],
    media: variant.media.map((m) => ({ sha256: m.contentHash.toLowerCase(), alt: m.altText?.trim() || null })),
    link: variant.link?.trim() || null,
    options: publishedOptions(variant.options),
  };
}

/** SHA-256 hex of the canonical JSON of what a variant would publish. */
export function variantContentHash(variant: VariantContent): string {
  return sha256Hex(canonicalJson(variantPublicationPayload(variant)));
}

/** The post's hash: its variants' hashes, ordered by channel id (the order they were edited in does not matter). */
export function postContentHash(variants: readonly VariantContent[]): string {
  const entries = variants
    .map((v) => [v.channelId, variantContentHash(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([channelId, hash]) => ({ channelId, hash }));
  return sha256Hex(canonicalJson({ v: CONTENT_HASH_VERSION, variants: entries }));
}
