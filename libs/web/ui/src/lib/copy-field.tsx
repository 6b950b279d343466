import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { UI_NAMESPACE } from './i18n';

export interface CopyFieldProps {
  label: string;
  value: string;
  hint?: string;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

/** A read-only field with a copy button, for one-time links (invitations, resets). */
export function CopyField({ label, value, hint }: CopyFieldProps) {
  const { t } = useTranslation(UI_NAMESPACE);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      inputRef.current?.select();
      setStatus('failed');
    }
  };

  return (
    <div className="pv-field pv-copy-field">
      <label className="pv-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="pv-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="pv-copy-field__row">
        <input
          ref={inputRef}
          id={id}
          className="pv-input"
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" onClick={copy}>
          {t('copy')}
        </Button>
      </div>
      <p className="pv-copy-field__status" role="status">
        {status === 'copied' && t('copied')}
        {status === 'failed' && t('copyFailed')}
      </p>
    </div>
  );
}
