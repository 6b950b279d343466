import type { Credentials } from './credentials';
import type { VariantOptions } from '@parvis/shared/domain';

export interface PublishMedia {
  bytes: Uint8Array;
  mimeType: string;
  altText: string | null;
  width: number | null;
  height: number | null;
}

export interface PublishLinkCard {
  url: string;
  title: string;
  description: string;
  thumbnail: PublishMedia | null;
}

/**
 * One post of a thread (a single post is a thread of one). `key` is this part's idempotency key, minted
 * with the adapter's `mintPartKey()` at the first attempt and stored by the caller before any call:
 * every retry and reconciliation reuses it.
 */
export interface PublishPart {
  key: string;
  text: string;
  media: readonly PublishMedia[];
  /** Usually on the first part only. */
  linkCard: PublishLinkCard | null;
}

/** A part that is live: `continuation` is opaque adapter data to reply under it (resuming a thread). */
export interface PublishedPart {
  key: string;
  remoteId: string;
  url: string;
  continuation: string;
}

/** Plain domain data: the adapter never sees an entity. */
export interface PublishRequest {
  /** The publication's id (logs, manual hand-over). */
  publicationId: string;
  parts: readonly PublishPart[];
  options: VariantOptions;
  /** Parts already live from an earlier attempt, in order: the adapter continues after the last one. */
  alreadyPublished: readonly PublishedPart[];
}

/** What the caller gives an adapter besides the request and the decrypted credentials. */
export interface PublishContext {
  /**
   * Called when the adapter's session was refreshed during the call: the caller encrypts and stores the
   * new credentials so the next call does not log in again.
   */
  persistCredentials(credentials: Credentials): Promise<void>;
}
