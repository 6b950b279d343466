import type { PublicationQueueItem } from '../data/types';

export const QUEUE_GROUPS = ['inProgress', 'failed', 'unknown', 'manual', 'upcoming', 'published'] as const;
export type QueueGroup = (typeof QUEUE_GROUPS)[number];

/**
 * Where a publication of the day belongs. A pending one that was already tried waits for its next
 * attempt: it is « en cours », not « à venir ». States the page does not know (a newer server) are left out.
 */
export function groupOf(item: Pick<PublicationQueueItem, 'state' | 'attempts'>): QueueGroup | null {
  switch (item.state) {
    case 'pending':
      return item.attempts > 0 ? 'inProgress' : 'upcoming';
    case 'publishing':
      return 'inProgress';
    case 'handed_over':
      return 'manual';
    case 'published':
      return 'published';
    case 'failed':
      return 'failed';
    case 'unknown_outcome':
      return 'unknown';
    default:
      return null;
  }
}

/** The day's items by group, each group in the queue's order (due time, then id). */
export function groupQueue(items: readonly PublicationQueueItem[]): Map<QueueGroup, PublicationQueueItem[]> {
  const groups = new Map<QueueGroup, PublicationQueueItem[]>(QUEUE_GROUPS.map((group) => [group, []]));
  for (const item of items) {
    const group = groupOf(item);
    if (group) groups.get(group)?.push(item);
  }
  return groups;
}

/** Items whose state changed since the previous answer (for the screen reader's live region). */
export function changedStates<T extends { id: string; state: string }>(previous: ReadonlyMap<string, string>, items: readonly T[]): T[] {
  return items.filter((item) => previous.has(item.id) && previous.get(item.id) !== item.state);
}
