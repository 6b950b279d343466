import { ORG_LOCALES, useUpdateOrganization, type Organization, type OrgLocale } from '@parvis/web/data-access';
import { Alert, SelectField, TextField } from '@parvis/web/ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerFieldErrors, FormError, requiredText, timeZones, useFormDraft, MutationButton } from '@parvis/web/shared';

interface SettingsForm {
  name: string;
  timeZone: string;
  locale: OrgLocale;
}

function toOrgLocale(locale: string): OrgLocale {
  return ORG_LOCALES.find((value) => value === locale) ?? 'fr';
}

export function OrgSettingsForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const applyServerFieldErrors = useServerFieldErrors();
  const update = useUpdateOrganization(organization.id);
  const form = useForm<SettingsForm>({
    defaultValues: { name: organization.name, timeZone: organization.timeZone, locale: toOrgLocale(organization.locale) },
  });
  const { register, handleSubmit, setError, formState, reset } = form;
  const draft = useFormDraft('organization', form);
  const { errors } = formState;
  const zones = timeZones();

  const onSubmit = handleSubmit((values) =>
    update.mutate(
      { ...values, name: values.name.trim() },
      {
        onSuccess: (saved) => reset({ name: saved.name, timeZone: saved.timeZone, locale: toOrgLocale(saved.locale) }),
        onError: (error) => applyServerFieldErrors(error, setError, ['name', 'timeZone', 'locale']),
      },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate>
      {update.isSuccess && !formState.isDirty && <Alert tone="success" title={t('settings.saved')} />}
      {draft.offer}
      <FormError error={update.error} />
      <TextField label={t('fields.name')} error={errors.name?.message} {...register('name', requiredText(t, 120))} />
      <SelectField
        label={t('fields.timeZone')}
        hint={t('settings.timeZoneHint')}
        error={errors.timeZone?.message}
        {...register('timeZone')}
      >
        {(zones.includes(organization.timeZone) ? zones : [organization.timeZone, ...zones]).map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('fields.locale')} error={errors.locale?.message} {...register('locale')}>
        {ORG_LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`locales.${locale}`, { defaultValue: locale })}
          </option>
        ))}
      </SelectField>
      <MutationButton type="submit" mutation={update}>
        {t('actions.save')}
      </MutationButton>
    </form>
  );
}
