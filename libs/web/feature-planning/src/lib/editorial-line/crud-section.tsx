import { Button, ConfirmDialog, Dialog, EmptyState, ErrorState, LoadingState, Section } from '@parvis/web/ui';
import { FormError } from '@parvis/web/shared';
import { useState, type ReactNode } from 'react';
import { usePlanningT } from '../common/use-planning';

export interface CrudSectionProps<T extends { id: string; name: string }> {
  title: string;
  addLabel: string;
  emptyLabel: string;
  query: { data?: { items: T[] }; isPending: boolean; isError: boolean; error: Error | null; refetch: () => unknown };
  canEdit: boolean;
  describe: (item: T) => ReactNode;
  form: (item: T | undefined, done: () => void) => ReactNode;
  remove: { mutate: (id: string, options: { onSuccess: () => void }) => void; isPending: boolean; error: Error | null };
}

/** A list of the editorial line (themes, audiences, campaigns) with add / edit / delete in dialogs. */
export function CrudSection<T extends { id: string; name: string }>(props: CrudSectionProps<T>) {
  const { title, addLabel, emptyLabel, query, canEdit, describe, form, remove } = props;
  const { t } = usePlanningT();
  const [editing, setEditing] = useState<{ item?: T } | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const close = () => setEditing(null);
  return (
    <Section title={title}>
      {query.isPending && <LoadingState />}
      {query.isError && query.error && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.items.length === 0 && <EmptyState title={emptyLabel} />}
      {query.data && query.data.items.length > 0 && (
        <ul className="planning-cards">
          {query.data.items.map((item) => (
            <li key={item.id} className="planning-card">
              <h3 className="planning-card__title">{item.name}</h3>
              {describe(item)}
              {canEdit && (
                <div className="planning-card__actions">
                  <Button variant="secondary" onClick={() => setEditing({ item })}>
                    {t('common.edit')}
                    <span className="pv-sr-only"> : {item.name}</span>
                  </Button>
                  <Button variant="tertiary" onClick={() => setDeleting(item)}>
                    {t('common.delete')}
                    <span className="pv-sr-only"> : {item.name}</span>
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <Button variant="secondary" onClick={() => setEditing({})}>
          {addLabel}
        </Button>
      )}
      <Dialog
        open={editing !== null}
        title={editing?.item ? t('editorialLine.editItem', { name: editing.item.name }) : addLabel}
        onClose={close}
      >
        {editing && form(editing.item, close)}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t('editorialLine.deleteItem', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      >
        <p>{t('editorialLine.deleteConfirm', { name: deleting?.name ?? '' })}</p>
        <FormError error={remove.error} />
      </ConfirmDialog>
    </Section>
  );
}
