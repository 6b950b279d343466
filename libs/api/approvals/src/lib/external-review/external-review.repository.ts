import { Injectable } from '@nestjs/common';
import { OrgBound, OrgRepository, TransactionContext } from '@parvis/api/core';
import { ExternalReviewLinkEntity } from './external-review-link.entity';

/** An organisation's external review links. */
export class ExternalReviewLinksRepository extends OrgRepository<ExternalReviewLinkEntity> {
  forPost(postId: string, limit: number): Promise<ExternalReviewLinkEntity[]> {
    return this.select().andWhere('row.post_id = :postId', { postId }).orderBy('row.created_at', 'DESC').addOrderBy('row.id', 'DESC').limit(limit).getMany();
  }

  forPostAndId(postId: string, id: string): Promise<ExternalReviewLinkEntity | null> {
    return this.select().andWhere('row.post_id = :postId AND row.id = :id', { postId, id }).getOne();
  }

  /** The links sent for one step of one round (the step's quorum counts them). */
  forStep(postId: string, round: number, step: number): Promise<ExternalReviewLinkEntity[]> {
    return this.select().andWhere('row.post_id = :postId AND row.round = :round AND row.step = :step', { postId, round, step }).getMany();
  }

  countForRound(postId: string, round: number): Promise<number> {
    return this.select().andWhere('row.post_id = :postId AND row.round = :round', { postId, round }).getCount();
  }
}

/** Where a public token leads: the link's organisation, found by the hash of the token's random id. */
export interface LinkLocation {
  organizationId: string;
  organizationName: string;
  timeZone: string;
  linkId: string;
  postId: string;
}

/**
 * The one cross-organisation read of the external review links: a public token names no organisation.
 * It only locates the link; everything after runs through repositories bound to that organisation.
 */
@Injectable()
export class ExternalReviewLookup {
  constructor(private readonly transactions: TransactionContext) {}

  forOrg(scope: OrgBound): ExternalReviewLinksRepository {
    return new ExternalReviewLinksRepository(this.transactions, ExternalReviewLinkEntity, scope.organizationId);
  }

  /** The organisation's own name (for the mail and the public page). */
  async organizationName(scope: OrgBound): Promise<string> {
    const rows: { name: string }[] = await this.transactions.manager.query('SELECT name FROM organization WHERE id = $1', [scope.organizationId]);
    return rows[0]?.name ?? '';
  }

  async locate(lookupHash: string): Promise<LinkLocation | null> {
    const rows: LinkLocation[] = await this.transactions.manager.query(
      `SELECT l.organization_id AS "organizationId", o.name AS "organizationName", o.time_zone AS "timeZone", l.id AS "linkId", l.post_id AS "postId"
         FROM external_review_link l JOIN organization o ON o.id = l.organization_id
        WHERE l.lookup_hash = $1`,
      [lookupHash],
    );
    return rows[0] ?? null;
  }
}
