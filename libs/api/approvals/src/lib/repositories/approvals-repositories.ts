import { Injectable } from '@nestjs/common';
import { OrgBound, OrgRepository, TransactionContext } from '@parvis/api/core';
import { ElectionDeclarationEntity, PublicationPauseEntity } from '../entities';
import { CircuitsRepository } from './circuits.repository';
import { AbsencesRepository } from './absences.repository';
import { ApproverDirectory } from './approver-directory';
import { PostTimelineRepository } from './post-timeline.repository';
import { ReviewQueueRepository } from './review-queue.repository';
import { DecisionsRepository, ReviewsRepository } from './reviews.repository';

/** Every approvals repository, bound to one organisation. */
export interface ApprovalsRepos {
  circuits: CircuitsRepository;
  reviews: ReviewsRepository;
  decisions: DecisionsRepository;
  absences: AbsencesRepository;
  pauses: OrgRepository<PublicationPauseEntity>;
  elections: OrgRepository<ElectionDeclarationEntity>;
  directory: ApproverDirectory;
  queue: ReviewQueueRepository;
  timeline: PostTimelineRepository;
}

/** The approvals module's way to its data: `forOrg(scope)` hands repositories bound to that organisation. */
@Injectable()
export class ApprovalsRepositories {
  constructor(private readonly transactions: TransactionContext) {}

  forOrg(scope: OrgBound): ApprovalsRepos {
    const tx = this.transactions;
    const id = scope.organizationId;
    return {
      circuits: new CircuitsRepository(tx, id),
      reviews: new ReviewsRepository(tx, id),
      decisions: new DecisionsRepository(tx, id),
      absences: new AbsencesRepository(tx, id),
      pauses: new OrgRepository(tx, PublicationPauseEntity, id),
      elections: new OrgRepository(tx, ElectionDeclarationEntity, id),
      directory: new ApproverDirectory(tx, id),
      queue: new ReviewQueueRepository(tx, id),
      timeline: new PostTimelineRepository(tx, id),
    };
  }
}
