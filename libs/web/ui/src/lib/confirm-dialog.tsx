import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { MutationButton } from './mutation-button';
import { UI_NAMESPACE } from './i18n';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  tone?: 'danger' | 'primary';
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Native modal <dialog>. Focus goes to the cancel button on open (the safe
 * choice) and returns to the element that opened it on close.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, cancelLabel, tone = 'danger', busy, onConfirm, onCancel } = props;
  const { t } = useTranslation(UI_NAMESPACE);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    cancelRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      opener?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="pv-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      {open && (
        <div className="pv-dialog__content">
          <h2 id={titleId} className="pv-dialog__title">
            {title}
          </h2>
          {children && <div className="pv-dialog__body">{children}</div>}
          <div className="pv-dialog__actions">
            <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={busy}>
              {cancelLabel ?? t('cancel')}
            </Button>
            <MutationButton variant={tone} onClick={onConfirm} mutation={{ isPending: busy ?? false }}>
              {confirmLabel ?? t('confirm')}
            </MutationButton>
          </div>
        </div>
      )}
    </dialog>
  );
}
