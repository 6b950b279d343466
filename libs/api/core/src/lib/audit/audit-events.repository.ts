import { OrgRepository } from '../database/org-repository';
import { TransactionContext } from '../database/transaction-context';
import type { SortKey } from '../http/pagination';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditFilters {
  from?: Date;
  to?: Date;
  objectType?: string;
  objectId?: string;
  action?: string;
  actorMembershipId?: string;
}

/** The organisation's audit log: inserts and reads only (the database refuses anything else). */
export class AuditEventsRepository extends OrgRepository<AuditEventEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, AuditEventEntity, organizationId);
  }

  /**
   * Newest first: by instant, then by insertion order (`seq`; one transaction's events share their instant).
   * Keyset-paginated on (created_at, seq): the page after the cursor's row, read from the row itself
   * (the cursor's instant is to the millisecond, the column to the microsecond).
   */
  search(filters: AuditFilters, limit: number, after: SortKey | null): Promise<AuditEventEntity[]> {
    const query = this.select('e');
    if (filters.from) query.andWhere('e.created_at >= :from', { from: filters.from });
    if (filters.to) query.andWhere('e.created_at < :to', { to: filters.to });
    if (filters.objectType) query.andWhere('e.object_type = :objectType', { objectType: filters.objectType });
    if (filters.objectId) query.andWhere('e.object_id = :objectId', { objectId: filters.objectId });
    if (filters.action) query.andWhere('e.action = :action', { action: filters.action });
    if (filters.actorMembershipId) query.andWhere('e.actor_membership_id = :actor', { actor: filters.actorMembershipId });
    if (after) {
      query.andWhere('(e.created_at, e.seq) < (SELECT a.created_at, a.seq FROM audit_event a WHERE a.organization_id = :organizationId AND a.id = :afterId)', { afterId: after.id });
    }
    return query.orderBy('e.created_at', 'DESC').addOrderBy('e.seq', 'DESC').limit(limit).getMany();
  }
}
