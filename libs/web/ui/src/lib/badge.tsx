import type { ReactNode } from 'react';

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'info' }) {
  return <span className={`pv-badge pv-badge--${tone}`}>{children}</span>;
}
