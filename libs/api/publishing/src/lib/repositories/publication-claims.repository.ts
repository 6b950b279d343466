import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@parvis/api/core';
import type { PublishedPart } from '@parvis/api/platform';
import { PostStatus } from '@parvis/shared/domain';
import { statusOnceStarted } from '../rules/post-following';
import { SOURCE_COLUMNS, SOURCE_JOINS, sourceOf, type PublicationSource } from './publication-sources';

/** A post's publications go out while it is scheduled, and go on once the first one started it publishing. */
const SENDABLE_POST_STATUSES: string[] = [PostStatus.Scheduled, PostStatus.Publishing];

/** A publication this instance now holds the lease of. */
export interface ClaimedPublication {
  id: string;
  organizationId: string;
  postId: string;
  variantId: string;
  channelId: string;
  /** This attempt's number: the outcome is recorded only if the row still has it. */
  attempts: number;
  partKeys: string[] | null;
  publishedParts: PublishedPart[];
  reconcileFirst: boolean;
  /**
   * When the attempt began; for a reconciliation, when the earliest attempt whose outcome is unknown
   * began (kept by every claim until an outcome is known): a lookup searches the network from there.
   */
  attemptStartedAt: Date;
  /** The lease this claim holds: past it, another instance reconciles the row. */
  leaseUntil: Date;
  source: PublicationSource;
}

/** A network's declared concurrency (its adapter's capabilities): what the claim keeps in flight at most. */
export interface ClaimLimit {
  /** The adapter key a channel connection names. */
  network: string;
  perAccount: number;
  perNetwork: number;
}

/** Which rows a claim looks at, by the adapter their channel's connection names. */
export interface ClaimNetworks {
  only?: string;
  except?: readonly string[];
}

/** This instance's rows in a claim's eyes (PublicationClaimsRepository.claimAhead). */
export interface ClaimHolding {
  mine: readonly string[];
  ahead: number;
}

export interface ClaimResult {
  rows: ClaimedPublication[];
  /** Rows other instances hold (calling, taken ahead, or answered unbeknown to this one), by adapter key. */
  othersHolding: ReadonlyMap<string, number>;
}

/** A channel whose connection names no known adapter (or no connection at all): one call at a time. */
const DEFAULT_LIMIT = 1;
/** The claim's prepared statements (planned once per connection): a new version whenever their text changes. */
const CLAIM_STATEMENT_VERSION = 'v7';
/** What the claim makes of the scheduled posts it starts (the state machine's move, checked once). */
const STARTED_POST_STATUS = statusOnceStarted();
/** Candidates chosen per row of the batch before locking (locked ones are skipped). */
const CANDIDATES_PER_SLOT = 4;

/**
 * The scheduler's claim, across organisations on purpose (the publication queue belongs to the
 * instance): one statement, its own transaction, takes due rows with FOR UPDATE SKIP LOCKED, so any
 * number of instances share the queue, records the attempt and the lease, moves the scheduled posts it
 * starts to publishing (the claim and the move commit together), and commits before any network call.
 * Rows whose lease expired (their instance died mid-call) come first, and are reconciled.
 *
 * Fairness: the batch is dealt round-robin, one row per organisation in turn (each organisation's
 * rows in due order, read by an index walk that stops after a few), so one organisation's 500 due
 * posts do not delay another's one. Limits: no channel gets more than its network's `perAccount`
 * rows publishing under a live lease (in any instance), no network more than `perNetwork`, plus the
 * rows an instance may take ahead while no other holds any of that network (`claimAhead`).
 * Locks: the publication, its post and its channel together (SKIP LOCKED on all three), the post
 * before anything else the transaction does to it: a post locked by a move (unschedule, cancel, an
 * edit) is skipped this tick, never waited for, so the claim cannot deadlock with it; a channel another
 * instance is claiming for is skipped too (its in-flight count is not known until that claim commits).
 */
@Injectable()
export class PublicationClaimsRepository {
  constructor(private readonly transactions: TransactionContext) {}

