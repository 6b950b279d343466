import { Network } from '../planning/networks';

/**
 * How a network counts a text's length:
 * - `graphemes`: what a reader sees as characters (Bluesky), with an extra UTF-8 byte ceiling;
 * - `mastodon`: graphemes of content warning + text, every `http(s)://` link counting `urlWeight`,
 *   `@user@domain` counting as `@user` (Mastodon's StatusLengthValidator);
 * - `x_weighted`: X's weighted count (twitter-text v3 configuration: most scripts 1, CJK, emoji and
 *   the rarer punctuation 2, every link `urlWeight`), after NFC;
 * - `utf16`: JavaScript string length, emoji counting 2 (LinkedIn, Facebook, Instagram: the safe reading);
 * - `code_points_emoji_bytes`: code points, each emoji counting its UTF-8 bytes (Threads' documented rule).
 */
export type LengthCounting = 'graphemes' | 'mastodon' | 'x_weighted' | 'utf16' | 'code_points_emoji_bytes';

export interface MediaCapabilities {
  /** Media per post (or per part of a thread). */
  maxItems: number;
  /** A post without media is refused (Instagram). */
  required: boolean;
  imageTypes: readonly string[];
  videoTypes: readonly string[];
  maxImageBytes: number;
  maxVideoBytes: number;
  maxVideoSeconds: number | null;
  maxVideos: number;
  /** Images and a video in the same post. */
  mixImagesAndVideo: boolean;
  /** Width / height accepted without a crop, when the network enforces one. */
  aspectRatio: { min: number; max: number } | null;
  /** Longest alt text, in the network's own unit (graphemes for Bluesky, characters for Mastodon); null: none. */
  altTextMax: number | null;
  /** The network shows alt text at all. */
  altText: boolean;
  /** Caption tracks can be attached to a video (else they must be burnt in). */
  videoCaptionTracks: boolean;
}

export interface NetworkCapabilities {
  network: Network;
  counting: LengthCounting;
  textLimit: number;
  /** Bluesky's second ceiling. */
  byteLimit: number | null;
  /** What one link counts, for the countings that replace links. */
  urlWeight: number;
  /** A long text can go out as a thread of replies. */
  threads: boolean;
  maxThreadParts: number | null;
  /** Links beyond this number are refused (Threads: 5), null: no limit. */
  maxLinks: number | null;
  /** Threads shows only one tag per post. */
  maxHashtags: number | null;
  media: MediaCapabilities;
}

const JPEG_PNG_WEBP = ['image/jpeg', 'image/png', 'image/webp'] as const;
const WITH_GIF = [...JPEG_PNG_WEBP, 'image/gif'] as const;
const MB = 1_000_000;

const MEDIA_DEFAULTS: MediaCapabilities = {
  maxItems: 4,
  required: false,
  imageTypes: WITH_GIF,
  videoTypes: ['video/mp4'],
  maxImageBytes: 5 * MB,
  maxVideoBytes: 512 * MB,
  maxVideoSeconds: null,
  maxVideos: 1,
  mixImagesAndVideo: false,
  aspectRatio: null,
  altTextMax: null,
  altText: true,
  videoCaptionTracks: false,
};

