import type { ReactNode } from 'react';

/**
 * A wide table that may scroll sideways on a phone (instead of the whole page): focusable and
 * named, so keyboard users can scroll it too (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div className="pv-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
