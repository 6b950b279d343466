import { SafeHttpClient } from '@parvis/api/http';
import type { Credentials, PublishContext, PublishMedia, PublishPart, PublishRequest } from '@parvis/api/platform';
import type { VariantOptions } from '@parvis/shared/domain';
import { BlueskyAdapter } from '../src';

/** A real 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export function image(altText: string, width = 1200, height = 800): PublishMedia {
  return { bytes: PNG, mimeType: 'image/png', altText, width, height };
}

export function adapterFor(allowList: string[]): { adapter: BlueskyAdapter; http: SafeHttpClient } {
  const http = new SafeHttpClient({ allowList });
  return { adapter: new BlueskyAdapter({ http, allowHttp: true }), http };
}

export function requestOf(adapter: BlueskyAdapter, parts: Omit<PublishPart, 'key'>[], options: VariantOptions = {}): PublishRequest {
  return { publicationId: 'publication-1', parts: parts.map((part) => ({ ...part, key: adapter.mintPartKey() })), options, alreadyPublished: [] };
}

export function textPart(text: string, extra: Partial<PublishPart> = {}): Omit<PublishPart, 'key'> {
  return { text, media: [], linkCard: null, ...extra };
}

/** A context that keeps what the adapter asked to persist. */
export function recordingContext(): PublishContext & { persisted: Credentials[] } {
  const persisted: Credentials[] = [];
  return {
    persisted,
    persistCredentials: async (credentials) => {
      persisted.push(credentials);
    },
  };
}

/** Reads a record straight from the PDS (public endpoint), outside the adapter. */
export async function readRecord(pdsUrl: string, uri: string): Promise<{ uri: string; cid: string; value: Record<string, unknown> } | null> {
  const [, , repo, collection, rkey] = uri.split('/');
  const response = await fetch(`${pdsUrl}/xrpc/com.atproto.repo.getRecord?${new URLSearchParams({ repo, collection, rkey })}`);
  if (response.status === 400) return null;
  return (await response.json()) as { uri: string; cid: string; value: Record<string, unknown> };
}

export async function countRecords(pdsUrl: string, repo: string, collection = 'app.bsky.feed.post'): Promise<number> {
  const response = await fetch(`${pdsUrl}/xrpc/com.atproto.repo.listRecords?${new URLSearchParams({ repo, collection, limit: '100' })}`);
  const body = (await response.json()) as { records: unknown[] };
  return body.records.length;
}
