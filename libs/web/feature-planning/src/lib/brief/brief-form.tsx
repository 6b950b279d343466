import {
  isApiError,
  useCreateBrief,
  useUpdateBrief,
  versionConflictOf,
  type Brief,
  type BriefStatus,
  type CreateBriefInput,
  type UpdateBriefInput,
} from '@parvis/web/data-access';
import { FormError, MutationButton } from '@parvis/web/shared';
import { SelectField, TextAreaField, TextField } from '@parvis/web/ui';
import { useForm } from 'react-hook-form';
import { CheckboxGroup } from '../common/checkbox-group';
import { ScheduleWarnings, useScheduleWarnings } from '../common/schedule-warnings';
import { LOCAL_DATE_PATTERN, TIME_PATTERN } from '../common/format';
import { roleMay, usePlanning, usePlanningT } from '../common/use-planning';
import type { PlanningOptions } from '../common/use-planning-options';
import { BriefConflictDialog, useBriefConflict } from './brief-conflict';
import { BRIEF_STATUSES } from '@parvis/web/data-access';

export interface BriefFormValues {
  title: string;
  body: string;
  themeId: string;
  campaignId: string;
  audienceIds: string[];
  channelIds: string[];
  plannedDate: string;
  plannedTime: string;
  draftDueDate: string;
  assigneeMembershipId: string;
  status: BriefStatus;
}

const FIELDS = ['title', 'body', 'themeId', 'campaignId', 'plannedDate', 'plannedTime', 'draftDueDate', 'assigneeMembershipId'] as const;

function valuesOf(brief: Brief | undefined, defaults: { plannedDate: string; plannedTime: string }): BriefFormValues {
  return {
    title: brief?.title ?? '',
    body: brief?.body ?? '',
    themeId: brief?.themeId ?? '',
    campaignId: brief?.campaignId ?? '',
    audienceIds: brief?.audienceIds ?? [],
    channelIds: brief?.channelIds ?? [],
    plannedDate: brief?.plannedLocal.date ?? defaults.plannedDate,
    plannedTime: brief?.plannedLocal.time ?? defaults.plannedTime,
    draftDueDate: brief?.draftDueDate ?? '',
    assigneeMembershipId: brief?.assignee?.membershipId ?? '',
    status: brief?.status ?? 'idea',
  };
}

/** Every field of the form (a planner's edit), status only when changed. */
function editOf(values: BriefFormValues, brief: Brief): UpdateBriefInput {
  return {
    title: values.title.trim(),
    body: values.body,
    themeId: values.themeId || null,
    campaignId: values.campaignId || null,
    audienceIds: values.audienceIds,
    channelIds: values.channelIds,
    plannedDate: values.plannedDate,
    plannedTime: values.plannedTime,
    draftDueDate: values.draftDueDate || null,
    assigneeMembershipId: values.assigneeMembershipId || null,
    ...(values.status !== brief.status ? { status: values.status } : {}),
  };
}

/** A new brief: the filled fields only. */
function creationOf(values: BriefFormValues): CreateBriefInput {
  return {
    title: values.title.trim(),
    plannedDate: values.plannedDate,
    plannedTime: values.plannedTime,
    ...(values.body.trim() ? { body: values.body } : {}),
    ...(values.themeId ? { themeId: values.themeId } : {}),
    ...(values.campaignId ? { campaignId: values.campaignId } : {}),
    ...(values.audienceIds.length > 0 ? { audienceIds: values.audienceIds } : {}),
    ...(values.channelIds.length > 0 ? { channelIds: values.channelIds } : {}),
    ...(values.draftDueDate ? { draftDueDate: values.draftDueDate } : {}),
    ...(values.assigneeMembershipId ? { assigneeMembershipId: values.assigneeMembershipId } : {}),
  };
}

export interface BriefFormProps {
  brief?: Brief;
  defaults?: { plannedDate: string; plannedTime: string };
  options: PlanningOptions;
  onDone: (brief: Brief) => void;
}

