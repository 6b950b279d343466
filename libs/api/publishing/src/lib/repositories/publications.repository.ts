import { OrgRepository, TransactionContext } from '@parvis/api/core';
import type { QueryDeepPartialEntity } from 'typeorm';
import { PublicationEntity, PublicationState } from '../entities';
import { VIEW_SELECT, viewConditions, type PublicationQueueFilters, type PublicationView, type QueueAfter } from './publication-views';

/** One organisation's publications. */
export class PublicationsRepository extends OrgRepository<PublicationEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, PublicationEntity, organizationId);
  }

  forPost(postId: string): Promise<PublicationEntity[]> {
    return this.select().andWhere('row.post_id = :postId', { postId }).orderBy('row.channel_id').getMany();
  }

  /** The views of the filtered publications in due order (keyset after `after`), at most `limit`. */
  async views(filters: PublicationQueueFilters, limit: number, after: QueueAfter | null = null): Promise<PublicationView[]> {
    const params: unknown[] = [this.organizationId];
    const conditions = viewConditions(filters, after, params);
    params.push(limit);
    return this.manager.query(`${VIEW_SELECT}${conditions} ORDER BY p.due_at, p.id LIMIT $${params.length}`, params);
  }

  async view(id: string): Promise<PublicationView | null> {
    return (await this.views({ publicationId: id }, 1))[0] ?? null;
  }

  /** Publications never attempted move to the post's new time (a re-schedule, « publier maintenant »). */
  async moveNotStarted(postId: string, dueAt: Date): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ nextAttemptAt: dueAt, dueAt })
      .where('organization_id = :organizationId AND post_id = :postId AND state = :pending AND attempts = 0', { organizationId: this.organizationId, postId, pending: PublicationState.Pending })
      .execute();
  }

  /** Drops the publications never attempted (no key minted, nothing sent); returns how many. */
  async deleteNotStarted(postId: string): Promise<number> {
    const result = await this.repo
      .createQueryBuilder()
      .delete()
      .where('organization_id = :organizationId AND post_id = :postId AND state = :pending AND attempts = 0', { organizationId: this.organizationId, postId, pending: PublicationState.Pending })
      .execute();
    return result.affected ?? 0;
  }

  /** Stores the keys minted at the first attempt, unless an earlier attempt already did; returns the stored ones. */
  async keepPartKeys(id: string, keys: string[]): Promise<string[]> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ partKeys: () => ':keys::jsonb' })
      .setParameter('keys', JSON.stringify(keys))
      .where('organization_id = :organizationId AND id = :id AND part_keys IS NULL', { organizationId: this.organizationId, id })
      .execute();
    const row = await this.findById(id);
    return row?.partKeys ?? keys;
  }

  /** Records an attempt's outcome only if this attempt still holds the row (no later attempt took it over). */
  async recordOutcome(id: string, attempt: number, changes: QueryDeepPartialEntity<PublicationEntity>): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ ...changes, leaseUntil: null })
      .where('organization_id = :organizationId AND id = :id AND state = :publishing AND attempts = :attempt', {
        organizationId: this.organizationId,
        id,
        publishing: PublicationState.Publishing,
        attempt,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
