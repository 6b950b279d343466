import { can } from '../identity/permissions';
import type { Role } from '../identity/roles';
import { ALL_POST_ACTIONS, PostAction, PostStatus } from './post-lifecycle';

/** The post as the rules need it. */
export interface PostSnapshot {
  status: PostStatus;
  /** The circuit step under review (0-based) while in_review, else null. */
  reviewStep: number | null;
  /** Steps of the circuit the post was routed to (at least 1). */
  stepCount: number;
  authorId: string;
  /** Content hash of every variant now (content-hash.ts). */
  contentHash: string;
  /** Content hash the final approval was given to; null before approval. */
  approvedContentHash: string | null;
}

/**
 * Who acts. `member`: a member of the organisation with their role; `external`: an élu or cabinet
 * member deciding through a signed link; `system`: the scheduler and the publisher. `stepApprover` is
 * resolved by the caller (the circuit's current step names the actor, directly, by role, as head of
 * the author's service or as a substitute).
 */
export type PostActor =
  | { kind: 'member'; userId: string; role: Role; stepApprover: boolean }
  | { kind: 'external'; stepApprover: boolean }
  | { kind: 'system' };

export interface ActionInput {
  action: PostAction;
  comment?: string;
  justification?: string;
  /** Approve: the hash of the content the approver saw (refused if the post changed meanwhile). */
  seenContentHash?: string;
  /** Approve: this decision completes the step's quorum (false: recorded, the step waits for others). */
  completesStep?: boolean;
  /** Reconcile: what the network says happened. */
  outcome?: 'published' | 'failed';
}

export type Requirement = 'comment' | 'justification' | 'seen_content_hash' | 'outcome';

export type RefusalCode =
  | 'not_allowed_in_state'
  | 'not_allowed_for_actor'
  | 'self_approval'
  | 'comment_required'
  | 'justification_required'
  | 'content_changed'
  | 'content_changed_since_approval'
  | 'outcome_required';

export interface PostEffects {
  /** Every approval given so far is void: the post goes back to the first step. */
  approvalsReset: boolean;
  /** Published through the urgent path: reviewed afterwards and logged as urgent. */
  urgent: boolean;
}

export type TransitionResult =
  | { ok: true; status: PostStatus; reviewStep: number | null; effects: PostEffects }
  | { ok: false; refusal: RefusalCode };

/** Who may make a move; several parties means any of them. */
export type Party = 'author' | 'planner' | 'step_approver' | 'external_approver' | 'system';

interface Rule {
  from: readonly PostStatus[];
  parties: readonly Party[];
  requires: readonly Requirement[];
  /** The approved content must still be the content (schedule, publish). */
  approvedContentOnly?: boolean;
  next: (post: PostSnapshot, input: ActionInput) => { status: PostStatus; reviewStep: number | null; approvalsReset?: boolean; urgent?: boolean };
}

const S = PostStatus;
const BEFORE_APPROVAL = [S.Draft, S.InReview, S.ChangesRequested] as const;
const REVIEWING = [S.InReview] as const;
const to = (status: PostStatus) => () => ({ status, reviewStep: null });
const firstStep = () => ({ status: S.InReview, reviewStep: 0 });

/** The whole machine as data: from which states, by whom, with what. */
export const POST_RULES: Readonly<Record<PostAction, Rule>> = {
  [PostAction.Submit]: { from: [S.Draft, S.ChangesRequested], parties: ['author', 'planner'], requires: [], next: firstStep },
  [PostAction.Approve]: {
    from: REVIEWING,
    parties: ['step_approver', 'external_approver'],
    requires: ['seen_content_hash'],
    next: (post, input) => {
      const step = post.reviewStep ?? 0;
      if (input.completesStep === false) return { status: S.InReview, reviewStep: step };
      return step + 1 < post.stepCount ? { status: S.InReview, reviewStep: step + 1 } : { status: S.Approved, reviewStep: null };
    },
  },
  [PostAction.RequestChanges]: { from: REVIEWING, parties: ['step_approver', 'external_approver'], requires: ['comment'], next: to(S.ChangesRequested) },
  [PostAction.Reject]: { from: REVIEWING, parties: ['step_approver'], requires: ['comment'], next: to(S.Rejected) },
  [PostAction.Withdraw]: { from: [S.InReview, S.ChangesRequested, S.Approved, S.Scheduled], parties: ['author'], requires: [], next: to(S.Withdrawn) },
  [PostAction.Edit]: {
    from: [S.Draft, S.ChangesRequested, S.InReview, S.Approved, S.Scheduled, S.Failed, S.Withdrawn, S.Missed],
    parties: ['author', 'planner'],
    requires: [],
    next: (post) => {
      // Before review the post stays where it is; once under review or approved, any edit voids the approvals.
      if (post.status === S.Draft || post.status === S.ChangesRequested) return { status: post.status, reviewStep: null };
      if (post.status === S.Withdrawn || post.status === S.Missed) return { status: S.Draft, reviewStep: null };
      return { ...firstStep(), approvalsReset: true };
    },
  },
  [PostAction.Schedule]: { from: [S.Approved], parties: ['planner'], requires: [], approvedContentOnly: true, next: to(S.Scheduled) },
  [PostAction.Unschedule]: { from: [S.Scheduled], parties: ['planner'], requires: [], next: to(S.Approved) },
  [PostAction.PublishNow]: { from: [S.Approved, S.Scheduled], parties: ['planner'], requires: [], approvedContentOnly: true, next: to(S.Publishing) },
  [PostAction.PublishNowUrgent]: {
    from: [...BEFORE_APPROVAL, S.Approved, S.Scheduled],
    parties: ['planner'],
    requires: ['justification'],
    next: () => ({ status: S.Publishing, reviewStep: null, urgent: true }),
  },
  [PostAction.StartPublishing]: { from: [S.Scheduled], parties: ['system'], requires: [], approvedContentOnly: true, next: to(S.Publishing) },
  [PostAction.RecordPublished]: { from: [S.Publishing], parties: ['system'], requires: [], next: to(S.Published) },
  [PostAction.RecordFailed]: { from: [S.Publishing], parties: ['system'], requires: [], next: to(S.Failed) },
  [PostAction.RecordUnknown]: { from: [S.Publishing], parties: ['system'], requires: [], next: to(S.UnknownOutcome) },
  // An expired lease (publishing) or an unknown outcome is settled by asking the network, never by a blind retry.
  [PostAction.Reconcile]: {
    from: [S.Publishing, S.UnknownOutcome],
    parties: ['system'],
    requires: ['outcome'],
    next: (_post, input) => ({ status: input.outcome === 'published' ? S.Published : S.Failed, reviewStep: null }),
  },
  [PostAction.Retry]: { from: [S.Failed], parties: ['planner', 'system'], requires: [], approvedContentOnly: true, next: to(S.Publishing) },
  [PostAction.Cancel]: {
    from: [S.Draft, S.InReview, S.ChangesRequested, S.Approved, S.Scheduled, S.Failed, S.Withdrawn, S.Missed],
    parties: ['author', 'planner'],
    requires: [],
    next: to(S.Cancelled),
  },
  // A post not approved (or not scheduled) by its planned time does not go out.
  [PostAction.MarkMissed]: { from: [...BEFORE_APPROVAL, S.Approved], parties: ['system'], requires: [], next: to(S.Missed) },
};

