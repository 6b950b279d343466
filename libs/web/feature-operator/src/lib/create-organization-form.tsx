import { useCreateOperatorOrganization, type CreateOrganizationInput } from '@parvis/web/data-access';
import { Alert, CopyField, SelectField, TextField } from '@parvis/web/ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerFieldErrors, emailRules, FormError, requiredText, timeZones, useFormDraft, MutationButton } from '@parvis/web/shared';

type CreateForm = Required<CreateOrganizationInput>;
const FIELDS = ['name', 'slug', 'timeZone', 'adminEmail'] as const;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function CreateOrganizationForm() {
  const { t } = useTranslation();
  const applyServerFieldErrors = useServerFieldErrors();
  const create = useCreateOperatorOrganization();
  const form = useForm<CreateForm>({
    defaultValues: { name: '', slug: '', timeZone: 'Europe/Paris', adminEmail: '' },
  });
  const { register, handleSubmit, setError, formState, reset } = form;
  const draft = useFormDraft('organization', form);
  const { errors } = formState;

  const onSubmit = handleSubmit((values) => {
    const body: CreateOrganizationInput = {
      name: values.name.trim(),
      timeZone: values.timeZone,
      adminEmail: values.adminEmail.trim(),
      ...(values.slug.trim() ? { slug: values.slug.trim() } : {}),
    };
    create.mutate(body, {
      onSuccess: () => reset(),
      onError: (error) => applyServerFieldErrors(error, setError, FIELDS),
    });
  });

  return (
    <div className="stack">
      {create.data && (
        <Alert tone="success" title={t('operator.created', { name: create.data.organization.name })}>
          {create.data.mailed && <p>{t('operator.acceptUrlMailed')}</p>}
          <CopyField label={t('operator.acceptUrl')} hint={t('operator.acceptUrlHint')} value={create.data.acceptUrl} />
        </Alert>
      )}
      {draft.offer}
      <FormError error={create.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField label={t('fields.name')} error={errors.name?.message} {...register('name', requiredText(t, 120))} />
        <TextField
          label={t('fields.slugOptional')}
          hint={t('fields.slugHint')}
          error={errors.slug?.message}
          {...register('slug', { pattern: { value: SLUG_PATTERN, message: t('validation.slug') } })}
        />
        <SelectField label={t('fields.timeZone')} error={errors.timeZone?.message} {...register('timeZone')}>
          {timeZones().map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('operator.adminEmail')}
          type="email"
          error={errors.adminEmail?.message}
          {...register('adminEmail', emailRules(t))}
        />
        <MutationButton type="submit" mutation={create}>
          {t('operator.submit')}
        </MutationButton>
      </form>
    </div>
  );
}
