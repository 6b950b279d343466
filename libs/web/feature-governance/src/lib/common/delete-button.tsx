import type { UseMutationResult } from '@tanstack/react-query';
import { Button, ConfirmDialog } from '@parvis/web/ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictDialog, FormError, useVersionConflict, type ConflictRow } from '@parvis/web/shared';

export interface DeleteButtonProps<T extends { version: number }> {
  /** What is deleted, for screen readers (« Supprimer — Municipales »). */
  name: string;
  title: string;
  help: ReactNode;
  version: number;
  mutation: UseMutationResult<void, Error, number>;
  /** The rows shown when someone else changed the item meanwhile (412): what it is now. */
  conflictRows: (current: T) => ConflictRow[];
}

/**
 * « Supprimer », confirmed, sent with the version shown (If-Match); when the item changed meanwhile,
 * both versions are shown and the user deletes anyway (with the new version) or keeps it.
 */
export function DeleteButton<T extends { version: number }>({ name, title, help, version, mutation, conflictRows }: DeleteButtonProps<T>) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { conflict, capture, clear } = useVersionConflict<T>();
  const send = (v: number) =>
    mutation.mutate(v, {
      onSuccess: () => {
        clear();
        setConfirming(false);
      },
      onError: (error) => {
        if (capture(error)) setConfirming(false);
      },
    });
  return (
    <>
      <Button variant="tertiary" onClick={() => setConfirming(true)}>
        {t('governance.delete')}
        {' '}
        <span className="pv-sr-only">— {name}</span>
      </Button>
      <ConfirmDialog
        open={confirming}
        title={title}
        confirmLabel={t('governance.delete')}
        busy={mutation.isPending}
        onCancel={() => {
          setConfirming(false);
          mutation.reset();
        }}
        onConfirm={() => send(version)}
      >
        {help}
        <FormError error={mutation.error} />
      </ConfirmDialog>
      <ConflictDialog
        open={conflict !== null}
        busy={mutation.isPending}
        rows={conflict ? conflictRows(conflict.current) : []}
        labels={{ keepMine: t('governance.deleteAnyway'), takeCurrent: t('governance.keepIt') }}
        onKeepMine={() => conflict && send(conflict.current.version)}
        onTakeCurrent={clear}
      />
    </>
  );
}
