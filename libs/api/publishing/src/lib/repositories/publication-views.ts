import type { PublicationState } from '../entities';

/** A publication as the API shows it: the row with its channel, its connection and its post. */
export interface PublicationView {
  id: string;
  version: number;
  postId: string;
  channelId: string;
  channelName: string;
  /** The channel's network (the adapter key when its connection has none). */
  network: string;
  /** The adapter the connection goes through, null when the channel is not connected. */
  connectionNetwork: string | null;
  connectionStatus: string | null;
  state: PublicationState;
  attempts: number;
  remoteUrl: string | null;
  lastErrorKind: string | null;
  lastError: string | null;
  nextAttemptAt: Date;
  dueAt: Date;
  publishedAt: Date | null;
  handoverText: string | null;
  postStatus: string;
  /** The post row's version: the If-Match of « publier maintenant » and « annuler » from the queue. */
  postVersion: number;
  postAuthorMembershipId: string | null;
  masterText: string;
  variantText: string;
  threadParts: string[] | null;
}

export interface PublicationQueueFilters {
  from?: Date;
  to?: Date;
  state?: PublicationState;
  /** A contributor sees the publications of the posts they may see (their own, their briefs'). */
  visibleToMembershipId?: string;
  postId?: string;
  publicationId?: string;
}

/** The keyset a queue page starts after (due time, then id). */
export interface QueueAfter {
  dueAt: string;
  id: string;
}

/** The SELECT shared by every read of publication views: `$1` is the organisation. */
export const VIEW_SELECT = `
  SELECT p.id, p.version, p.post_id AS "postId", p.channel_id AS "channelId", c.display_name AS "channelName", c.network::text AS network,
         cc.network AS "connectionNetwork", cc.status::text AS "connectionStatus", p.state, p.attempts, p.remote_url AS "remoteUrl",
         p.last_error_kind AS "lastErrorKind", p.last_error AS "lastError", p.next_attempt_at AS "nextAttemptAt", p.due_at AS "dueAt",
         p.published_at AS "publishedAt", p.handover_text AS "handoverText", post.status::text AS "postStatus", post.version AS "postVersion", post.author_membership_id AS "postAuthorMembershipId",
         post.master_text AS "masterText", v.text AS "variantText", v.thread_parts AS "threadParts"
    FROM publication p
    JOIN post ON post.organization_id = p.organization_id AND post.id = p.post_id
    JOIN post_variant v ON v.organization_id = p.organization_id AND v.id = p.variant_id
    JOIN channel c ON c.organization_id = p.organization_id AND c.id = p.channel_id
    LEFT JOIN channel_connection cc ON cc.organization_id = p.organization_id AND cc.channel_id = p.channel_id
    LEFT JOIN brief b ON b.organization_id = post.organization_id AND b.id = post.brief_id
   WHERE p.organization_id = $1`;

/** The WHERE clauses and parameters of the filters (after `$1`, the organisation). */
export function viewConditions(filters: PublicationQueueFilters, after: QueueAfter | null, params: unknown[]): string {
  const where: string[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (filters.from) add((n) => `p.due_at >= ${n}`, filters.from);
  if (filters.to) add((n) => `p.due_at < ${n}`, filters.to);
  if (filters.state) add((n) => `p.state::text = ${n}`, filters.state);
  if (filters.postId) add((n) => `p.post_id = ${n}`, filters.postId);
  if (filters.publicationId) add((n) => `p.id = ${n}`, filters.publicationId);
  if (filters.visibleToMembershipId) add((n) => `(post.author_membership_id = ${n} OR b.assignee_membership_id = ${n})`, filters.visibleToMembershipId);
  if (after) {
    params.push(after.dueAt, after.id);
    where.push(`(p.due_at, p.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  return where.map((clause) => ` AND ${clause}`).join('');
}
