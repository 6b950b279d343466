import { versionConflictOf, type VersionConflict } from '@parvis/web/data-access';
import { Button, Dialog, MutationButton } from '@parvis/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConflictRow {
  label: string;
  mine: string;
  current: string;
}

export interface ConflictDialogProps {
  open: boolean;
  rows: ConflictRow[];
  /** Resend the user's values with the current version. */
  onKeepMine: () => void;
  /** Drop the user's values and show the current item. */
  onTakeCurrent: () => void;
  /** True while "keep mine" is being sent. */
  busy?: boolean;
  /** The two choices in the words of the action, when it is not an edit (a deletion: "Supprimer quand même"). */
  labels?: { keepMine: string; takeCurrent: string };
}

/** Contract A on screen: both versions side by side, the user chooses (closing = taking the current one). */
export function ConflictDialog({ open, rows, onKeepMine, onTakeCurrent, busy = false, labels }: ConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('conflict.title')} onClose={onTakeCurrent}>
      <p>{t('conflict.lead')}</p>
      <div className="pv-table-wrap">
        <table className="pv-table">
          <caption className="pv-sr-only">{t('conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.mine')}</th>
              <th scope="col">{t('conflict.current')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.mine}</td>
                <td>{row.current}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pv-dialog__actions">
        <Button variant="secondary" onClick={onTakeCurrent} disabled={busy}>
          {labels?.takeCurrent ?? t('conflict.takeCurrent')}
        </Button>
        <MutationButton onClick={onKeepMine} mutation={{ isPending: busy }}>
          {labels?.keepMine ?? t('conflict.keepMine')}
        </MutationButton>
      </div>
    </Dialog>
  );
}

/** The 412 of the last attempt, kept until the user chooses. */
export function useVersionConflict<T extends { version: number }>() {
  const [conflict, setConflict] = useState<VersionConflict<T> | null>(null);
  return {
    conflict,
    /** Keeps the conflict of a failed request; true when it was one. */
    capture: (error: unknown): boolean => {
      const found = versionConflictOf<T>(error);
      setConflict(found);
      return found !== null;
    },
    clear: () => setConflict(null),
  };
}
