import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { describedBy } from './field-ids';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** Labelled input; hint and error are announced through aria-describedby. */
export function TextField({ label, hint, error, ref, className, ...inputProps }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['pv-field', error ? 'pv-field--error' : '', className ?? ''].join(' ').trim()}>
      <label className="pv-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="pv-hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        {...inputProps}
        ref={ref}
        id={id}
        className="pv-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      />
      {error && (
        <p className="pv-error-text" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
