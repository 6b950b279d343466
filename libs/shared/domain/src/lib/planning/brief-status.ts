/** The life of a brief (a subject planned in the calendar). */
export enum BriefStatus {
  Idea = 'idea',
  Assigned = 'assigned',
  InProgress = 'in_progress',
  DraftSubmitted = 'draft_submitted',
  Done = 'done',
  Cancelled = 'cancelled',
}

export const ALL_BRIEF_STATUSES: readonly BriefStatus[] = Object.values(BriefStatus);

const NEXT: Record<BriefStatus, readonly BriefStatus[]> = {
  [BriefStatus.Idea]: [BriefStatus.Assigned, BriefStatus.Cancelled],
  [BriefStatus.Assigned]: [BriefStatus.InProgress, BriefStatus.Idea, BriefStatus.Cancelled],
  [BriefStatus.InProgress]: [BriefStatus.DraftSubmitted, BriefStatus.Assigned, BriefStatus.Cancelled],
  [BriefStatus.DraftSubmitted]: [BriefStatus.Done, BriefStatus.InProgress, BriefStatus.Cancelled],
  [BriefStatus.Done]: [],
  [BriefStatus.Cancelled]: [BriefStatus.Idea],
};

export function canMoveBrief(from: BriefStatus, to: BriefStatus): boolean {
  return NEXT[from].includes(to);
}

export function isFinalBriefStatus(status: BriefStatus): boolean {
  return NEXT[status].length === 0;
}