/** What each network accepts by default; a channel overrides it with its own instance's values. */
export const DEFAULT_NETWORK_CAPABILITIES: Readonly<Record<Network, NetworkCapabilities>> = {
  [Network.Bluesky]: {
    network: Network.Bluesky, counting: 'graphemes', textLimit: 300, byteLimit: 3000, urlWeight: 0, threads: true, maxThreadParts: null, maxLinks: null, maxHashtags: null,
    // app.bsky.embed.images: 4 blobs of 2,000,000 bytes; app.bsky.embed.video: one mp4 up to 100 MB, 3 min, VTT captions.
    media: { ...MEDIA_DEFAULTS, imageTypes: WITH_GIF, maxImageBytes: 2 * MB, maxVideoBytes: 100 * MB, maxVideoSeconds: 180, altTextMax: 2000, videoCaptionTracks: true },
  },
  [Network.Mastodon]: {
    network: Network.Mastodon, counting: 'mastodon', textLimit: 500, byteLimit: null, urlWeight: 23, threads: true, maxThreadParts: null, maxLinks: null, maxHashtags: null,
    media: { ...MEDIA_DEFAULTS, imageTypes: [...WITH_GIF, 'image/heic', 'image/avif'], videoTypes: ['video/mp4', 'video/webm', 'video/quicktime'], maxImageBytes: 16 * MB, maxVideoBytes: 99 * MB, altTextMax: 1500 },
  },
  [Network.X]: {
    network: Network.X, counting: 'x_weighted', textLimit: 280, byteLimit: null, urlWeight: 23, threads: true, maxThreadParts: 25, maxLinks: null, maxHashtags: null,
    media: { ...MEDIA_DEFAULTS, maxImageBytes: 5 * MB, maxVideoSeconds: 140, altTextMax: 1000 },
  },
  [Network.LinkedIn]: {
    network: Network.LinkedIn, counting: 'utf16', textLimit: 3000, byteLimit: null, urlWeight: 0, threads: false, maxThreadParts: null, maxLinks: null, maxHashtags: null,
    media: { ...MEDIA_DEFAULTS, maxItems: 20, imageTypes: WITH_GIF, maxImageBytes: 36 * MB, maxVideoBytes: 500 * MB, maxVideoSeconds: 600, altTextMax: 4086, videoCaptionTracks: true },
  },
  [Network.Facebook]: {
    network: Network.Facebook, counting: 'utf16', textLimit: 63206, byteLimit: null, urlWeight: 0, threads: false, maxThreadParts: null, maxLinks: null, maxHashtags: null,
    media: { ...MEDIA_DEFAULTS, maxItems: 10, maxImageBytes: 10 * MB, maxVideoBytes: 1000 * MB, videoCaptionTracks: true },
  },
  [Network.Instagram]: {
    network: Network.Instagram, counting: 'utf16', textLimit: 2200, byteLimit: null, urlWeight: 0, threads: false, maxThreadParts: null, maxLinks: null, maxHashtags: 30,
    // Feed posts: JPEG only through the API, 4:5 to 1.91:1, carousels of up to 10.
    media: { ...MEDIA_DEFAULTS, maxItems: 10, required: true, imageTypes: ['image/jpeg'], videoTypes: ['video/mp4', 'video/quicktime'], maxImageBytes: 8 * MB, maxVideoBytes: 300 * MB, maxVideoSeconds: 900, maxVideos: 10, mixImagesAndVideo: true, aspectRatio: { min: 0.8, max: 1.91 }, altTextMax: 2200 },
  },
  [Network.Threads]: {
    network: Network.Threads, counting: 'code_points_emoji_bytes', textLimit: 500, byteLimit: null, urlWeight: 0, threads: true, maxThreadParts: null, maxLinks: 5, maxHashtags: 1,
    media: { ...MEDIA_DEFAULTS, maxItems: 20, imageTypes: ['image/jpeg', 'image/png'], videoTypes: ['video/mp4', 'video/quicktime'], maxImageBytes: 8 * MB, maxVideoBytes: 1000 * MB, maxVideoSeconds: 300, maxVideos: 20, mixImagesAndVideo: true, altTextMax: null },
  },
};

/** A channel's own limits (Mastodon's `/api/v2/instance`, stored on the channel by publishing). */
export interface CapabilityOverrides {
  textLimit?: number;
  urlWeight?: number;
  media?: Partial<Omit<MediaCapabilities, 'imageTypes' | 'videoTypes'>> & { imageTypes?: readonly string[]; videoTypes?: readonly string[] };
}

export function networkCapabilities(network: Network, overrides: CapabilityOverrides = {}): NetworkCapabilities {
  const base = DEFAULT_NETWORK_CAPABILITIES[network];
  return {
    ...base,
    ...(overrides.textLimit !== undefined ? { textLimit: overrides.textLimit } : {}),
    ...(overrides.urlWeight !== undefined ? { urlWeight: overrides.urlWeight } : {}),
    media: { ...base.media, ...overrides.media },
  };
}

/**
 * Maps the `configuration` object of Mastodon's `GET /api/v2/instance` to overrides; absent or
 * nonsensical values keep the defaults.
 */
export interface MastodonInstanceConfiguration {
  statuses?: { max_characters?: number; max_media_attachments?: number; characters_reserved_per_url?: number };
  media_attachments?: { supported_mime_types?: readonly string[]; image_size_limit?: number; video_size_limit?: number; description_limit?: number };
}

export function mastodonInstanceOverrides(configuration: MastodonInstanceConfiguration): CapabilityOverrides {
  const positive = (value: number | undefined): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;
  const { statuses = {}, media_attachments: media = {} } = configuration;
  const types = media.supported_mime_types ?? [];
  return {
    ...(positive(statuses.max_characters) ? { textLimit: statuses.max_characters } : {}),
    ...(positive(statuses.characters_reserved_per_url) ? { urlWeight: statuses.characters_reserved_per_url } : {}),
    media: {
      ...(positive(statuses.max_media_attachments) ? { maxItems: statuses.max_media_attachments } : {}),
      ...(positive(media.image_size_limit) ? { maxImageBytes: media.image_size_limit } : {}),
      ...(positive(media.video_size_limit) ? { maxVideoBytes: media.video_size_limit } : {}),
      ...(positive(media.description_limit) ? { altTextMax: media.description_limit } : {}),
      ...(types.some((t) => t.startsWith('image/')) ? { imageTypes: types.filter((t) => t.startsWith('image/')) } : {}),
      ...(types.some((t) => t.startsWith('video/')) ? { videoTypes: types.filter((t) => t.startsWith('video/')) } : {}),
    },
  };
}
