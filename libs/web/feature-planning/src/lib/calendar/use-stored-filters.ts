import { BRIEF_STATUSES, NETWORKS, type BriefFilters } from '@parvis/web/data-access';
import { useCallback, useState } from 'react';

const KEYS = ['themeId', 'campaignId', 'audienceId', 'channelId', 'assignee'] as const;

export function filtersStorageKey(userId: string, orgId: string): string {
  return `parvis.planning.filters.${userId}.${orgId}`;
}

/** Keeps only known filters with string values (storage may hold anything). */
export function parseFilters(raw: string | null): BriefFilters {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const filters: BriefFilters = {};
  for (const key of KEYS) {
    const item = record[key];
    if (typeof item === 'string' && item !== '') filters[key] = item;
  }
  const status = BRIEF_STATUSES.find((s) => s === record['status']);
  if (status) filters.status = status;
  const network = NETWORKS.find((n) => n === record['network']);
  if (network) filters.network = network;
  return filters;
}

function read(key: string): BriefFilters {
  try {
    return parseFilters(globalThis.localStorage?.getItem(key) ?? null);
  } catch {
    return {};
  }
}

/** Calendar filters, remembered per user and organisation in this browser. */
export function useStoredFilters(userId: string, orgId: string): [BriefFilters, (filters: BriefFilters) => void] {
  const key = filtersStorageKey(userId, orgId);
  const [state, setState] = useState<{ key: string; filters: BriefFilters }>(() => ({ key, filters: read(key) }));
  const filters = state.key === key ? state.filters : read(key);
  const update = useCallback(
    (next: BriefFilters) => {
      setState({ key, filters: next });
      try {
        globalThis.localStorage?.setItem(key, JSON.stringify(next));
      } catch {
        // Storage unavailable (private mode): the filters last for the visit.
      }
    },
    [key],
  );
  return [filters, update];
}
