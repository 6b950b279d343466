import type { TransactionContext } from '@parvis/api/core';
import { APPROVING_ROLES, PostStatus, type Network } from '@parvis/shared/domain';

/** The queue's keyset: the step's deadline, the planned time (each as PostgreSQL text, `infinity` when none), the post id. */
export interface QueueKey {
  deadline: string;
  plannedAt: string;
  postId: string;
}

export interface QueueRow {
  postId: string;
  firstLine: string;
  excerpt: string;
  authorName: string | null;
  status: PostStatus;
  circuitName: string;
  currentStep: number;
  stepName: string;
  stepDeadline: Date | null;
  plannedAt: Date | null;
  networks: Network[] | null;
  reviewVersion: number;
  postVersion: number;
  contentHash: string;
  onBehalfOfName: string | null;
  urgent: boolean;
  sensitive: boolean;
  deadlineKey: string;
  plannedKey: string;
}

/** Whether the membership row `m` is one the current step (`cur.step`) names, with a deciding role. */
const namedAtStep = (m: string): string => `(${m}.role::text = ANY($4::text[]) AND (
    (cur.step->'approvers'->>'kind' = 'role' AND cur.step->'approvers'->>'role' = ${m}.role::text)
    OR (cur.step->'approvers'->>'kind' = 'members' AND cur.step->'approvers'->'membershipIds' @> jsonb_build_array(${m}.id::text))
    OR (cur.step->'approvers'->>'kind' = 'service_head' AND ${m}.id <> p.author_membership_id AND EXISTS (
          SELECT 1 FROM membership_team mine
            JOIN membership_team peer ON peer.organization_id = mine.organization_id AND peer.team_id = mine.team_id
           WHERE mine.organization_id = $1 AND mine.membership_id = p.author_membership_id AND peer.membership_id = ${m}.id))))`;

/** Absences of today in which the caller stands in for an approver the step names. */
const standsInFor = (joins = ''): string => `FROM approver_absence a
    JOIN membership ab ON ab.organization_id = a.organization_id AND ab.id = a.membership_id ${joins}
   WHERE a.organization_id = $1 AND a.substitute_membership_id = $2 AND a.starts_on <= $3::date AND a.ends_on >= $3::date
     AND ab.id IS DISTINCT FROM p.author_membership_id AND ${namedAtStep('ab')}`;

/**
 * The reviews the caller may decide on NOW: the post waits at a step (under review, or published
 * through the urgent path and reviewed afterwards), the step names the caller (or an absent approver
 * they stand in for today), the post is not theirs, and they have not decided at this step yet.
 * Parameters: $1 organisation, $2 caller's membership, $3 today (the organisation's day), $4 deciding roles.
 */
const DECIDABLE = `
  WITH cur AS (
    SELECT r.post_id, r.version, r.round, r.current_step, r.circuit_name, r.urgent, r.sensitive, r.step_started_at,
           r.steps -> r.current_step AS step
      FROM post_review r
     WHERE r.organization_id = $1 AND r.current_step IS NOT NULL
  )
  SELECT cur.*, p.id, p.version AS post_version, p.status, p.master_text, p.planned_at, p.content_hash, p.author_membership_id,
         cur.step_started_at + make_interval(hours => (cur.step->>'deadlineHours')::int) AS step_deadline,
         ${namedAtStep('me')} AS direct,
         (SELECT string_agg(au.display_name, ', ' ORDER BY au.display_name) ${standsInFor('JOIN app_user au ON au.id = ab.user_id')}) AS stands_in_for
    FROM cur
    JOIN post p ON p.organization_id = $1 AND p.id = cur.post_id
    JOIN membership me ON me.organization_id = $1 AND me.id = $2
   WHERE (p.status = '${PostStatus.InReview}' OR cur.urgent)
     AND p.author_membership_id IS DISTINCT FROM $2
     AND me.role::text = ANY($4::text[])
     AND NOT EXISTS (SELECT 1 FROM post_decision d
                      WHERE d.organization_id = $1 AND d.post_id = p.id AND d.round = cur.round AND d.step = cur.current_step AND d.membership_id = $2)
     AND (${namedAtStep('me')} OR EXISTS (SELECT 1 ${standsInFor()}))`;

const DEADLINE_KEY = `COALESCE(q.step_deadline, 'infinity'::timestamptz)`;
const PLANNED_KEY = `COALESCE(q.planned_at, 'infinity'::timestamptz)`;

/** The « À valider » queue of one member, filtered in SQL (read-only; tables of posts and identity are read, never written). */
export class ReviewQueueRepository {
  constructor(
    private readonly transactions: TransactionContext,
    private readonly organizationId: string,
  ) {}

  /** Sorted by the step's deadline, then the planned time (nulls last), then the post id. */
  async page(membershipId: string, today: string, limit: number, after: QueueKey | null): Promise<QueueRow[]> {
    const params: unknown[] = [this.organizationId, membershipId, today, APPROVING_ROLES];
    let keyset = '';
    if (after) {
      params.push(after.deadline, after.plannedAt, after.postId);
      keyset = `WHERE (${DEADLINE_KEY}, ${PLANNED_KEY}, q.id) > ($5::timestamptz, $6::timestamptz, $7::uuid)`;
    }
    params.push(limit);
    return this.transactions.manager.query(
      `SELECT q.id AS "postId", left(split_part(q.master_text, E'\\n', 1), 1000) AS "firstLine", left(q.master_text, 200) AS excerpt,
              u.display_name AS "authorName", q.status, q.circuit_name AS "circuitName", q.current_step AS "currentStep",
              q.step->>'name' AS "stepName", q.step_deadline AS "stepDeadline", q.planned_at AS "plannedAt",
              (SELECT array_agg(DISTINCT c.network::text) FROM post_variant v JOIN channel c ON c.organization_id = v.organization_id AND c.id = v.channel_id
                WHERE v.organization_id = $1 AND v.post_id = q.id) AS networks,
              q.version AS "reviewVersion", q.post_version AS "postVersion", q.content_hash AS "contentHash",
              CASE WHEN q.direct THEN NULL ELSE q.stands_in_for END AS "onBehalfOfName",
              q.urgent, q.sensitive, ${DEADLINE_KEY}::text AS "deadlineKey", ${PLANNED_KEY}::text AS "plannedKey"
         FROM (${DECIDABLE}) q
         LEFT JOIN membership m ON m.organization_id = $1 AND m.id = q.author_membership_id
         LEFT JOIN app_user u ON u.id = m.user_id
         ${keyset}
        ORDER BY ${DEADLINE_KEY}, ${PLANNED_KEY}, q.id
        LIMIT $${params.length}`,
      params,
    );
  }

  async count(membershipId: string, today: string): Promise<number> {
    const rows: { n: string }[] = await this.transactions.manager.query(`SELECT count(*) AS n FROM (${DECIDABLE}) q`, [this.organizationId, membershipId, today, APPROVING_ROLES]);
    return Number(rows[0]?.n ?? 0);
  }
}
