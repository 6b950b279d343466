import type { ButtonHTMLAttributes, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_NAMESPACE } from './i18n';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** While busy the button is disabled and says so (aria-busy + visually hidden text). */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', busy = false, disabled, className, children, type, ref, ...rest }: ButtonProps) {
  const { t } = useTranslation(UI_NAMESPACE);
  return (
    <button
      {...rest}
      ref={ref}
      type={type ?? 'button'}
      className={['pv-button', `pv-button--${variant}`, className ?? ''].join(' ').trim()}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy && <span className="pv-spinner" aria-hidden="true" />}
      {children}
      {busy && <span className="pv-sr-only"> ({t('busy')})</span>}
    </button>
  );
}
