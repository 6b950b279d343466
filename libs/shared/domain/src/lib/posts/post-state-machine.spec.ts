import { ALL_ROLES, Role } from '../identity/roles';
import { ALL_POST_ACTIONS, ALL_POST_STATUSES, PostAction, PostStatus } from './post-lifecycle';
import { allowedPostActions, decidePostTransition, type ActionInput, type PostActor, type PostSnapshot } from './post-state-machine';

/**
 * The rules, written out independently of the implementation: for each action, the states it starts
 * from and who may make it. "author": the post's author with a writing role (admin, editor,
 * contributor); "planner": admin or editor; "approver": a member the current step names, with a deciding
 * role (admin, editor, approver), who is not the author; "external": a named approver through a signed
 * link; "system": the scheduler and publisher.
 */
const RULES: Record<PostAction, [from: string, who: string]> = {
  submit: ['draft changes_requested', 'author planner'],
  approve: ['in_review', 'approver external'],
  request_changes: ['in_review', 'approver external'],
  reject: ['in_review', 'approver'],
  withdraw: ['in_review changes_requested approved scheduled', 'author'],
  edit: ['draft changes_requested in_review approved scheduled failed withdrawn missed', 'author planner'],
  schedule: ['approved', 'planner'],
  unschedule: ['scheduled', 'planner'],
  publish_now: ['approved scheduled', 'planner'],
  publish_now_urgent: ['draft in_review changes_requested approved scheduled', 'planner'],
  start_publishing: ['scheduled', 'system'],
  record_published: ['publishing', 'system'],
  record_failed: ['publishing', 'system'],
  record_unknown: ['publishing', 'system'],
  reconcile: ['publishing unknown_outcome', 'system'],
  retry: ['failed', 'planner system'],
  cancel: ['draft in_review changes_requested approved scheduled failed withdrawn missed', 'author planner'],
  mark_missed: ['draft in_review changes_requested approved', 'system'],
};

interface ActorCase {
  label: string;
  actor: PostActor;
  tags: Set<string>;
}

const AUTHOR_ID = 'u-author';
const WRITING = [Role.Admin, Role.Editor, Role.Contributor];
const PLANNING = [Role.Admin, Role.Editor];
const DECIDING = [Role.Admin, Role.Editor, Role.Approver];

function actorCases(): ActorCase[] {
  const cases: ActorCase[] = [
    { label: 'system', actor: { kind: 'system' }, tags: new Set(['system']) },
    { label: 'external approver', actor: { kind: 'external', stepApprover: true }, tags: new Set(['external']) },
    { label: 'external, not named', actor: { kind: 'external', stepApprover: false }, tags: new Set() },
  ];
  for (const role of ALL_ROLES) {
    for (const isAuthor of [true, false]) {
      for (const stepApprover of [true, false]) {
        const tags = new Set<string>();
        if (isAuthor && WRITING.includes(role)) tags.add('author');
        if (PLANNING.includes(role)) tags.add('planner');
        if (stepApprover && !isAuthor && DECIDING.includes(role)) tags.add('approver');
        cases.push({
          label: `${role}${isAuthor ? ' author' : ''}${stepApprover ? ' named at the step' : ''}`,
          actor: { kind: 'member', userId: isAuthor ? AUTHOR_ID : 'u-other', role, stepApprover },
          tags,
        });
      }
    }
  }
  return cases;
}

const snapshot = (status: PostStatus, extra: Partial<PostSnapshot> = {}): PostSnapshot => ({
  status,
  reviewStep: status === PostStatus.InReview ? 0 : null,
  stepCount: 2,
  authorId: AUTHOR_ID,
  contentHash: 'h1',
  approvedContentHash: 'h1',
  ...extra,
});

/** An input that meets every requirement, so only state and actor decide. */
const completeInput = (action: PostAction): ActionInput => ({
  action,
  comment: 'Merci de préciser l’horaire.',
  justification: 'Alerte météo : vigilance orange orages',
  seenContentHash: 'h1',
  outcome: 'published',
});

