import { useCallback, useRef, useState } from 'react';

/**
 * Runs one task at a time: a second click while the first request runs is ignored. A ref, because
 * TanStack Query reports `isPending` a tick later (a double-click would send two requests), and a
 * state set in the click itself, so React disables the button before the next click arrives.
 */
export function useSingleFlight(): { run: <T>(task: () => Promise<T>) => Promise<T | undefined>; pending: boolean } {
  const running = useRef(false);
  const [pending, setPending] = useState(false);
  const run = useCallback(async <T,>(task: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setPending(true);
    try {
      return await task();
    } finally {
      running.current = false;
      setPending(false);
    }
  }, []);
  return { run, pending };
}
