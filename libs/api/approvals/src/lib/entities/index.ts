import { ApproverAbsenceEntity } from './approver-absence.entity';
import { CircuitEntity } from './circuit.entity';
import { ElectionDeclarationEntity } from './election-declaration.entity';
import { ExternalReviewLinkEntity } from '../external-review/external-review-link.entity';
import { PostDecisionEntity } from './post-decision.entity';
import { PostReviewEntity } from './post-review.entity';
import { PublicationPauseEntity } from './publication-pause.entity';

export { ApproverAbsenceEntity, CircuitEntity, ElectionDeclarationEntity, ExternalReviewLinkEntity, PostDecisionEntity, PostReviewEntity, PublicationPauseEntity };
export type { DecisionKind } from './post-decision.entity';

export const APPROVALS_ENTITIES = [CircuitEntity, PostReviewEntity, PostDecisionEntity, ApproverAbsenceEntity, PublicationPauseEntity, ElectionDeclarationEntity, ExternalReviewLinkEntity];
