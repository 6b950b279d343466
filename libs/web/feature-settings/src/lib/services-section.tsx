import { servicesQueryOptions, useCreateService } from '@parvis/web/data-access';
import { EmptyState, ErrorState, LoadingState, TextField, TableScroll } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerFieldErrors, FormError, requiredText, MutationButton } from '@parvis/web/shared';
import { ServiceRow } from './service-row';

export function ServicesSection({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const services = useQuery(servicesQueryOptions(orgId));

  let content;
  if (services.isPending) content = <LoadingState />;
  else if (services.isError) {
    content = <ErrorState error={services.error} onRetry={() => void services.refetch()} />;
  } else if (services.data.items.length === 0) content = <EmptyState title={t('services.empty')} />;
  else {
    content = (
      <TableScroll label={t('settings.services')}>
        <table className="pv-table">
          <caption className="pv-sr-only">{t('settings.services')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('services.memberCount')}</th>
              {canManage && <th scope="col">{t('fields.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {services.data.items.map((service) => (
              <ServiceRow key={service.id} orgId={orgId} service={service} canManage={canManage} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    );
  }

  return (
    <div className="stack">
      <p>{t('services.lead')}</p>
      {content}
      {canManage && <CreateServiceForm orgId={orgId} />}
    </div>
  );
}

function CreateServiceForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const applyServerFieldErrors = useServerFieldErrors();
  const create = useCreateService(orgId);
  const { register, handleSubmit, setError, formState, reset } = useForm<{ name: string }>({
    defaultValues: { name: '' },
  });
  const onSubmit = handleSubmit(({ name }) =>
    create.mutate(name.trim(), {
      onSuccess: () => reset(),
      onError: (error) => applyServerFieldErrors(error, setError, ['name']),
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="inline-form">
      <FormError error={create.error} />
      <TextField
        label={t('services.newName')}
        error={formState.errors.name?.message}
        {...register('name', requiredText(t, 80))}
      />
      <MutationButton type="submit" mutation={create}>
        {t('services.create')}
      </MutationButton>
    </form>
  );
}
