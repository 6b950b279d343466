import { useId, type Ref, type TextareaHTMLAttributes } from 'react';
import { describedBy } from './field-ids';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** Labelled multi-line input; hint and error are announced through aria-describedby. */
export function TextAreaField({ label, hint, error, ref, className, rows = 4, ...props }: TextAreaFieldProps) {
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
      <textarea
        {...props}
        ref={ref}
        id={id}
        rows={rows}
        className="pv-input pv-textarea"
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
