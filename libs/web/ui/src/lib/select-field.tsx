import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { describedBy } from './field-ids';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  /** Keeps the label for assistive technologies only (dense tables). */
  hideLabel?: boolean;
  children: ReactNode;
  ref?: Ref<HTMLSelectElement>;
}

export function SelectField({ label, hint, error, hideLabel, children, ref, className, ...selectProps }: SelectFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['pv-field', error ? 'pv-field--error' : '', className ?? ''].join(' ').trim()}>
      <label className={hideLabel ? 'pv-sr-only' : 'pv-label'} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="pv-hint" id={hintId}>
          {hint}
        </p>
      )}
      <select
        {...selectProps}
        ref={ref}
        id={id}
        className="pv-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {children}
      </select>
      {error && (
        <p className="pv-error-text" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
