import { useDeleteService, useRenameService, type Service } from '@parvis/web/data-access';
import { Button, ConfirmDialog, TextField } from '@parvis/web/ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerFieldErrors, FormError, requiredText } from '@parvis/web/shared';

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
  const { register, handleSubmit, setError, formState } = useForm<{ name: string }>({
    defaultValues: { name: service.name },
  });

  const onSubmit = handleSubmit(({ name }) =>
    rename.mutate(
      { serviceId: service.id, name: name.trim() },
      {
        onSuccess: () => setEditing(false),
        onError: (error) => applyServerFieldErrors(error, setError, ['name']),
      },
    ),
  );

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
            <Button type="submit" busy={rename.isPending}>
              {t('actions.save')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('actions.cancel')}
            </Button>
          </form>
        ) : (
          service.name
        )}
        <FormError error={rename.error ?? remove.error} />
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