  /**
   * `answered`: publications of the claiming instance whose call returned and whose outcome is being
   * recorded; they hold their lease but not the network (other instances, not knowing, count them).
   * `networks`: only one adapter's rows, or all but some (by default every row).
   */
  async claim(limit: number, leaseSeconds: number, limits: readonly ClaimLimit[] = [], answered: readonly string[] = [], networks: ClaimNetworks = {}): Promise<ClaimedPublication[]> {
    return (await this.claimAhead(limit, leaseSeconds, limits, answered, networks)).rows;
  }

  /**
   * The claim, and what other instances hold by network. `holding.mine`: the rows this instance holds
   * and has not had answered (calling, or taken ahead); `holding.ahead`: how many rows past a network's
   * `perNetwork` may be held while no other instance holds any of that network's (taken ahead, so a
   * freed slot is refilled at once, not after a claim's round trip). The instance then calls at most
   * `perNetwork − othersHolding`, so calls in flight never pass the network's limit across instances.
   */
  async claimAhead(limit: number, leaseSeconds: number, limits: readonly ClaimLimit[] = [], answered: readonly string[] = [], networks: ClaimNetworks = {}, holding: ClaimHolding = { mine: [], ahead: 0 }): Promise<ClaimResult> {
    // One network's rows, or every row but some networks' (hand-overs, unknown adapters): either way
    // walked network by network through the index's prefix. A publication's key is its channel's
    // connection's or '' (the database keeps it so), so the connections' keys are all there can be.
    const only = networks.only !== undefined;
    const walkedNetworks = only
      ? 'SELECT $8::text AS network'
      : `SELECT DISTINCT cc.network::text AS network FROM channel_connection cc WHERE NOT (cc.network = ANY($8::text[]))
           UNION SELECT '' WHERE NOT ('' = ANY($8::text[]))`;
    const rows = await this.transactions.queryPrepared<(Omit<ClaimedPublication, 'source'> & PublicationSource & { othersHolding: Record<string, number> }) | { id: null; othersHolding: Record<string, number> }>(
      `parvis_publication_claim_${only ? 'one_network' : 'other_networks'}_${CLAIM_STATEMENT_VERSION}`,
      `WITH limits AS (
           SELECT * FROM unnest($4::text[], $5::int[], $6::int[]) AS l(network, per_account, per_network)),
         busy AS (
           SELECT p.channel_id, p.network, count(*)::int AS n,
                  count(*) FILTER (WHERE NOT (p.id = ANY($9::uuid[])))::int AS others
             FROM publication p
            WHERE p.state = 'publishing' AND p.lease_until >= now()
              -- Answered by the network, outcome on its way to the row: no longer a call in flight.
              AND NOT (p.id = ANY($7::uuid[]))
            GROUP BY 1, 2),
         -- What other instances hold, by network (this one's rows are $9): it calls only within what they leave.
         others AS (
           SELECT busy.network, sum(busy.others)::int AS n FROM busy GROUP BY busy.network),
         -- Channels already at their network's perAccount: their rows are passed over by the walk below.
         full_channels AS (
           SELECT busy.channel_id FROM busy LEFT JOIN limits ON limits.network = busy.network
            WHERE busy.n >= coalesce(limits.per_account, ${DEFAULT_LIMIT})),
         -- "Tout suspendre" holds everything, reconciliations included (they may write): the
         -- pause table is read by name so publishing does not import approvals.
         orgs AS (
           SELECT o.id FROM organization o
            WHERE NOT EXISTS (SELECT 1 FROM publication_pause pause WHERE pause.organization_id = o.id AND pause.paused)),
         -- Each organisation's first rows only, expired leases before waiting rows, the waiting ones by an
         -- index walk in due order that stops after a few: the claim's cost does not grow with the backlog.
         -- One network's claim, or the others' ($8): an instance claims for each network on its own.
         walked_networks AS (${walkedNetworks}),
         due AS (
           SELECT d.*, row_number() OVER (PARTITION BY d.channel_id ORDER BY d.expired DESC, d.next_attempt_at, d.id) AS channel_rank
             FROM orgs CROSS JOIN walked_networks w CROSS JOIN LATERAL (
               (SELECT p.id, p.organization_id, p.channel_id, p.next_attempt_at, p.network, true AS expired
                  FROM publication p
                 WHERE p.organization_id = orgs.id AND p.state = 'publishing' AND p.lease_until < now()
                   AND p.network = w.network
                 ORDER BY p.lease_until, p.id
                 LIMIT $1 * ${CANDIDATES_PER_SLOT})
               UNION ALL
               (SELECT p.id, p.organization_id, p.channel_id, p.next_attempt_at, p.network, false AS expired
                  FROM publication p
                  JOIN post ON post.organization_id = p.organization_id AND post.id = p.post_id
                 WHERE p.organization_id = orgs.id AND p.state = 'pending' AND p.next_attempt_at <= now()
                   AND post.status::text = ANY($3::text[])
                   AND p.network = w.network
                   AND NOT EXISTS (SELECT 1 FROM full_channels f WHERE f.channel_id = p.channel_id)
                 ORDER BY p.next_attempt_at, p.id
                 LIMIT $1 * ${CANDIDATES_PER_SLOT})) d),
         per_channel AS (
           SELECT due.*, row_number() OVER (PARTITION BY due.organization_id ORDER BY due.expired DESC, due.next_attempt_at, due.id) AS org_rank
             FROM due
             LEFT JOIN limits ON limits.network = due.network
             LEFT JOIN busy ON busy.channel_id = due.channel_id
            WHERE due.channel_rank + coalesce(busy.n, 0) <= coalesce(limits.per_account, ${DEFAULT_LIMIT})),
         per_network AS (
           SELECT per_channel.*, row_number() OVER (PARTITION BY per_channel.network ORDER BY per_channel.org_rank, per_channel.next_attempt_at, per_channel.id) AS network_rank
             FROM per_channel),
         fair AS (
           SELECT per_network.id, per_network.org_rank, per_network.next_attempt_at
             FROM per_network
             LEFT JOIN limits ON limits.network = per_network.network
            -- A network nobody else holds rows of may be held $10 rows past its limit (taken ahead, not called yet).
            WHERE per_network.network_rank + coalesce((SELECT sum(b.n) FROM busy b WHERE b.network = per_network.network), 0)
                  <= coalesce(limits.per_network, ${DEFAULT_LIMIT}) + CASE WHEN coalesce((SELECT o.n FROM others o WHERE o.network = per_network.network), 0) = 0 THEN $10::int ELSE 0 END
            ORDER BY per_network.org_rank, per_network.next_attempt_at, per_network.id
            -- Room for rows another instance holds: they are skipped below, the next ones taken.
            LIMIT $1 * ${CANDIDATES_PER_SLOT}),
         locked AS (
           SELECT p.id, post.status::text AS post_status FROM publication p
             JOIN fair ON fair.id = p.id
             JOIN post ON post.organization_id = p.organization_id AND post.id = p.post_id
             JOIN channel c ON c.organization_id = p.organization_id AND c.id = p.channel_id
            -- Checked again on the row as locked (another instance may have claimed it meanwhile). The states
            -- compared as text: the few chosen rows are found by their ids, never through the state index
            -- (whose statistics rarely know how many rows are due, and then read them all).
            WHERE p.id = ANY (ARRAY(SELECT fair.id FROM fair))
              AND ((p.state::text = 'publishing' AND p.lease_until < now()) OR (p.state::text = 'pending' AND p.next_attempt_at <= now() AND post.status::text = ANY($3::text[])))
            ORDER BY fair.org_rank, fair.next_attempt_at, p.id
            LIMIT $1
            FOR UPDATE OF p SKIP LOCKED
            -- The post and the channel too, without blocking rows that only reference them: a channel
            -- another instance is claiming for is skipped, so two claims never both fill its perAccount.
            FOR NO KEY UPDATE OF post, c SKIP LOCKED),
         claimed AS (
           UPDATE publication p
            SET state = 'publishing', attempts = p.attempts + 1, lease_until = now() + make_interval(secs => $2),
                -- A reconciliation keeps the start of the attempt it looks for (however late, however many
                -- times the row was lost again): the network is searched from there, not from now.
                attempt_started_at = CASE WHEN p.state = 'publishing' OR p.reconcile_first THEN coalesce(p.attempt_started_at, now()) ELSE now() END,
                reconcile_first = p.reconcile_first OR p.state = 'publishing',
                version = p.version + 1, updated_at = now()
           FROM locked WHERE p.id = locked.id
        RETURNING p.id, p.organization_id, p.post_id, p.variant_id, p.channel_id, p.attempts, p.part_keys, p.published_parts,
                  p.reconcile_first, p.attempt_started_at, p.lease_until, locked.post_status),
         -- A scheduled post starts publishing with its first publication claimed (locked above, not read
         -- again; a publishing post waits for its outcomes). The state machine's move ($11), in this statement.
         started_posts AS (
           UPDATE post SET status = $11, version = post.version + 1, updated_at = now()
             FROM (SELECT DISTINCT claimed.organization_id, claimed.post_id FROM claimed WHERE claimed.post_status = 'scheduled') s
            WHERE post.organization_id = s.organization_id AND post.id = s.post_id AND post.status::text = 'scheduled'
        RETURNING post.id)
         -- With what the call needs (publication-sources.ts): nothing is read between this commit and the call.
         -- One row at least: what the others hold comes back even when nothing was claimed.
         SELECT (SELECT coalesce(json_object_agg(o.network, o.n), '{}') FROM others o) AS "othersHolding", c.*
           FROM (SELECT 1) AS one LEFT JOIN (
             SELECT p.id, p.organization_id AS "organizationId", p.post_id AS "postId", p.variant_id AS "variantId", p.channel_id AS "channelId",
                    p.attempts, p.part_keys AS "partKeys", p.published_parts AS "publishedParts", p.reconcile_first AS "reconcileFirst",
                    p.attempt_started_at AS "attemptStartedAt", p.lease_until AS "leaseUntil", ${SOURCE_COLUMNS}
               FROM claimed p ${SOURCE_JOINS}) c ON true`,
      [
        limit,
        leaseSeconds,
        SENDABLE_POST_STATUSES,
        limits.map((l) => l.network),
        limits.map((l) => l.perAccount),
        limits.map((l) => l.perNetwork),
        [...answered],
        only ? networks.only : [...(networks.except ?? [])],
        [...holding.mine],
        holding.ahead,
        STARTED_POST_STATUS,
      ],
    );
    const claimed = rows.flatMap((row) => (row.id === null ? [] : [row]));
    return {
      othersHolding: new Map(Object.entries(rows[0]?.othersHolding ?? {})),
      rows: claimed.map((row) => ({
        id: row.id,
        organizationId: row.organizationId,
        postId: row.postId,
        variantId: row.variantId,
        channelId: row.channelId,
        attempts: row.attempts,
        partKeys: row.partKeys,
        publishedParts: row.publishedParts,
        reconcileFirst: row.reconcileFirst,
        attemptStartedAt: row.attemptStartedAt,
        leaseUntil: row.leaseUntil,
        source: sourceOf(row),
      })),
    };
  }

  /**
   * Rows claimed and never called (a stopping instance's rows taken ahead) back to the queue as if never
   * claimed: attempt number restored, no lease, due as they were. Only rows this claim still holds, and
   * never a reconciliation (its row waits for its lease: the lost attempt it looks for stays owned).
   * Across organisations, like the claim. Returns how many went back.
   */
  async handBack(rows: readonly Pick<ClaimedPublication, 'id' | 'attempts' | 'reconcileFirst'>[]): Promise<number> {
    const given = rows.filter((row) => !row.reconcileFirst);
    if (given.length === 0) return 0;
    // TypeORM answers an UPDATE with [rows, affected count].
    const [handedBack]: [{ id: string }[], number] = await this.transactions.manager.query(
      `UPDATE publication p SET state = 'pending', attempts = p.attempts - 1, lease_until = NULL, version = p.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::int[]) AS h(id, attempts)
        WHERE p.id = h.id AND p.attempts = h.attempts AND p.state = 'publishing' AND NOT p.reconcile_first
       RETURNING p.id`,
      [given.map((row) => row.id), given.map((row) => row.attempts)],
    );
    return handedBack.length;
  }
}
