import { OrgRepository, SortKey, TransactionContext } from '@parvis/api/core';
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

/** A brief as lists and the calendar read it: one row, its references gathered as id arrays. */
export interface BriefRow {
  id: string;
  title: string;
  body: string;
  status: BriefStatus;
  themeId: string | null;
  themeColor: string | null;
  campaignId: string | null;
  plannedAt: Date;
  draftDueAt: Date | null;
  assigneeMembershipId: string | null;
  assigneeName: string | null;
  updatedAt: Date;
  version: number;
  audienceIds: string[];
  channelIds: string[];
  networks: Network[];
}

interface RawBriefRow {
  id: string;
  title: string;
  body: string;
  status: BriefStatus;
  theme_id: string | null;
  theme_color: string | null;
  campaign_id: string | null;
  planned_at: number;
  draft_due_at: number | null;
  assignee_membership_id: string | null;
  assignee_name: string | null;
  updated_at: number;
  version: number;
  audience_ids: string | null;
  channel_ids: string | null;
  networks: string | null;
}

const list = (joined: string | null): string[] => (joined ? joined.split(',') : []);

/**
 * One statement per read. The page of briefs is chosen first (the range/keyset condition is served
 * by the index (organization_id, planned_at, id)); audiences, channels and networks are then
 * aggregated for that page only, with hash joins rather than one sub-query per brief.
 */
/** Instants as epoch milliseconds and id lists as comma-separated text: numbers and splits are far cheaper to decode than timestamps and arrays. */
const epochMs = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

function selectRows(pageQuery: string): string {
  return `
  WITH page AS (${pageQuery}),
  audiences AS (
    SELECT ba.brief_id, array_agg(ba.audience_id ORDER BY ba.audience_id) AS ids
      FROM brief_audience ba WHERE ba.organization_id = $1 AND ba.brief_id IN (SELECT id FROM page) GROUP BY ba.brief_id),
  channels AS (
    SELECT bc.brief_id, array_agg(bc.channel_id ORDER BY bc.channel_id) AS ids, array_agg(DISTINCT c.network::text) AS networks
      FROM brief_channel bc JOIN channel c ON c.id = bc.channel_id WHERE bc.organization_id = $1 AND bc.brief_id IN (SELECT id FROM page) GROUP BY bc.brief_id)
  SELECT b.id, b.title, b.body, b.status, b.theme_id, t.color AS theme_color, b.campaign_id,
         b.assignee_membership_id, u.display_name AS assignee_name, b.version,
         ${epochMs('b.planned_at')} AS planned_at, ${epochMs('b.draft_due_at')} AS draft_due_at, ${epochMs('b.updated_at')} AS updated_at,
         array_to_string(a.ids, ',') AS audience_ids, array_to_string(ch.ids, ',') AS channel_ids, array_to_string(ch.networks, ',') AS networks
    FROM page b
    LEFT JOIN audiences a ON a.brief_id = b.id
    LEFT JOIN channels ch ON ch.brief_id = b.id
    LEFT JOIN theme t ON t.id = b.theme_id
    LEFT JOIN membership m ON m.id = b.assignee_membership_id
    LEFT JOIN app_user u ON u.id = m.user_id
   ORDER BY b.planned_at, b.id`;
}

const PAGE_COLUMNS = 'b.id, b.title, b.body, b.status, b.theme_id, b.campaign_id, b.planned_at, b.draft_due_at, b.assignee_membership_id, b.updated_at, b.version';

function toRow(raw: RawBriefRow): BriefRow {
  return {
    id: raw.id,
    title: raw.title,
    body: raw.body,
    status: raw.status,
    themeId: raw.theme_id,
    themeColor: raw.theme_color,
    campaignId: raw.campaign_id,
    plannedAt: new Date(raw.planned_at),
    draftDueAt: raw.draft_due_at === null ? null : new Date(raw.draft_due_at),
    assigneeMembershipId: raw.assignee_membership_id,
    assigneeName: raw.assignee_name,
    updatedAt: new Date(raw.updated_at),
    version: raw.version,
    audienceIds: list(raw.audience_ids),
    channelIds: list(raw.channel_ids),
    networks: list(raw.networks) as Network[],
  };
}

const BRIEF_AUDIENCE = { table: 'brief_audience', owner: 'brief_id', target: 'audience_id' };
const BRIEF_CHANNEL = { table: 'brief_channel', owner: 'brief_id', target: 'channel_id' };

export class BriefsRepository extends OrgRepository<BriefEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, BriefEntity, organizationId);
  }

  async findRow(briefId: string): Promise<BriefRow | null> {
    const rows: RawBriefRow[] = await this.manager.query(selectRows(`SELECT ${PAGE_COLUMNS} FROM brief b WHERE b.organization_id = $1 AND b.id = $2`), [this.organizationId, briefId]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  setAudiences(briefId: string, audienceIds: string[]): Promise<void> {
    return this.replaceLinks(BRIEF_AUDIENCE, briefId, audienceIds);
  }

  setChannels(briefId: string, channelIds: string[]): Promise<void> {
    return this.replaceLinks(BRIEF_CHANNEL, briefId, channelIds);
  }

  /** Briefs ordered by (planned_at, id), filtered, after the keyset cursor. */
  async search(filters: BriefFilters, limit: number, after: SortKey | null): Promise<BriefRow[]> {
    const [sql, params] = this.searchQuery(filters, limit, after);
    const rows: RawBriefRow[] = await this.manager.query(sql, params);
    return rows.map(toRow);
  }

  /** The SQL of a search (the benchmark prints its plan). */
  searchQuery(filters: BriefFilters, limit: number, after: SortKey | null): [string, unknown[]] {
    const params: unknown[] = [this.organizationId];
    const where = ['b.organization_id = $1'];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (filters.from) add((p) => `b.planned_at >= ${p}`, filters.from);
    if (filters.to) add((p) => `b.planned_at < ${p}`, filters.to);
    if (filters.themeId) add((p) => `b.theme_id = ${p}`, filters.themeId);
    if (filters.campaignId) add((p) => `b.campaign_id = ${p}`, filters.campaignId);
    if (filters.status) add((p) => `b.status = ${p}`, filters.status);
    if (filters.assigneeMembershipId) add((p) => `b.assignee_membership_id = ${p}`, filters.assigneeMembershipId);
    if (filters.audienceId) add((p) => `EXISTS (SELECT 1 FROM brief_audience fa WHERE fa.organization_id = $1 AND fa.brief_id = b.id AND fa.audience_id = ${p})`, filters.audienceId);
    if (filters.channelId) add((p) => `EXISTS (SELECT 1 FROM brief_channel fc WHERE fc.organization_id = $1 AND fc.brief_id = b.id AND fc.channel_id = ${p})`, filters.channelId);
    if (filters.network) {
      add((p) => `EXISTS (SELECT 1 FROM brief_channel fn JOIN channel c2 ON c2.id = fn.channel_id WHERE fn.organization_id = $1 AND fn.brief_id = b.id AND c2.network = ${p})`, filters.network);
    }
    if (after) {
      params.push(after.value, after.id);
      where.push(`(b.planned_at, b.id) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(limit);
    const page = `SELECT ${PAGE_COLUMNS} FROM brief b WHERE ${where.join(' AND ')} ORDER BY b.planned_at, b.id LIMIT $${params.length}`;
    return [selectRows(page), params];
  }
}