/** Creates a brief, or edits one (admin and editor only: the API is the judge). */
export function BriefForm({ brief, defaults = { plannedDate: '', plannedTime: '09:00' }, options, onDone }: BriefFormProps) {
  const { t } = usePlanningT();
  const { orgId, timeZone } = usePlanning();
  const create = useCreateBrief(orgId);
  const update = useUpdateBrief(orgId);
  const mutation = brief ? update : create;
  const { register, handleSubmit, setError, formState, watch } = useForm<BriefFormValues>({ defaultValues: valuesOf(brief, defaults) });
  const warningsOf = useScheduleWarnings();
  const [plannedDate, plannedTime, campaignId] = watch(['plannedDate', 'plannedTime', 'campaignId']);
  const warnings = warningsOf(
    { date: plannedDate, time: plannedTime },
    options.campaigns.find((c) => c.id === campaignId),
  );
  // Only members whose role may write an assigned brief (shared matrix) are offered.
  const writers = options.members.filter((member) => roleMay(member.role, 'brief.write-assigned'));
  // A writer outside the loaded page of members (or members not readable) stays shown by name.
  const absentAssignee = brief?.assignee && !writers.some((m) => m.id === brief.assignee?.membershipId) ? brief.assignee : null;
  const { errors } = formState;
  const required = { required: t('common.required'), validate: (v: string) => v.trim() !== '' || t('common.required') };

  const conflict = useBriefConflict();
  const showFieldErrors = (error: unknown) => {
    if (!isApiError(error)) return;
    for (const { field, messages } of error.fieldErrors) {
      const target = FIELDS.find((name) => name === field);
      if (target) setError(target, { type: 'server', message: messages.join(' ') });
    }
  };
  /** Saves an edit with the version the user saw (If-Match); a 412 opens the conflict dialog. */
  const saveEdit = async (current: Brief, input: UpdateBriefInput, version: number) => {
    try {
      const saved = await update.mutateAsync({ briefId: current.id, input, version });
      conflict.clear();
      onDone(saved);
    } catch (error) {
      if (!conflict.capture(error, input)) showFieldErrors(error);
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    if (brief) {
      await saveEdit(brief, editOf(values, brief), brief.version);
      return;
    }
    try {
      onDone(await create.mutateAsync(creationOf(values)));
    } catch (error) {
      showFieldErrors(error);
    }
  });

  return (
    <form className="planning-form" onSubmit={onSubmit} noValidate>
      <FormError error={versionConflictOf(mutation.error) ? null : mutation.error} />
      <TextField label={t('brief.title')} required maxLength={200} error={errors.title?.message} {...register('title', required)} />
      <TextAreaField label={t('brief.body')} error={errors.body?.message} {...register('body')} />
      <div className="planning-form__row">
        <TextField
          type="date"
          label={t('brief.plannedDate')}
          required
          error={errors.plannedDate?.message}
          {...register('plannedDate', { ...required, pattern: { value: LOCAL_DATE_PATTERN, message: t('common.required') } })}
        />
        <TextField
          type="time"
          label={t('brief.plannedTime')}
          hint={t('brief.plannedHint', { timeZone })}
          required
          error={errors.plannedTime?.message}
          {...register('plannedTime', { ...required, pattern: { value: TIME_PATTERN, message: t('common.required') } })}
        />
      </div>
      <ScheduleWarnings warnings={warnings} title={t('warnings.title')} />
      <div className="planning-form__row">
        <SelectField label={t('brief.theme')} error={errors.themeId?.message} {...register('themeId')}>
          <option value="">{t('common.noTheme')}</option>
          {options.themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('brief.campaign')} error={errors.campaignId?.message} {...register('campaignId')}>
          <option value="">{t('common.noCampaign')}</option>
          {options.campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxGroup
        legend={t('brief.audiences')}
        options={options.audiences.map((a) => ({ value: a.id, label: a.name }))}
        registration={register('audienceIds')}
      />
      <CheckboxGroup
        legend={t('brief.channels')}
        options={options.channels.map((c) => ({ value: c.id, label: c.label }))}
        registration={register('channelIds')}
      />
      <div className="planning-form__row">
        <SelectField label={t('brief.assignee')} error={errors.assigneeMembershipId?.message} {...register('assigneeMembershipId')}>
          <option value="">{t('brief.unassigned')}</option>
          {absentAssignee && <option value={absentAssignee.membershipId}>{absentAssignee.displayName}</option>}
          {writers.map((member) => (
            <option key={member.id} value={member.id}>
              {member.displayName}
            </option>
          ))}
        </SelectField>
        <TextField type="date" label={t('brief.draftDueDate')} error={errors.draftDueDate?.message} {...register('draftDueDate')} />
      </div>
      {brief && (
        <SelectField label={t('brief.status')} {...register('status')}>
          {BRIEF_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </SelectField>
      )}
      <div className="pv-dialog__actions">
        <MutationButton type="submit" mutation={mutation}>
          {brief ? t('common.save') : t('common.create')}
        </MutationButton>
      </div>
      <BriefConflictDialog
        conflict={conflict.conflict}
        options={options}
        busy={update.isPending}
        onKeepMine={({ current, mine }) => void saveEdit(current, mine, current.version)}
        onTookCurrent={conflict.clear}
      />
    </form>
  );
}
