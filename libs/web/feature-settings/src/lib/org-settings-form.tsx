import { ORG_LOCALES, useUpdateOrganization, type Organization, type OrgLocale } from '@parvis/web/data-access';
import { Alert, SelectField, TextField } from '@parvis/web/ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ConflictDialog,
  FormError,
  MutationButton,
  requiredText,
  timeZones,
  useFormDraft,
  useServerFieldErrors,
  useVersionConflict,
} from '@parvis/web/shared';

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

  const { conflict, capture, clear } = useVersionConflict<Organization>();
  const formValues = (org: Organization): SettingsForm => ({ name: org.name, timeZone: org.timeZone, locale: toOrgLocale(org.locale) });

  // Sent with the version shown (contract A); a 412 opens the choice between both versions.
  const send = (values: SettingsForm, version: number) =>
    update.mutate(
      { ...values, name: values.name.trim(), version },
      {
        onSuccess: (saved) => {
          clear();
          reset(formValues(saved));
        },
        onError: (error) => capture(error) || applyServerFieldErrors(error, setError, ['name', 'timeZone', 'locale']),
      },
    );
  const onSubmit = handleSubmit((values) => send(values, organization.version));
  const mine = form.getValues();

  return (
    <form onSubmit={onSubmit} noValidate>
      <ConflictDialog
        open={conflict !== null}
        busy={update.isPending}
        rows={
          conflict
            ? [
                { label: t('fields.name'), mine: mine.name, current: conflict.current.name },
                { label: t('fields.timeZone'), mine: mine.timeZone, current: conflict.current.timeZone },
                { label: t('fields.locale'), mine: t(`locales.${mine.locale}`), current: t(`locales.${toOrgLocale(conflict.current.locale)}`) },
              ]
            : []
        }
        onKeepMine={() => conflict && send(form.getValues(), conflict.current.version)}
        onTakeCurrent={() => {
          if (conflict) reset(formValues(conflict.current));
          clear();
        }}
      />
      {update.isSuccess && !formState.isDirty && <Alert tone="success" title={t('settings.saved')} />}
      {draft.offer}
      {!conflict && <FormError error={update.error} />}
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
