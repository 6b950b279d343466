import { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { SortKey } from '@parvis/api/core';
import type { BriefStatus, Network } from '@parvis/shared/domain';
import { BriefEntity } from '../entities';

export interface BriefFilters {
  themeId?: string;
  campaignId?: string;
  audienceId?: string;
  channelId?: string;
  network?: Network;
  status?: BriefStatus;
  assigneeMembershipId?: string;
  from?: Date;
  to?: Date;
}

export class BriefsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(BriefEntity);
  }

  findById(organizationId: string, briefId: string): Promise<BriefEntity | null> {
    return this.repo.findOne({
      where: { organizationId, id: briefId },
      relations: { audiences: true, channels: true, assignee: { user: true }, theme: true },
    });
  }

  save(brief: BriefEntity): Promise<BriefEntity> {
    return this.repo.save(brief);
  }

  async remove(organizationId: string, briefId: string): Promise<void> {
    await this.repo.delete({ organizationId, id: briefId });
  }

  /**
   * Briefs ordered by (planned_at, id) — the index (organization_id, planned_at, id) serves both the
   * calendar range and the keyset pages. Filters on audiences/channels are EXISTS sub-queries so a
   * brief is never duplicated by its joins.
   */
  async search(organizationId: string, filters: BriefFilters, limit: number, after: SortKey | null): Promise<BriefEntity[]> {
    const ids = this.filtered(organizationId, filters).select('b.id', 'id').addSelect('b.planned_at', 'planned_at').orderBy('b.planned_at', 'ASC').addOrderBy('b.id', 'ASC').limit(limit);
    if (after) ids.andWhere('(b.planned_at, b.id) > (:afterAt, :afterId)', { afterAt: after.value, afterId: after.id });
    const rows = await ids.getRawMany<{ id: string }>();
    if (rows.length === 0) return [];
    const briefs = await this.repo
      .createQueryBuilder('b')
      .leftJoinAndSelect('b.audiences', 'audience')
      .leftJoinAndSelect('b.channels', 'channel')
      .leftJoinAndSelect('b.theme', 'theme')
      .leftJoinAndSelect('b.assignee', 'assignee')
      .leftJoinAndSelect('assignee.user', 'assignee_user')
      .where('b.organization_id = :organizationId', { organizationId })
      .andWhere('b.id IN (:...ids)', { ids: rows.map((r) => r.id) })
      .orderBy('b.planned_at', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
    return briefs;
  }

  /** The SQL of a search, for EXPLAIN in the benchmark. */
  explainableQuery(organizationId: string, filters: BriefFilters, limit: number): [string, unknown[]] {
    return this.filtered(organizationId, filters).select('b.id').orderBy('b.planned_at', 'ASC').addOrderBy('b.id', 'ASC').limit(limit).getQueryAndParameters();
  }

  private filtered(organizationId: string, filters: BriefFilters): SelectQueryBuilder<BriefEntity> {
    const query = this.repo.createQueryBuilder('b').where('b.organization_id = :organizationId', { organizationId });
    if (filters.from) query.andWhere('b.planned_at >= :from', { from: filters.from });
    if (filters.to) query.andWhere('b.planned_at < :to', { to: filters.to });
    if (filters.themeId) query.andWhere('b.theme_id = :themeId', { themeId: filters.themeId });
    if (filters.campaignId) query.andWhere('b.campaign_id = :campaignId', { campaignId: filters.campaignId });
    if (filters.status) query.andWhere('b.status = :status', { status: filters.status });
    if (filters.assigneeMembershipId) query.andWhere('b.assignee_membership_id = :assignee', { assignee: filters.assigneeMembershipId });
    if (filters.audienceId) {
      query.andWhere('EXISTS (SELECT 1 FROM brief_audience ba WHERE ba.brief_id = b.id AND ba.audience_id = :audienceId)', { audienceId: filters.audienceId });
    }
    if (filters.channelId) {
      query.andWhere('EXISTS (SELECT 1 FROM brief_channel bc WHERE bc.brief_id = b.id AND bc.channel_id = :channelId)', { channelId: filters.channelId });
    }
    if (filters.network) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM brief_channel bc2 JOIN channel c ON c.id = bc2.channel_id WHERE bc2.brief_id = b.id AND c.network = :network)',
        { network: filters.network },
      );
    }
    return query;
  }
}
