import type { Member } from '@parvis/web/data-access';
import { Button, TextField } from '@parvis/web/ui';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ConflictDialog, FormError, MutationButton, requiredText, useServerFieldErrors, useVersionConflict } from '@parvis/web/shared';
import { useCreateCircuit, useUpdateCircuit, type Circuit } from '../data/governance-api';
import { changedFields, circuitInput, emptyStep, formValuesOf, MAX_STEPS, serverFieldPaths, type CircuitFormValues } from './circuit-values';
import { ConditionFields } from './condition-fields';
import { StepFields } from './step-fields';
import { useCircuitSummary } from './circuit-summary';

export interface CircuitFormProps {
  orgId: string;
  /** null: a new circuit. */
  circuit: Circuit | null;
  members: Member[];
  onDone: (saved: Circuit | null) => void;
}

/** Creates or edits a circuit: its kind and priority, conditions, and ordered steps. */
export function CircuitForm({ orgId, circuit, members, onDone }: CircuitFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const form = useForm<CircuitFormValues>({ defaultValues: formValuesOf(circuit) });
  const { register, handleSubmit, control, formState, setError, getValues, clearErrors } = form;
  const steps = useFieldArray({ control, name: 'steps' });
  const create = useCreateCircuit(orgId);
  const update = useUpdateCircuit(orgId);
  const mutation = circuit ? update : create;
  const applyServerFieldErrors = useServerFieldErrors();
  const { conflict, capture, clear } = useVersionConflict<Circuit>();
  const summary = useCircuitSummary(members);
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);
  const [moved, setMoved] = useState('');

  useEffect(() => {
    if (!focusAfterMove) return;
    const up = document.getElementById(`${focusAfterMove}-up`);
    const target = up && !(up as HTMLButtonElement).disabled ? up : document.getElementById(`${focusAfterMove}-down`);
    target?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const onServerError = (error: unknown) => {
    if (capture(error)) return;
    applyServerFieldErrors(error, setError, serverFieldPaths(getValues('steps').length) as Path<CircuitFormValues>[]);
  };
  const save = (values: CircuitFormValues, version?: number) => {
    if (!circuit) {
      create.mutate(circuitInput(values), { onSuccess: (saved) => onDone(saved), onError: onServerError });
      return;
    }
    const base = version === undefined ? circuit : (conflict?.current ?? circuit);
    update.mutate(
      { circuitId: circuit.id, version: version ?? circuit.version, body: version === undefined ? changedFields(values, base) : circuitInput(values) },
      {
        onSuccess: (saved) => {
          clear();
          onDone(saved);
        },
        onError: onServerError,
      },
    );
  };
  // The server's field errors are cleared at each attempt (one on a field since hidden would block the form).
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    clearErrors();
    return handleSubmit((values) => save(values))(event);
  };

  const move = (from: number, to: number) => {
    const id = steps.fields[from]?.id;
    steps.move(from, to);
    setMoved(t('circuitForm.stepMoved', { number: to + 1 }));
    if (id) setFocusAfterMove(id);
  };

  const mine = circuit && conflict ? summary.ofInput(circuitInput(getValues())) : null;
  const current = conflict ? summary.ofCircuit(conflict.current) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="gov-form gov-circuit-form" aria-labelledby={titleId}>
      <h2 id={titleId} className="pv-section__title">
        {circuit ? t('circuits.editTitle', { name: circuit.name }) : t('circuits.newTitle')}
      </h2>
      {!conflict && <FormError error={mutation.error} />}
      <TextField label={t('circuitForm.name')} error={formState.errors.name?.message} {...register('name', requiredText(t, 120))} />
      <fieldset className="pv-fieldset">
        <legend>{t('circuitForm.kind')}</legend>
        {circuit?.isDefault && <p className="pv-hint">{t('circuitForm.defaultKindHint')}</p>}
        <label className="pv-checkbox">
          <input type="radio" value="base" {...register('kind')} />
          <span>
            <strong>{t('circuitForm.kindBase')}</strong> — {t('circuitForm.kindBaseHint')}
          </span>
        </label>
        <label className="pv-checkbox">
          <input type="radio" value="addition" disabled={circuit?.isDefault} {...register('kind')} />
          <span>
            <strong>{t('circuitForm.kindAddition')}</strong> — {t('circuitForm.kindAdditionHint')}
          </span>
        </label>
        {formState.errors.kind && <p className="pv-error-text">{formState.errors.kind.message}</p>}
      </fieldset>
      <TextField
        type="number"
        inputMode="numeric"
        min={-1000}
        max={1000}
        label={t('circuitForm.priority')}
        hint={t('circuitForm.priorityHint')}
        error={formState.errors.priority?.message}
        {...register('priority', {
          validate: (value) => {
            const n = Number(value);
            return (value.trim() !== '' && Number.isInteger(n) && n >= -1000 && n <= 1000) || t('circuitForm.integer', { min: -1000, max: 1000 });
          },
        })}
      />
      <ConditionFields form={form} orgId={orgId} />
      <fieldset className="pv-fieldset">
        <legend>{t('circuitForm.steps')}</legend>
        <p className="pv-hint">{t('circuitForm.stepsHint')}</p>
        {formState.errors.steps?.message && <p className="pv-error-text">{formState.errors.steps.message}</p>}
        <ol className="gov-steps">
          {steps.fields.map((field, index) => (
            <li key={field.id}>
              <StepFields form={form} index={index} count={steps.fields.length} fieldId={field.id} members={members} onMove={move} onRemove={steps.remove} />
            </li>
          ))}
        </ol>
        <p className="pv-sr-only" role="status">
          {moved}
        </p>
        {steps.fields.length < MAX_STEPS ? (
          <Button variant="secondary" onClick={() => steps.append(emptyStep())}>
            {t('circuitForm.addStep')}
          </Button>
        ) : (
          <p>{t('circuitForm.maxSteps')}</p>
        )}
      </fieldset>
      <div className="pv-button-row">
        <MutationButton type="submit" mutation={mutation}>
          {circuit ? t('circuitForm.save') : t('circuitForm.create')}
        </MutationButton>
        <Button variant="secondary" onClick={() => onDone(null)}>
          {t('actions.cancel')}
        </Button>
      </div>
      <ConflictDialog
        open={conflict !== null}
        busy={update.isPending}
        rows={
          mine && current
            ? [
                { label: t('circuitForm.name'), mine: mine.name, current: current.name },
                { label: t('circuitForm.steps'), mine: mine.steps, current: current.steps },
                { label: t('circuits.conditionsTitle'), mine: mine.conditions, current: current.conditions },
              ]
            : []
        }
        onKeepMine={() => conflict && save(getValues(), conflict.current.version)}
        onTakeCurrent={() => {
          clear();
          onDone(null);
        }}
      />
    </form>
  );
}
