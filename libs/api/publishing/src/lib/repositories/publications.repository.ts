import { OrgRepository, TransactionContext } from '@parvis/api/core';
import type { PublishedPart } from '@parvis/api/platform';
import type { QueryDeepPartialEntity } from 'typeorm';
import { PublicationEntity, PublicationState } from '../entities';
import { VIEW_SELECT, viewConditions, type PublicationQueueFilters, type PublicationView, type QueueAfter } from './publication-views';

/** A published attempt, as the batch records it. */
export interface PublishedRecord {
  id: string;
  attempt: number;
  remoteId: string;
  remoteUrl: string;
  parts: readonly PublishedPart[];
  publishedAt: Date;
}

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

  /** Keys minted at several first attempts, in one statement (an earlier attempt's keys are kept); returns the stored ones. */
  async keepPartKeysOf(entries: readonly { id: string; keys: string[] }[]): Promise<Map<string, string[]>> {
    if (entries.length === 0) return new Map();
    const [rows]: [{ id: string; part_keys: string[] }[], number] = await this.manager.query(
      `UPDATE publication p SET part_keys = coalesce(p.part_keys, v.keys)
         FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, keys jsonb)
        WHERE p.organization_id = $1 AND p.id = v.id
      RETURNING p.id, p.part_keys`,
      [this.organizationId, JSON.stringify(entries)],
    );
    return new Map(rows.map((row) => [row.id, row.part_keys]));
  }

  /** The states of each post's publications, in one statement. */
  async statesOfPosts(postIds: readonly string[]): Promise<Map<string, PublicationState[]>> {
    const states = new Map<string, PublicationState[]>(postIds.map((postId) => [postId, []]));
    if (postIds.length === 0) return states;
    const rows: { post_id: string; state: PublicationState }[] = await this.manager.query(
      `SELECT post_id, state::text AS state FROM publication WHERE organization_id = $1 AND post_id = ANY($2::uuid[])`,
      [this.organizationId, [...postIds]],
    );
    for (const row of rows) states.get(row.post_id)?.push(row.state);
    return states;
  }

  /**
   * Records published attempts in one statement, each only if its attempt still holds the row;
   * returns the ids recorded.
   */
  async recordPublished(entries: readonly PublishedRecord[]): Promise<Set<string>> {
    if (entries.length === 0) return new Set();
    const [rows]: [{ id: string }[], number] = await this.manager.query(
      `UPDATE publication p
          SET state = 'published', remote_id = v.remote_id, remote_url = v.remote_url, published_parts = v.published_parts,
              published_at = v.published_at, last_error = NULL, last_error_kind = NULL, reconcile_first = false,
              lease_until = NULL, version = p.version + 1, updated_at = now()
         FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, attempt int, remote_id text, remote_url text, published_parts jsonb, published_at timestamptz)
        WHERE p.organization_id = $1 AND p.id = v.id AND p.state = 'publishing' AND p.attempts = v.attempt
      RETURNING p.id`,
      [this.organizationId, JSON.stringify(entries.map((entry) => ({ id: entry.id, attempt: entry.attempt, remote_id: entry.remoteId, remote_url: entry.remoteUrl, published_parts: entry.parts, published_at: entry.publishedAt.toISOString() })))],
    );
    return new Set(rows.map((row) => row.id));
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
