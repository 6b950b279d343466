import { Button, type ButtonProps } from '@parvis/web/ui';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, type MouseEvent } from 'react';

interface Pending {
  isPending: boolean;
}

export interface MutationButtonProps extends Omit<ButtonProps, 'busy'> {
  /** The request this button starts: while it runs the button is disabled and aria-busy. */
  mutation: Pending;
}

/** A click that did not start a request (the form refused its input) frees the button after this. */
const UNUSED_CLICK_MS = 1000;

/**
 * The one button for anything that sends a request (safe to click twice): disabled and announced
 * busy while the request runs. TanStack Query tells React that a mutation is pending a task later,
 * so a fast second click (double-click, double submit of its form) could start a second request:
 * clicks are held from the first one until its request has run, then released.
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
    setTimeout(() => {
      if (!sawPending.current) held.current = false;
    }, UNUSED_CLICK_MS);
    onClick?.(event);
  };
  return <Button {...rest} disabled={disabled} busy={mutation.isPending} onClick={handle} />;
}

/**
 * `mutate` that ignores calls while the previous one is in flight (for starts that are not a
 * button: a drop, a keyboard shortcut…). Tracked synchronously, before React renders.
 */
export function useSingleFlight<TData, TError, TVariables, TContext>(
  mutation: UseMutationResult<TData, TError, TVariables, TContext>,
): UseMutationResult<TData, TError, TVariables, TContext>['mutate'] {
  const inFlight = useRef(false);
  return (variables, options) => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(variables, {
      ...options,
      onSettled: (...args) => {
        inFlight.current = false;
        options?.onSettled?.(...args);
      },
    });
  };
}
