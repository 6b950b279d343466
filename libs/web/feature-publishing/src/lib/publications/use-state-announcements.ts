import { useEffect, useRef, useState } from 'react';
import { changedStates } from './queue-groups';

/**
 * A sentence for the screen reader's live region when publications change state between two answers
 * (the first answer announces nothing: the page itself says it).
 */
export function useStateAnnouncements<T extends { id: string; state: string }>(items: readonly T[], describe: (item: T) => string): string {
  const previous = useRef<Map<string, string> | null>(null);
  const latest = useRef({ items, describe });
  latest.current = { items, describe };
  const [message, setMessage] = useState('');
  // Runs when a state changes (the signature), not on every render.
  const signature = items.map((item) => `${item.id}:${item.state}`).join(',');
  useEffect(() => {
    const { items: current, describe: sentence } = latest.current;
    const before = previous.current;
    previous.current = new Map(current.map((item) => [item.id, item.state]));
    if (!before) return;
    const changed = changedStates(before, current);
    if (changed.length > 0) setMessage(changed.map(sentence).join(' '));
  }, [signature]);
  return message;
}
