import { APPROVING_ROLES } from '@parvis/shared/domain';
import type { Member } from '@parvis/web/data-access';
import { Button, SelectField, TextField } from '@parvis/web/ui';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApproverKind } from '../data/governance-api';
import type { CircuitFormValues } from './circuit-values';

/** Every kind of approver a step may name (`external`: a signed link for people without an account). */
const KIND_LABELS = {
  role: 'circuitForm.kindRole',
  members: 'circuitForm.kindMembers',
  service_head: 'circuitForm.kindServiceHead',
  external: 'circuitForm.kindExternal',
} as const satisfies Record<ApproverKind, string>;

/** The kinds offered, in this order. */
const STEP_KINDS: readonly ApproverKind[] = ['role', 'members', 'service_head', 'external'];

const integerRule = (t: (key: 'circuitForm.integer', options: { min: number; max: number }) => string, min: number, max: number, optional: boolean) => ({
  validate: (value: string) => {
    const text = value.trim();
    if (text === '') return optional || t('circuitForm.integer', { min, max });
    const n = Number(text);
    return (Number.isInteger(n) && n >= min && n <= max) || t('circuitForm.integer', { min, max });
  },
});

export interface StepFieldsProps {
  form: UseFormReturn<CircuitFormValues>;
  index: number;
  count: number;
  fieldId: string;
  members: Member[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One step of the circuit: its name, who approves, how many, its deadline; moved with buttons (no drag). */
export function StepFields({ form, index, count, fieldId, members, onMove, onRemove }: StepFieldsProps) {
  const { t } = useTranslation();
  const { register, watch, formState, getValues } = form;
  const errors = formState.errors.steps?.[index];
  const kind = watch(`steps.${index}.approverKind`);
  const quorum = watch(`steps.${index}.quorum`);
  const number = index + 1;
  const sr = (
    <>
      {' '}
      <span className="pv-sr-only">{t('circuitForm.stepSr', { number })}</span>
    </>
  );
  return (
    <fieldset className="pv-fieldset gov-step">
      <legend>{t('circuitForm.stepLegend', { number })}</legend>
      <TextField label={t('circuitForm.stepName')} error={errors?.name?.message} {...register(`steps.${index}.name`, { required: t('validation.required'), validate: (v) => v.trim() !== '' || t('validation.required'), maxLength: { value: 120, message: t('validation.maxLength', { max: 120 }) } })} />
      <SelectField
        label={t('circuitForm.approverKind')}
        hint={kind === 'external' ? t('circuitForm.externalHint') : undefined}
        error={errors?.approverKind?.message}
        {...register(`steps.${index}.approverKind`)}
      >
        {STEP_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(KIND_LABELS[k])}
          </option>
        ))}
      </SelectField>
      {kind === 'role' && (
        <SelectField label={t('circuitForm.role')} error={errors?.role?.message} {...register(`steps.${index}.role`)}>
          {APPROVING_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
      )}
      {kind === 'members' && (
        <fieldset className="pv-fieldset gov-checklist" aria-describedby={errors?.membershipIds ? `${fieldId}-members-error` : undefined}>
          <legend>{t('circuitForm.members')}</legend>
          {members.length === 0 && <p>{t('circuitForm.noMembers')}</p>}
          {members.map((member) => (
            <label key={member.id} className="pv-checkbox">
              <input type="checkbox" value={member.id} {...register(`steps.${index}.membershipIds`, { validate: (ids) => kind !== 'members' || ids.length > 0 || t('circuitForm.pickMembers') })} />
              {member.displayName}
            </label>
          ))}
          {errors?.membershipIds && (
            <p className="pv-error-text" id={`${fieldId}-members-error`}>
              {errors.membershipIds.message}
            </p>
          )}
        </fieldset>
      )}
      <div className="gov-form__row">
        <SelectField label={t('circuitForm.quorum')} error={errors?.quorum?.message} {...register(`steps.${index}.quorum`)}>
          <option value="any">{t('circuitForm.quorumAny')}</option>
          <option value="all">{t('circuitForm.quorumAll')}</option>
          <option value="count">{t('circuitForm.quorumCount')}</option>
        </SelectField>
        {quorum === 'count' && (
          <TextField
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            label={t('circuitForm.quorumCountValue')}
            error={errors?.quorumCount?.message}
            {...register(`steps.${index}.quorumCount`, {
              validate: (value) => {
                const base = integerRule(t, 1, 50, false).validate(value);
                if (base !== true) return base;
                const step = getValues(`steps.${index}`);
                return step.approverKind !== 'members' || Number(value) <= step.membershipIds.length || t('circuitForm.countTooHigh');
              },
            })}
          />
        )}
        <TextField
          type="number"
          inputMode="numeric"
          min={1}
          max={720}
          label={t('circuitForm.deadline')}
          hint={t('circuitForm.deadlineHint')}
          error={errors?.deadlineHours?.message}
          {...register(`steps.${index}.deadlineHours`, integerRule(t, 1, 720, true))}
        />
      </div>
      <div className="pv-button-row">
        <Button id={`${fieldId}-up`} variant="secondary" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
          {t('circuitForm.moveUp')}
          {sr}
        </Button>
        <Button id={`${fieldId}-down`} variant="secondary" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
          {t('circuitForm.moveDown')}
          {sr}
        </Button>
        <Button variant="tertiary" disabled={count === 1} onClick={() => onRemove(index)}>
          {t('circuitForm.removeStep')}
          {sr}
        </Button>
      </div>
    </fieldset>
  );
}