/** Roles that may decide at a step that names them (the circuit editor offers only these). */
function mayApprove(role: Role): boolean {
  return can(role, 'post.approve') || can(role, 'post.schedule');
}

function actsAs(party: Party, post: PostSnapshot, actor: PostActor): boolean {
  switch (party) {
    case 'system':
      return actor.kind === 'system';
    case 'author':
      return actor.kind === 'member' && actor.userId === post.authorId && can(actor.role, 'post.draft');
    case 'planner':
      return actor.kind === 'member' && can(actor.role, 'post.schedule');
    case 'step_approver':
      return actor.kind === 'member' && actor.stepApprover && mayApprove(actor.role) && actor.userId !== post.authorId;
    case 'external_approver':
      return actor.kind === 'external' && actor.stepApprover;
  }
}

const DECISIONS: readonly PostAction[] = [PostAction.Approve, PostAction.RequestChanges, PostAction.Reject];

/** Whether the actor may make this move now, before the input's own requirements are checked. */
function refusalBeforeInput(post: PostSnapshot, actor: PostActor, action: PostAction): RefusalCode | null {
  const rule = POST_RULES[action];
  if (!rule.from.includes(post.status)) return 'not_allowed_in_state';
  if (!rule.parties.some((party) => actsAs(party, post, actor))) {
    // Nobody approves their own post, even when a step names them.
    const selfDecision = DECISIONS.includes(action) && actor.kind === 'member' && actor.userId === post.authorId && actor.stepApprover;
    return selfDecision ? 'self_approval' : 'not_allowed_for_actor';
  }
  if (rule.approvedContentOnly && post.approvedContentHash !== post.contentHash) return 'content_changed_since_approval';
  return null;
}

const filled = (text: string | undefined, minimum = 1): boolean => (text ?? '').trim().length >= minimum;
/** A written reason, not "ok": the urgent path is audited. */
export const MIN_JUSTIFICATION_LENGTH = 10;

function refusalOfInput(post: PostSnapshot, input: ActionInput, requires: readonly Requirement[]): RefusalCode | null {
  if (requires.includes('comment') && !filled(input.comment)) return 'comment_required';
  if (requires.includes('justification') && !filled(input.justification, MIN_JUSTIFICATION_LENGTH)) return 'justification_required';
  if (requires.includes('seen_content_hash') && input.seenContentHash !== post.contentHash) return 'content_changed';
  if (requires.includes('outcome') && input.outcome !== 'published' && input.outcome !== 'failed') return 'outcome_required';
  return null;
}

/** Applies one move: the next state and its effects, or why it is refused. Pure. */
export function decidePostTransition(post: PostSnapshot, actor: PostActor, input: ActionInput): TransitionResult {
  const rule = POST_RULES[input.action];
  const refusal = refusalBeforeInput(post, actor, input.action) ?? refusalOfInput(post, input, rule.requires);
  if (refusal) return { ok: false, refusal };
  const { status, reviewStep, approvalsReset = false, urgent = false } = rule.next(post, input);
  return { ok: true, status, reviewStep, effects: { approvalsReset, urgent } };
}

export interface AllowedAction {
  action: PostAction;
  /** What the SPA must ask for before sending (a comment, a justification…). */
  requires: readonly Requirement[];
}

/** The moves the SPA shows this actor for this post (the API re-checks each one). */
export function allowedPostActions(post: PostSnapshot, actor: PostActor): AllowedAction[] {
  return ALL_POST_ACTIONS.filter((action) => refusalBeforeInput(post, actor, action) === null)
    .map((action) => ({ action, requires: POST_RULES[action].requires }));
}
