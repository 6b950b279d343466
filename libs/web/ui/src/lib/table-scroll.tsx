import type { ReactNode } from 'react';

/**
 * A wide table that may scroll sideways on a phone (instead of the whole page): focusable and
 * named, so keyboard users can scroll it too (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scrollable region must be reachable by keyboard (role=region with a name makes tabIndex legitimate).
    <div className="pv-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
