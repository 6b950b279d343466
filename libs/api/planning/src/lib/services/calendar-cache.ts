import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { OrgScope } from '@parvis/api/core';

/** One serialized answer, ready to send: JSON, its gzip form and its ETag, computed once. */
export interface CachedJson {
  json: string;
  gzip: Buffer;
  etag: string;
}

/**
 * Serialized calendar answers, keyed by the organisation's content version (bumped by database
 * triggers on any change to what the calendar shows): a new version is a new key, so an entry is
 * never stale, on any instance. Bounded in bytes; a month of a busy organisation is ~0.5 MB.
 */
@Injectable()
export class CalendarCache {
  private readonly entries = new LRUCache<string, CachedJson>({
    maxSize: 96 * 1024 * 1024,
    sizeCalculation: (entry) => Math.max(1, entry.json.length + entry.gzip.length),
  });

  async getOrCompute(scope: OrgScope, query: object, compute: () => Promise<unknown>): Promise<CachedJson> {
    const key = this.key(scope, query);
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const json = JSON.stringify(await compute());
    const entry = { json, gzip: gzipSync(json), etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
    this.entries.set(key, entry);
    return entry;
  }

  private key(scope: OrgScope, query: object): string {
    const normalized = Object.entries(query)
      .filter(([, value]) => value !== undefined && value !== '')
      .sort(([a], [b]) => a.localeCompare(b));
    // "assignee=me" depends on who asks.
    const viewer = normalized.some(([name, value]) => name === 'assignee' && value === 'me') ? scope.membershipId : '';
    return `${scope.organizationId}|${scope.contentVersion}|${scope.timeZone}|${viewer}|${JSON.stringify(normalized)}`;
  }
}
