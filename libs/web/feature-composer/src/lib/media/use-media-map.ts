import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { mediaQueryOptions } from '../data/post-queries';
import type { Media } from '../data/post-types';

// Module-level, so TanStack Query re-runs it only when a result changes (a stable map for the validation memo).
function toMap(results: UseQueryResult<Media>[]): ReadonlyMap<string, Media> {
  const map = new Map<string, Media>();
  for (const { data } of results) if (data) map.set(data.id, data);
  return map;
}

/** The media the draft uses, by id (one query each, shared with the media library's cache). */
export function useMediaMap(orgId: string, mediaIds: readonly string[]): ReadonlyMap<string, Media> {
  const queries = useMemo(() => mediaIds.map((id) => mediaQueryOptions(orgId, id)), [orgId, mediaIds]);
  return useQueries({ queries, combine: toMap });
}
