import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'warning' | 'success' | 'info';

export interface AlertProps {
  tone?: AlertTone;
  title?: string;
  children?: ReactNode;
}

/** Errors and warnings interrupt (role=alert); success and info are polite (role=status). */
export function Alert({ tone = 'info', title, children }: AlertProps) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div className={`pv-alert pv-alert--${tone}`} role={role}>
      {title && <p className="pv-alert__title">{title}</p>}
      {children && <div className="pv-alert__body">{children}</div>}
    </div>
  );
}