describe('post state machine: every state × action × actor', () => {
  const actors = actorCases();

  it('covers 13 states, 18 actions and 23 kinds of actor', () => {
    expect([ALL_POST_STATUSES.length, ALL_POST_ACTIONS.length, actors.length]).toEqual([13, 18, 23]);
    expect(Object.keys(RULES).sort()).toEqual([...ALL_POST_ACTIONS].sort());
  });

  it.each(ALL_POST_ACTIONS)('%s: allowed exactly from the listed states by the listed actors', (action) => {
    const [from, who] = RULES[action];
    const mismatches: string[] = [];
    for (const status of ALL_POST_STATUSES) {
      for (const { label, actor, tags } of actors) {
        const stateOk = from.split(' ').includes(status);
        const actorOk = who.split(' ').some((tag) => tags.has(tag));
        const result = decidePostTransition(snapshot(status), actor, completeInput(action));
        const offered = allowedPostActions(snapshot(status), actor).some((a) => a.action === action);
        if (result.ok !== (stateOk && actorOk) || offered !== result.ok) mismatches.push(`${status} by ${label}: ${JSON.stringify(result)} offered=${offered}`);
        if (!result.ok && !stateOk && result.refusal !== 'not_allowed_in_state') mismatches.push(`${status} by ${label}: ${result.refusal}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('post state machine: where each move leads', () => {
  const editor: PostActor = { kind: 'member', userId: 'u-editor', role: Role.Editor, stepApprover: true };
  const author: PostActor = { kind: 'member', userId: AUTHOR_ID, role: Role.Contributor, stepApprover: false };
  const system: PostActor = { kind: 'system' };
  const go = (post: PostSnapshot, actor: PostActor, action: PostAction, input: Partial<ActionInput> = {}) =>
    decidePostTransition(post, actor, { ...completeInput(action), ...input });

  it('walks draft → in review (step 1, then 2) → approved → scheduled → publishing → published', () => {
    expect(go(snapshot(PostStatus.Draft), author, PostAction.Submit)).toMatchObject({ ok: true, status: 'in_review', reviewStep: 0 });
    expect(go(snapshot(PostStatus.InReview), editor, PostAction.Approve)).toMatchObject({ ok: true, status: 'in_review', reviewStep: 1 });
    expect(go(snapshot(PostStatus.InReview, { reviewStep: 1 }), editor, PostAction.Approve)).toMatchObject({ ok: true, status: 'approved', reviewStep: null });
    expect(go(snapshot(PostStatus.Approved), editor, PostAction.Schedule)).toMatchObject({ ok: true, status: 'scheduled' });
    expect(go(snapshot(PostStatus.Scheduled), system, PostAction.StartPublishing)).toMatchObject({ ok: true, status: 'publishing' });
    expect(go(snapshot(PostStatus.Publishing), system, PostAction.RecordPublished)).toMatchObject({ ok: true, status: 'published' });
  });

  it('keeps the step while its quorum is not reached', () => {
    expect(go(snapshot(PostStatus.InReview), editor, PostAction.Approve, { completesStep: false })).toMatchObject({ ok: true, status: 'in_review', reviewStep: 0 });
  });

  it('refuses an approval of content the approver did not see', () => {
    expect(go(snapshot(PostStatus.InReview), editor, PostAction.Approve, { seenContentHash: 'h0' })).toEqual({ ok: false, refusal: 'content_changed' });
    expect(go(snapshot(PostStatus.InReview), editor, PostAction.Approve, { seenContentHash: undefined })).toEqual({ ok: false, refusal: 'content_changed' });
  });

  it('refuses self-approval, even when the step names the author', () => {
    const namedAuthor: PostActor = { kind: 'member', userId: AUTHOR_ID, role: Role.Approver, stepApprover: true };
    for (const action of [PostAction.Approve, PostAction.RequestChanges, PostAction.Reject]) {
      expect(go(snapshot(PostStatus.InReview), namedAuthor, action)).toEqual({ ok: false, refusal: 'self_approval' });
    }
  });

  it('requires a comment to request changes or reject, and a written justification for the urgent path', () => {
    expect(go(snapshot(PostStatus.InReview), editor, PostAction.RequestChanges, { comment: '  ' })).toEqual({ ok: false, refusal: 'comment_required' });
    expect(go(snapshot(PostStatus.InReview), editor, PostAction.Reject, { comment: undefined })).toEqual({ ok: false, refusal: 'comment_required' });
    expect(go(snapshot(PostStatus.InReview), editor, PostAction.RequestChanges)).toMatchObject({ ok: true, status: 'changes_requested' });
    expect(go(snapshot(PostStatus.Draft), editor, PostAction.PublishNowUrgent, { justification: 'urgent' })).toEqual({ ok: false, refusal: 'justification_required' });
    expect(go(snapshot(PostStatus.Draft), editor, PostAction.PublishNowUrgent)).toEqual({ ok: true, status: 'publishing', reviewStep: null, effects: { approvalsReset: false, urgent: true } });
  });

  it('sends an edited post back to the first step, voiding the approvals', () => {
    for (const status of [PostStatus.InReview, PostStatus.Approved, PostStatus.Scheduled, PostStatus.Failed]) {
      expect(go(snapshot(status, { reviewStep: status === PostStatus.InReview ? 1 : null }), author, PostAction.Edit)).toEqual({
        ok: true, status: 'in_review', reviewStep: 0, effects: { approvalsReset: true, urgent: false },
      });
    }
    expect(go(snapshot(PostStatus.Draft), author, PostAction.Edit)).toMatchObject({ status: 'draft', effects: { approvalsReset: false } });
    expect(go(snapshot(PostStatus.Withdrawn), author, PostAction.Edit)).toMatchObject({ status: 'draft' });
  });

  it('never schedules or publishes content changed since its approval', () => {
    const changed = { contentHash: 'h2', approvedContentHash: 'h1' };
    expect(go(snapshot(PostStatus.Approved, changed), editor, PostAction.Schedule)).toEqual({ ok: false, refusal: 'content_changed_since_approval' });
    expect(go(snapshot(PostStatus.Scheduled, changed), system, PostAction.StartPublishing)).toEqual({ ok: false, refusal: 'content_changed_since_approval' });
    expect(go(snapshot(PostStatus.Failed, changed), editor, PostAction.Retry)).toEqual({ ok: false, refusal: 'content_changed_since_approval' });
    expect(allowedPostActions(snapshot(PostStatus.Approved, changed), editor).map((a) => a.action)).not.toContain('schedule');
  });

  it('settles an unknown outcome only by reconciling with what the network says', () => {
    expect(go(snapshot(PostStatus.UnknownOutcome), system, PostAction.Reconcile, { outcome: undefined })).toEqual({ ok: false, refusal: 'outcome_required' });
    expect(go(snapshot(PostStatus.UnknownOutcome), system, PostAction.Reconcile, { outcome: 'failed' })).toMatchObject({ ok: true, status: 'failed' });
    expect(go(snapshot(PostStatus.UnknownOutcome), editor, PostAction.Retry)).toEqual({ ok: false, refusal: 'not_allowed_in_state' });
  });

  it('lists what the SPA offers, with what each move asks for', () => {
    const approver: PostActor = { kind: 'member', userId: 'u-val', role: Role.Approver, stepApprover: true };
    expect(allowedPostActions(snapshot(PostStatus.InReview), approver)).toEqual([
      { action: 'approve', requires: ['seen_content_hash'] },
      { action: 'request_changes', requires: ['comment'] },
      { action: 'reject', requires: ['comment'] },
    ]);
    expect(allowedPostActions(snapshot(PostStatus.Published), { kind: 'member', userId: 'u-admin', role: Role.Admin, stepApprover: true })).toEqual([]);
    expect(allowedPostActions(snapshot(PostStatus.Draft), { kind: 'member', userId: 'u-viewer', role: Role.Viewer, stepApprover: false })).toEqual([]);
  });
});
