import { useDeleteService, useRenameService, type Service } from '@parvis/web/data-access';
import { Button, ConfirmDialog, TextField } from '@parvis/web/ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ConflictDialog,
  FormError,
  MutationButton,
  requiredText,
  useServerFieldErrors,
  useVersionConflict,
} from '@parvis/web/shared';

interface ServiceRowProps {
  orgId: string;
  service: Service;
  canManage: boolean;
}

export function ServiceRow({ orgId, service, canManage }: ServiceRowProps) {
  const { t } = useTranslation();
  const applyServerFieldErrors = useServerFieldErrors();
  const rename = useRenameService(orgId);
  const remove = useDeleteService(orgId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { register, handleSubmit, setError, formState, getValues } = useForm<{ name: string }>({
    defaultValues: { name: service.name },
  });
  const { conflict, capture, clear } = useVersionConflict<Service>();

  // Sent with the version shown (contract A); a 412 opens the choice between both names.
  const send = (name: string, version: number) =>
    rename.mutate(
      { serviceId: service.id, name, version },
      {
        onSuccess: () => {
          clear();
          setEditing(false);
        },
        onError: (error) => capture(error) || applyServerFieldErrors(error, setError, ['name']),
      },
    );
  const onSubmit = handleSubmit(({ name }) => send(name.trim(), service.version));

  return (
    <tr>
      <th scope="row">
        {editing ? (
          <form onSubmit={onSubmit} noValidate className="inline-form">
            <TextField
              label={t('services.renameLabel', { name: service.name })}
              error={formState.errors.name?.message}
              {...register('name', requiredText(t, 80))}
            />
            <MutationButton type="submit" mutation={rename}>
              {t('actions.save')}
            </MutationButton>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('actions.cancel')}
            </Button>
          </form>
        ) : (
          service.name
        )}
        {!conflict && <FormError error={rename.error ?? remove.error} />}
        <ConflictDialog
          open={conflict !== null}
          busy={rename.isPending}
          rows={[{ label: t('fields.name'), mine: getValues('name').trim(), current: conflict?.current.name ?? '' }]}
          onKeepMine={() => conflict && send(getValues('name').trim(), conflict.current.version)}
          onTakeCurrent={() => {
            clear();
            setEditing(false);
          }}
        />
      </th>
      <td>{service.memberCount}</td>
      {canManage && (
        <td>
          <div className="pv-button-row">
            {!editing && (
              <Button variant="tertiary" onClick={() => setEditing(true)}>
                {t('services.rename')}
                <span className="pv-sr-only"> — {service.name}</span>
              </Button>
            )}
            <Button variant="tertiary" onClick={() => setConfirming(true)}>
              {t('services.delete')}
              <span className="pv-sr-only"> — {service.name}</span>
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={t('services.deleteTitle', { name: service.name })}
            confirmLabel={t('services.delete')}
            busy={remove.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => remove.mutate(service.id, { onSettled: () => setConfirming(false) })}
          >
            <p>{t('services.deleteHelp', { count: service.memberCount })}</p>
          </ConfirmDialog>
        </td>
      )}
    </tr>
  );
}
