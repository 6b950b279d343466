import { HttpStatus } from '@nestjs/common';
import { AppError, FieldError, OrgScope } from '@parvis/api/core';
import { BriefStatus, can, canMoveBrief } from '@parvis/shared/domain';
import { UpdateBriefDto } from '../dto/brief.dto';
import { BriefEntity } from '../entities';
import { PlanningErrorCode } from './planning.errors';

/** The status steps an assignee takes on their own brief. */
export const ASSIGNEE_STATUSES: readonly BriefStatus[] = [BriefStatus.InProgress, BriefStatus.DraftSubmitted];
/** What an assignee may rewrite while the brief is still their proposal (an idea). */
const PROPOSAL_TEXT_FIELDS: readonly (keyof UpdateBriefDto)[] = ['title', 'body'];

const sentFields = (body: UpdateBriefDto): (keyof UpdateBriefDto)[] =>
  (Object.keys(body) as (keyof UpdateBriefDto)[]).filter((key) => body[key] !== undefined);

/**
 * What a member who does not plan (a contributor) may change: only a brief assigned to them; its
 * status along their own steps; its text while it is still their idea. Each refusal says which.
 */
export function assertContributorChange(scope: OrgScope, brief: BriefEntity, body: UpdateBriefDto): void {
  if (can(scope.role, 'planning.edit')) return;
  if (brief.assigneeMembershipId !== scope.membershipId) {
    throw AppError.forbidden(PlanningErrorCode.NotAssignee, 'This brief is not assigned to you: only its assignee or an editor may change it');
  }
  const textAllowed = brief.status === BriefStatus.Idea;
  const refused: FieldError[] = sentFields(body)
    .filter((field) => field !== 'status' && !(textAllowed && PROPOSAL_TEXT_FIELDS.includes(field)))
    .map((field) => ({
      field,
      messages: [textAllowed ? `${field} is set by an editor` : `${field} is set by an editor (you may change the text while the brief is an idea)`],
    }));
  if (refused.length > 0) {
    throw new AppError(PlanningErrorCode.AssigneeFieldNotAllowed, `Only an editor may change: ${refused.map((r) => r.field).join(', ')}`, HttpStatus.FORBIDDEN, refused);
  }
  if (body.status !== undefined && body.status !== brief.status && !ASSIGNEE_STATUSES.includes(body.status)) {
    throw new AppError(PlanningErrorCode.AssigneeStatusNotAllowed, `An assignee may move a brief to ${ASSIGNEE_STATUSES.join(' or ')} only`, HttpStatus.FORBIDDEN, [
      { field: 'status', messages: [`status may be ${ASSIGNEE_STATUSES.join(' or ')}`] },
    ]);
  }
}

/** The status after a change: the requested step (if allowed), then the effect of (un)assigning. */
export function nextStatus(current: BriefStatus, requested: BriefStatus | undefined, assignment: 'assigned' | 'unassigned' | 'unchanged'): BriefStatus {
  let status = current;
  if (requested !== undefined && requested !== current) {
    if (!canMoveBrief(current, requested)) {
      throw new AppError(PlanningErrorCode.InvalidTransition, `A brief cannot go from ${current} to ${requested}`, HttpStatus.CONFLICT, [
        { field: 'status', messages: [`status cannot go from ${current} to ${requested}`] },
      ]);
    }
    status = requested;
  }
  if (assignment === 'assigned' && status === BriefStatus.Idea) return BriefStatus.Assigned;
  if (assignment === 'unassigned' && status === BriefStatus.Assigned) return BriefStatus.Idea;
  return status;
}
