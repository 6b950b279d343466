import type { Network } from '../planning/networks';
import { Role } from '../identity/roles';

/**
 * Who decides at a step: everyone holding a role, named members, the head of the author's service,
 * or people without an account (an élu, the cabinet) through the signed links an editor sends them.
 */
export type StepApprovers =
  | { kind: 'role'; role: Role }
  | { kind: 'members'; membershipIds: readonly string[] }
  | { kind: 'service_head' }
  | { kind: 'external' };

/** How many of the step's approvers must approve: one, every one, or a number. */
export type StepQuorum = { kind: 'any' } | { kind: 'all' } | { kind: 'count'; count: number };

export interface CircuitStep {
  name: string;
  approvers: StepApprovers;
  quorum: StepQuorum;
  /** Hours the step has before it is late (reminders, the queue's order); null: none. */
  deadlineHours: number | null;
}

/** When a circuit applies: every condition given must hold (none given: always). */
export interface CircuitCondition {
  themeIds?: readonly string[];
  networks?: readonly Network[];
  channelIds?: readonly string[];
  /** The author marked the post "sensible". */
  sensitive?: boolean;
  /** During a réserve électorale window. */
  electoralReserve?: boolean;
}

export type CircuitKind = 'base' | 'addition';

export interface CircuitDefinition {
  id: string;
  name: string;
  /** base: one is chosen (the matching one of highest priority, else the default); addition: its steps are added when it matches. */
  kind: CircuitKind;
  isDefault: boolean;
  priority: number;
  condition: CircuitCondition;
  steps: readonly CircuitStep[];
}

/** What routing looks at in a post being submitted. */
export interface RoutedPost {
  themeId: string | null;
  networks: readonly Network[];
  channelIds: readonly string[];
  sensitive: boolean;
  inElectoralReserve: boolean;
}

/** Roles a step may name: they are the ones the state machine lets decide. */
export const APPROVING_ROLES: readonly Role[] = [Role.Admin, Role.Editor, Role.Approver];

/** The default circuit every organisation has: one step, decided by any editor. */
export const DEFAULT_CIRCUIT_STEPS: readonly CircuitStep[] = [
  { name: 'Validation éditoriale', approvers: { kind: 'role', role: Role.Editor }, quorum: { kind: 'any' }, deadlineHours: null },
];

const overlaps = <T>(wanted: readonly T[] | undefined, actual: readonly T[]): boolean => !wanted || wanted.length === 0 || wanted.some((w) => actual.includes(w));

export function circuitMatches(condition: CircuitCondition, post: RoutedPost): boolean {
  if (condition.themeIds && condition.themeIds.length > 0 && (post.themeId === null || !condition.themeIds.includes(post.themeId))) return false;
  if (!overlaps(condition.networks, post.networks) || !overlaps(condition.channelIds, post.channelIds)) return false;
  if (condition.sensitive !== undefined && condition.sensitive !== post.sensitive) return false;
  if (condition.electoralReserve !== undefined && condition.electoralReserve !== post.inElectoralReserve) return false;
  return true;
}

export interface Routing {
  circuitId: string | null;
  circuitName: string;
  steps: CircuitStep[];
}

/**
 * The steps a post goes through: the matching base circuit of highest priority (else the default),
 * then the steps of every matching addition, in priority order. Pure; the caller snapshots the result.
 */
export function routePost(circuits: readonly CircuitDefinition[], post: RoutedPost): Routing {
  const byPriority = [...circuits].sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name));
  const base =
    byPriority.find((c) => c.kind === 'base' && !c.isDefault && circuitMatches(c.condition, post)) ?? byPriority.find((c) => c.kind === 'base' && c.isDefault);
  const additions = byPriority.filter((c) => c.kind === 'addition' && circuitMatches(c.condition, post));
  const steps = [...(base?.steps ?? DEFAULT_CIRCUIT_STEPS), ...additions.flatMap((c) => c.steps)].map((s) => ({ ...s }));
  const name = [base?.name ?? 'Circuit par défaut', ...additions.map((c) => c.name)].join(' + ');
  return { circuitId: base?.id ?? null, circuitName: name, steps };
}

/** One approval given at a step: by whom, and for whom when a substitute decides for an absent approver. */
export interface StepApproval {
  membershipId: string;
  onBehalfOfMembershipId: string | null;
}

/**
 * Whether the approvals complete the step. `eligible`: the step's approvers now (without the
 * author). "all" counts an absent approver as covered when their substitute approved for them.
 */
export function quorumReached(quorum: StepQuorum, eligible: readonly string[], approvals: readonly StepApproval[]): boolean {
  const covered = new Set(approvals.flatMap((a) => (a.onBehalfOfMembershipId ? [a.membershipId, a.onBehalfOfMembershipId] : [a.membershipId])));
  switch (quorum.kind) {
    case 'any':
      return approvals.length >= 1;
    case 'count':
      return approvals.length >= quorum.count;
    case 'all':
      return eligible.length > 0 ? eligible.every((id) => covered.has(id)) : approvals.length >= 1;
  }
}

/** The fields of the step that are wrong, named as the API names them (empty: valid). */
export function circuitStepErrors(step: CircuitStep, index: number): string[] {
  const field = `steps.${index}`;
  const errors: string[] = [];
  if (step.approvers.kind === 'role' && !APPROVING_ROLES.includes(step.approvers.role)) errors.push(`${field}.role`);
  if (step.approvers.kind === 'members' && step.approvers.membershipIds.length === 0) errors.push(`${field}.membershipIds`);
  if (step.quorum.kind === 'count' && step.approvers.kind === 'members' && step.quorum.count > step.approvers.membershipIds.length) errors.push(`${field}.quorumCount`);
  return errors;
}
