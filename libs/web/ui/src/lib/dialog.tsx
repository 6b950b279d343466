import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_NAMESPACE } from './i18n';

export interface DialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  onClose: () => void;
  /** Wider dialog for forms. */
  size?: 'medium' | 'large';
}

/**
 * Native modal <dialog> with a title and a close button. Focus moves into the dialog on open
 * (first field if any, else the close button) and returns to the opener on close.
 */
export function Dialog({ open, title, children, onClose, size = 'medium' }: DialogProps) {
  const { t } = useTranslation(UI_NAMESPACE);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const field = dialog.querySelector<HTMLElement>('input, select, textarea');
    (field ?? closeRef.current)?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      opener?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className={`pv-dialog pv-dialog--${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <div className="pv-dialog__content">
          <div className="pv-dialog__header">
            <h2 id={titleId} className="pv-dialog__title">
              {title}
            </h2>
            <button ref={closeRef} type="button" className="pv-dialog__close" onClick={onClose}>
              {t('close')}
            </button>
          </div>
          <div className="pv-dialog__body">{children}</div>
        </div>
      )}
    </dialog>
  );
}
