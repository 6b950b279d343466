import type { Network } from '../planning/networks';
import type { NetworkCapabilities } from './network-capabilities';

export type MediaKind = 'image' | 'video';

/** A media attached to a variant, as the media library describes it (its bytes are never needed here). */
export interface VariantMedia {
  /** SHA-256 hex of the file's bytes: what the content hash binds to. */
  contentHash: string;
  kind: MediaKind;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  /** The variant's alt text (the library's, unless overridden for this channel). */
  altText: string | null;
  /** The uploaded file's name, to catch an alt text that merely repeats it. */
  fileName: string | null;
  /** Video: a caption track is attached, or the captions are burnt in. */
  hasCaptions?: boolean;
  /** A hint (from the author or the media library) that the image is mostly text: a poster, a screenshot. */
  mostlyText?: boolean;
}

/** Per-network options of a variant (only those the network knows are used). */
export interface VariantOptions {
  /** Mastodon's spoiler text: counted with the text. */
  contentWarning?: string | null;
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
  languages?: readonly string[];
  replyControl?: 'everyone' | 'following' | 'mentioned' | 'nobody';
  /** A paid boost (refused during a réserve électorale). */
  sponsored?: boolean;
}

/** One channel's version of a post: what would be published there. */
export interface VariantContent {
  channelId: string;
  text: string;
  /** The thread's parts when the text goes out as replies; absent or empty: one post with `text`. */
  threadParts?: readonly string[];
  media: readonly VariantMedia[];
  /** The link whose preview card is attached. */
  link?: string | null;
  options?: VariantOptions;
}

/** The rules one channel applies: its network's capabilities with the channel's own overrides. */
export interface ChannelRules {
  channelId: string;
  network: Network;
  capabilities: NetworkCapabilities;
}
