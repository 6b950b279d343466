import { APPROVING_ROLES, type CircuitStep } from '@parvis/shared/domain';
import type { ApprovalsRepos } from '../repositories/approvals-repositories';
import type { ApproverCandidate } from '../repositories/approver-directory';

/** Who may decide at a step today: the step's own approvers, and substitutes standing in for absent ones. */
export interface StepStanding {
  /** The step's approvers, the author left out (they never approve their own post). */
  eligible: string[];
  /** Each substitute, and the absent approvers they stand in for. */
  substitutes: Map<string, string[]>;
  /** True when the author is one of the step's approvers (a decision of theirs is a self-approval). */
  authorIsApprover: boolean;
}

async function candidates(repos: ApprovalsRepos, step: CircuitStep, authorMembershipId: string | null): Promise<ApproverCandidate[]> {
  switch (step.approvers.kind) {
    case 'role':
      return repos.directory.withRoles([step.approvers.role]);
    case 'members':
      return repos.directory.byIds(step.approvers.membershipIds);
    case 'service_head':
      return authorMembershipId ? repos.directory.serviceHeads(authorMembershipId, APPROVING_ROLES) : [];
    case 'external':
      // No member decides here: the people an editor sent a link to do (external-review.service).
      return [];
  }
}

export async function stepStanding(repos: ApprovalsRepos, step: CircuitStep, authorMembershipId: string | null, today: string): Promise<StepStanding> {
  const approvers = (await candidates(repos, step, authorMembershipId)).map((c) => c.membershipId);
  const eligible = approvers.filter((id) => id !== authorMembershipId);
  const substitutes = new Map<string, string[]>();
  for (const absence of await repos.absences.onDay(today)) {
    if (!eligible.includes(absence.membershipId) || absence.substituteMembershipId === authorMembershipId) continue;
    substitutes.set(absence.substituteMembershipId, [...(substitutes.get(absence.substituteMembershipId) ?? []), absence.membershipId]);
  }
  return { eligible, substitutes, authorIsApprover: authorMembershipId !== null && approvers.includes(authorMembershipId) };
}

/** Who is told a post waits for them: present approvers, and the substitutes of absent ones. */
export async function membersToAsk(repos: ApprovalsRepos, standing: StepStanding): Promise<ApproverCandidate[]> {
  const absent = new Set([...standing.substitutes.values()].flat());
  const ids = [...standing.eligible.filter((id) => !absent.has(id)), ...standing.substitutes.keys()];
  return repos.directory.byIds([...new Set(ids)]);
}
