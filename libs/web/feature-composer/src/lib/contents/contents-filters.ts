import { ALL_NETWORKS, ALL_POST_STATUSES } from '@parvis/shared/domain';
import type { NetworkName, PostListFilters, PostStatus } from '../data/post-types';

const isStatus = (value: string | null): value is PostStatus => ALL_POST_STATUSES.some((status) => status === value);
const isNetwork = (value: string | null): value is NetworkName => ALL_NETWORKS.some((network) => network === value);

/** The « Contenus » filters as the URL carries them (`?status=in_review&mine=1&network=bluesky`); unknown values are ignored. */
export function filtersFromSearch(search: URLSearchParams): PostListFilters {
  const status = search.get('status');
  const network = search.get('network');
  return {
    ...(isStatus(status) ? { status } : {}),
    ...(isNetwork(network) ? { network } : {}),
    ...(search.get('mine') === '1' ? { mine: true } : {}),
  };
}

/** The URL's search for these filters (only the ones set, in a stable order). */
export function searchFromFilters(filters: PostListFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.status) search.set('status', filters.status);
  if (filters.mine) search.set('mine', '1');
  if (filters.network) search.set('network', filters.network);
  return search;
}
