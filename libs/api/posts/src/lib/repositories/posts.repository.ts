import { OrgRepository, SortKey, TransactionContext } from '@parvis/api/core';
import type { Network, PostStatus } from '@parvis/shared/domain';
import { PostEntity } from '../entities';

export interface PostFilters {
  from?: Date;
  to?: Date;
  status?: PostStatus;
  briefId?: string;
  authorMembershipId?: string;
  /** Only posts with a variant on a channel of this network. */
  network?: Network;
  /** A contributor sees the posts they wrote and those answering a brief assigned to them. */
  visibleToMembershipId?: string;
}

/** A post as lists read it, in one statement. */
export interface PostSummaryRow {
  id: string;
  version: number;
  status: PostStatus;
  masterText: string;
  plannedAt: Date | null;
  themeId: string | null;
  briefId: string | null;
  authorMembershipId: string | null;
  authorName: string | null;
  updatedAt: Date;
  channelIds: string[];
  networks: Network[];
}

interface RawSummary {
  id: string;
  version: number;
  status: PostStatus;
  master_text: string;
  planned_at: Date | null;
  theme_id: string | null;
  brief_id: string | null;
  author_membership_id: string | null;
  author_name: string | null;
  updated_at: Date;
  channel_ids: string[] | null;
  networks: Network[] | null;
}

const AUDIENCES = { table: 'post_audience', owner: 'post_id', target: 'audience_id' };
/** Unplanned posts sort after every planned one. */
const SORT_KEY = `COALESCE(p.planned_at, 'infinity'::timestamptz)`;

export class PostsRepository extends OrgRepository<PostEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, PostEntity, organizationId);
  }

  setAudiences(postId: string, audienceIds: string[]): Promise<void> {
    return this.replaceLinks(AUDIENCES, postId, audienceIds);
  }

  async audienceIds(postId: string): Promise<string[]> {
    return (await this.linkedIds(AUDIENCES, [postId])).get(postId) ?? [];
  }

  /** Whether a contributor may see this post (theirs, or answering a brief assigned to them). */
  async isVisibleTo(postId: string, membershipId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `SELECT 1 FROM post p LEFT JOIN brief b ON b.organization_id = p.organization_id AND b.id = p.brief_id
        WHERE p.organization_id = $1 AND p.id = $2 AND (p.author_membership_id = $3 OR b.assignee_membership_id = $3)`,
      [this.organizationId, postId, membershipId],
    );
    return rows.length > 0;
  }

  /** A page in planned order (keyset on the planned instant, then id). */
  async search(filters: PostFilters, limit: number, after: SortKey | null): Promise<PostSummaryRow[]> {
    const params: unknown[] = [this.organizationId];
    const where: string[] = ['p.organization_id = $1'];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filters.from) add((n) => `p.planned_at >= ${n}`, filters.from);
    if (filters.to) add((n) => `p.planned_at < ${n}`, filters.to);
    if (filters.status) add((n) => `p.status = ${n}`, filters.status);
    if (filters.briefId) add((n) => `p.brief_id = ${n}`, filters.briefId);
    if (filters.authorMembershipId) add((n) => `p.author_membership_id = ${n}`, filters.authorMembershipId);
    if (filters.network) {
      add(
        (n) => `EXISTS (SELECT 1 FROM post_variant fv JOIN channel fc ON fc.organization_id = fv.organization_id AND fc.id = fv.channel_id
                 WHERE fv.organization_id = p.organization_id AND fv.post_id = p.id AND fc.network::text = ${n})`,
        filters.network,
      );
    }
    if (filters.visibleToMembershipId) add((n) => `(p.author_membership_id = ${n} OR b.assignee_membership_id = ${n})`, filters.visibleToMembershipId);
    if (after) {
      params.push(after.value, after.id);
      where.push(`(${SORT_KEY}, p.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit);
    const rows: RawSummary[] = await this.manager.query(
      `SELECT p.id, p.version, p.status, p.master_text, p.planned_at, p.theme_id, p.brief_id, p.author_membership_id, p.updated_at,
              u.display_name AS author_name,
              (SELECT array_agg(v.channel_id ORDER BY v.channel_id) FROM post_variant v WHERE v.organization_id = p.organization_id AND v.post_id = p.id) AS channel_ids,
              (SELECT array_agg(DISTINCT c.network::text) FROM post_variant v JOIN channel c ON c.organization_id = v.organization_id AND c.id = v.channel_id
                WHERE v.organization_id = p.organization_id AND v.post_id = p.id) AS networks
         FROM post p
         LEFT JOIN brief b ON b.organization_id = p.organization_id AND b.id = p.brief_id
         LEFT JOIN membership m ON m.organization_id = p.organization_id AND m.id = p.author_membership_id
         LEFT JOIN app_user u ON u.id = m.user_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${SORT_KEY}, p.id
        LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      status: r.status,
      masterText: r.master_text,
      plannedAt: r.planned_at,
      themeId: r.theme_id,
      briefId: r.brief_id,
      authorMembershipId: r.author_membership_id,
      authorName: r.author_name,
      updatedAt: r.updated_at,
      channelIds: r.channel_ids ?? [],
      networks: r.networks ?? [],
    }));
  }

  /** The statuses of the posts answering a brief (the brief's status follows them). */
  async statusesForBrief(briefId: string): Promise<PostStatus[]> {
    const rows: { status: PostStatus }[] = await this.manager.query(`SELECT status FROM post WHERE organization_id = $1 AND brief_id = $2`, [this.organizationId, briefId]);
    return rows.map((r) => r.status);
  }
}
