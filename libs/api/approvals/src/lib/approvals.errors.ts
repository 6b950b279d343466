import { defineErrorCodes } from '@parvis/api/core';

/** The approvals module's closed set of error codes (circuits, decisions, pause, elections, audit). */
export const ApprovalsErrorCode = defineErrorCodes('approvals', {
  CircuitNotFound: 'CIRCUIT_NOT_FOUND',
  /** The default circuit is edited, never deleted. */
  DefaultCircuitRequired: 'CIRCUIT_DEFAULT_REQUIRED',
  ReviewNotFound: 'REVIEW_NOT_FOUND',
  AbsenceNotFound: 'ABSENCE_NOT_FOUND',
  ElectionNotFound: 'ELECTION_NOT_FOUND',
  /** The state machine refuses the move in this state. */
  TransitionNotAllowed: 'POST_TRANSITION_NOT_ALLOWED',
  /** The caller is not one of the current step's approvers (nor their substitute). */
  NotStepApprover: 'POST_NOT_STEP_APPROVER',
  /** Nobody approves their own post. */
  SelfApproval: 'POST_SELF_APPROVAL',
  /** The post changed since the approver loaded it: details.contentHash is the current one. */
  ContentChanged: 'POST_CONTENT_CHANGED',
  /** The review moved to another step since the approver loaded it. */
  StepChanged: 'REVIEW_STEP_CHANGED',
  /** This member already decided at this step. */
  AlreadyDecided: 'REVIEW_ALREADY_DECIDED',
  /** During a réserve électorale every post answers the four neutrality criteria. */
  NeutralityChecklistIncomplete: 'NEUTRALITY_CHECKLIST_INCOMPLETE',
  /** Boosted or sponsored options are refused during a réserve électorale (CE, 28 May 2021, n° 445567). */
  SponsoredInElectoralReserve: 'SPONSORED_IN_ELECTORAL_RESERVE',
});

export type ApprovalsErrorCode = (typeof ApprovalsErrorCode)[keyof typeof ApprovalsErrorCode];

declare module '@parvis/api/core' {
  interface ErrorCodeRegistry {
    approvals: typeof ApprovalsErrorCode;
  }
}
