import { Button, type ButtonProps } from './button';
import { useEffect, useRef, type MouseEvent } from 'react';

interface Pending {
  isPending: boolean;
}

export interface MutationButtonProps extends Omit<ButtonProps, 'busy'> {
  /** The request this button starts: while it runs the button is disabled and aria-busy. */
  mutation: Pending;
}

/**
 * Runs `release` after TanStack Query's own notification of a request started by this click: its
 * notifications go out on a timer (setTimeout 0), scheduled during the click, or in the microtasks
 * after it for a form (validation first); timers run in order, so two hops come after it.
 */
function afterPendingWouldShow(release: () => void): void {
  setTimeout(() => setTimeout(release, 0), 0);
}

/**
 * The one button for anything that sends a request (safe to click twice): disabled and announced
 * busy while the request runs. TanStack Query tells React that a mutation is pending a task later,
 * so a fast second click (double-click, double submit of its form) could start a second request:
 * clicks are held from the first one until its request has run (or, if it started none, until the
 * pending state would have shown), then released.
 */
export function MutationButton({ mutation, onClick, disabled, ...rest }: MutationButtonProps) {
  const held = useRef(false);
  const sawPending = useRef(false);
  if (mutation.isPending && held.current) sawPending.current = true;
  useEffect(() => {
    if (!mutation.isPending && sawPending.current) {
      sawPending.current = false;
      held.current = false;
    }
  }, [mutation.isPending]);

  const handle = (event: MouseEvent<HTMLButtonElement>) => {
    if (held.current || mutation.isPending) {
      event.preventDefault();
      return;
    }
    held.current = true;
    onClick?.(event);
    // A click that started nothing (the form refused its input) frees the button at once.
    afterPendingWouldShow(() => {
      if (!sawPending.current) held.current = false;
    });
  };
  return <Button {...rest} disabled={disabled} busy={mutation.isPending} onClick={handle} />;
}
