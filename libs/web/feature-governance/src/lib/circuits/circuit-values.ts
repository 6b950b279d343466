import type { ApproverKind, Circuit, CircuitCondition, CircuitInput, CircuitStep } from '../data/governance-api';

type Network = NonNullable<CircuitCondition['networks']>[number];

export type StepRole = NonNullable<CircuitStep['role']>;
export type Quorum = CircuitStep['quorum'];
export type TriState = '' | 'true' | 'false';

/** One step as the form holds it: numbers as typed (strings), every kind's fields kept while switching. */
export interface StepValues {
  name: string;
  approverKind: ApproverKind;
  role: StepRole;
  membershipIds: string[];
  quorum: Quorum;
  quorumCount: string;
  deadlineHours: string;
}

export interface CircuitFormValues {
  name: string;
  kind: 'base' | 'addition';
  priority: string;
  condition: {
    themeIds: string[];
    networks: Network[];
    channelIds: string[];
    sensitive: TriState;
    electoralReserve: TriState;
  };
  steps: StepValues[];
}

export const MAX_STEPS = 10;

export const emptyStep = (): StepValues => ({
  name: '',
  approverKind: 'role',
  role: 'editor',
  membershipIds: [],
  quorum: 'any',
  quorumCount: '',
  deadlineHours: '',
});

const triState = (value: boolean | undefined): TriState => (value === undefined ? '' : value ? 'true' : 'false');
const fromTriState = (value: TriState): boolean | undefined => (value === '' ? undefined : value === 'true');

/** The form's starting values: a new circuit (one empty step) or the circuit being edited. */
export function formValuesOf(circuit: Circuit | null): CircuitFormValues {
  if (!circuit) {
    return {
      name: '',
      kind: 'base',
      priority: '0',
      condition: { themeIds: [], networks: [], channelIds: [], sensitive: '', electoralReserve: '' },
      steps: [emptyStep()],
    };
  }
  const c = circuit.condition;
  return {
    name: circuit.name,
    kind: circuit.kind,
    priority: String(circuit.priority),
    condition: {
      themeIds: [...(c.themeIds ?? [])],
      networks: [...(c.networks ?? [])],
      channelIds: [...(c.channelIds ?? [])],
      sensitive: triState(c.sensitive),
      electoralReserve: triState(c.electoralReserve),
    },
    steps: circuit.steps.map((step) => ({
      ...emptyStep(),
      name: step.name,
      approverKind: step.approverKind,
      role: step.role ?? 'editor',
      membershipIds: [...(step.membershipIds ?? [])],
      quorum: step.quorum,
      quorumCount: step.quorumCount === undefined ? '' : String(step.quorumCount),
      deadlineHours: step.deadlineHours === undefined || step.deadlineHours === null ? '' : String(step.deadlineHours),
    })),
  };
}

function stepInput(step: StepValues): CircuitStep {
  return {
    name: step.name.trim(),
    approverKind: step.approverKind,
    ...(step.approverKind === 'role' ? { role: step.role } : {}),
    ...(step.approverKind === 'members' ? { membershipIds: [...step.membershipIds] } : {}),
    quorum: step.quorum,
    ...(step.quorum === 'count' ? { quorumCount: Number(step.quorumCount) } : {}),
    deadlineHours: step.deadlineHours.trim() === '' ? null : Number(step.deadlineHours),
  };
}

function conditionInput(values: CircuitFormValues['condition']): CircuitCondition {
  const sensitive = fromTriState(values.sensitive);
  const electoralReserve = fromTriState(values.electoralReserve);
  return {
    ...(values.themeIds.length > 0 ? { themeIds: [...values.themeIds] } : {}),
    ...(values.networks.length > 0 ? { networks: [...values.networks] } : {}),
    ...(values.channelIds.length > 0 ? { channelIds: [...values.channelIds] } : {}),
    ...(sensitive !== undefined ? { sensitive } : {}),
    ...(electoralReserve !== undefined ? { electoralReserve } : {}),
  };
}

/** What the API receives for the form's values (whole circuit). */
export function circuitInput(values: CircuitFormValues): CircuitInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    priority: Number(values.priority),
    condition: conditionInput(values.condition),
    steps: values.steps.map(stepInput),
  };
}

/** Only the fields the user changed, so a concurrent edit of another field is not overwritten. */
export function changedFields(values: CircuitFormValues, original: Circuit): Partial<CircuitInput> {
  const next = circuitInput(values);
  const before = circuitInput(formValuesOf(original));
  const changed: Partial<CircuitInput> = {};
  if (next.name !== before.name) changed.name = next.name;
  if (next.kind !== before.kind) changed.kind = next.kind;
  if (next.priority !== before.priority) changed.priority = next.priority;
  if (JSON.stringify(next.condition) !== JSON.stringify(before.condition)) changed.condition = next.condition;
  if (JSON.stringify(next.steps) !== JSON.stringify(before.steps)) changed.steps = next.steps;
  return changed;
}

/** Server field names (steps.1.quorumCount, condition.themeIds…) are the form's own paths. */
export function serverFieldPaths(stepCount: number): string[] {
  const stepFields = ['name', 'approverKind', 'role', 'membershipIds', 'quorum', 'quorumCount', 'deadlineHours'];
  const steps = Array.from({ length: stepCount }, (_, i) => stepFields.map((f) => `steps.${i}.${f}`)).flat();
  return ['name', 'kind', 'priority', 'steps', 'condition.themeIds', 'condition.networks', 'condition.channelIds', 'condition.sensitive', 'condition.electoralReserve', ...steps];
}
