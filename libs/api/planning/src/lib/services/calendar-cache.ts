import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { OrgScope } from '@parvis/api/core';

/**
 * Serialized calendar answers, keyed by the organisation's content version (bumped by database
 * triggers on any change to what the calendar shows): a new version is a new key, so an entry is
 * never stale, on any instance. Bounded in bytes; a month of a busy organisation is ~0.5 MB.
 */
@Injectable()
export class CalendarCache {
  private readonly entries = new LRUCache<string, string>({
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (value) => Math.max(1, value.length),
  });

  async getOrCompute(scope: OrgScope, query: object, compute: () => Promise<unknown>): Promise<string> {
    const key = this.key(scope, query);
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const json = JSON.stringify(await compute());
    this.entries.set(key, json);
    return json;
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
