import { useSaveAudience, useSaveCampaign, useSaveKeyDate, useSaveTheme, type Audience, type Campaign, type KeyDate, type Theme } from '@parvis/web/data-access';
import { FormError, MutationButton } from '@parvis/web/shared';
import { SelectField, TextAreaField, TextField } from '@parvis/web/ui';
import { useForm } from 'react-hook-form';
import { CheckboxGroup } from '../common/checkbox-group';
import { usePlanning, usePlanningT } from '../common/use-planning';
import type { PlanningOptions } from '../common/use-planning-options';
import { chosenColor, colorDefaults, ThemeColorField, type ThemeFormValues } from './theme-color-field';

function useRules() {
  const { t } = usePlanningT();
  return {
    name: {
      required: t('common.required'),
      validate: (v: string) => v.trim() !== '' || t('common.required'),
      maxLength: { value: 120, message: t('common.maxLength', { max: 120 }) },
    },
    required: { required: t('common.required') },
  };
}

function Submit({ mutation, editing }: { mutation: { isPending: boolean }; editing: boolean }) {
  const { t } = usePlanningT();
  return (
    <div className="pv-dialog__actions">
      <MutationButton type="submit" mutation={mutation}>
        {editing ? t('common.save') : t('common.create')}
      </MutationButton>
    </div>
  );
}

export function ThemeForm({ item, onDone }: { item?: Theme; onDone: () => void }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const save = useSaveTheme(orgId);
  const rules = useRules();
  const { register, handleSubmit, formState, watch } = useForm<ThemeFormValues>({
    defaultValues: { name: item?.name ?? '', objectives: item?.objectives ?? '', ...colorDefaults(item?.color) },
  });
  const [colorChoice, customColor] = watch(['colorChoice', 'customColor']);
  const onSubmit = handleSubmit(({ name, objectives, ...color }) => {
    const input = { name, objectives, color: chosenColor(color) };
    return save.mutateAsync(item ? { id: item.id, input } : { input }).then(onDone, () => undefined);
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={save.error} />
      <TextField label={t('editorialLine.name')} required error={formState.errors.name?.message} {...register('name', rules.name)} />
      <ThemeColorField register={register} values={{ colorChoice, customColor }} error={formState.errors.customColor} />
      <TextAreaField label={t('editorialLine.objectives')} {...register('objectives')} />
      <Submit mutation={save} editing={Boolean(item)} />
    </form>
  );
}

export function AudienceForm({ item, onDone }: { item?: Audience; onDone: () => void }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const save = useSaveAudience(orgId);
  const rules = useRules();
  const { register, handleSubmit, formState } = useForm({
    defaultValues: { name: item?.name ?? '', description: item?.description ?? '' },
  });
  const onSubmit = handleSubmit((input) => save.mutateAsync(item ? { id: item.id, input } : { input }).then(onDone, () => undefined));
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={save.error} />
      <TextField label={t('editorialLine.name')} required error={formState.errors.name?.message} {...register('name', rules.name)} />
      <TextAreaField label={t('editorialLine.description')} {...register('description')} />
      <Submit mutation={save} editing={Boolean(item)} />
    </form>
  );
}

export function CampaignForm({ item, options, onDone }: { item?: Campaign; options: PlanningOptions; onDone: () => void }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const save = useSaveCampaign(orgId);
  const rules = useRules();
  const { register, handleSubmit, formState, getValues } = useForm({
    defaultValues: {
      name: item?.name ?? '',
      objective: item?.objective ?? '',
      themeId: item?.themeId ?? '',
      startsOn: item?.startsOn ?? '',
      endsOn: item?.endsOn ?? '',
      audienceIds: item?.audienceIds ?? [],
    },
  });
  const onSubmit = handleSubmit(({ themeId, ...values }) =>
    save
      .mutateAsync(
        item ? { id: item.id, input: { ...values, themeId: themeId || null } } : { input: { ...values, ...(themeId ? { themeId } : {}) } },
      )
      .then(onDone, () => undefined),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={save.error} />
      <TextField label={t('editorialLine.name')} required error={formState.errors.name?.message} {...register('name', rules.name)} />
      <TextAreaField label={t('editorialLine.objective')} {...register('objective')} />
      <SelectField label={t('brief.theme')} {...register('themeId')}>
        <option value="">{t('common.noTheme')}</option>
        {options.themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.name}
          </option>
        ))}
      </SelectField>
      <div className="planning-form__row">
        <TextField type="date" label={t('editorialLine.startsOn')} required error={formState.errors.startsOn?.message} {...register('startsOn', rules.required)} />
        <TextField
          type="date"
          label={t('editorialLine.endsOn')}
          required
          error={formState.errors.endsOn?.message}
          {...register('endsOn', {
            ...rules.required,
            validate: (v) => !getValues('startsOn') || v >= getValues('startsOn') || t('editorialLine.endBeforeStart'),
          })}
        />
      </div>
      <CheckboxGroup
        legend={t('brief.audiences')}
        options={options.audiences.map((a) => ({ value: a.id, label: a.name }))}
        registration={register('audienceIds')}
      />
      <Submit mutation={save} editing={Boolean(item)} />
    </form>
  );
}

export function KeyDateForm({ item, onDone }: { item?: KeyDate; onDone: () => void }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const save = useSaveKeyDate(orgId);
  const rules = useRules();
  const { register, handleSubmit, formState } = useForm({
    defaultValues: { label: item?.label ?? '', date: item?.date ?? '', recurringYearly: item?.recurringYearly ?? true },
  });
  const onSubmit = handleSubmit((input) => save.mutateAsync(item ? { id: item.id, input } : { input }).then(onDone, () => undefined));
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={save.error} />
      <TextField label={t('editorialLine.keyDateLabel')} required error={formState.errors.label?.message} {...register('label', rules.name)} />
      <TextField type="date" label={t('editorialLine.keyDateDate')} required error={formState.errors.date?.message} {...register('date', rules.required)} />
      <div className="pv-field">
        <label>
          <input type="checkbox" {...register('recurringYearly')} /> {t('editorialLine.keyDateYearly')}
        </label>
      </div>
      <Submit mutation={save} editing={Boolean(item)} />
    </form>
  );
}
