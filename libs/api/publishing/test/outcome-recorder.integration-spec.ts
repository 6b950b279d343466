import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TransactionContext } from '@parvis/api/core';
import { IdentityFixtures, type TestOrg } from '@parvis/api/identity/testing';
import type { PublishOutcome } from '@parvis/api/platform';
import type { TestApp } from '@parvis/api/testing';
import type TestAgent from 'supertest/lib/agent';
import { PublisherService } from '../src';
import { PublicationClaimsRepository, type ClaimedPublication } from '../src/lib/repositories/publication-claims.repository';
import { PublishingRepositories } from '../src/lib/repositories/publishing-repositories';
import { OutcomeRecorder } from '../src/lib/services/outcome-recorder';
import { outcomeChanges } from '../src/lib/services/publication-outcome';
import { addChannel, connectChannel, publishingTestApp, scheduledPost, startMastodonPeers, type MastodonPeers } from './publishing-test-kit';

jest.setTimeout(120_000);

const ROOMY = [{ network: 'mastodon', perAccount: 100, perNetwork: 100 }];

/** Outcomes recorded in batches on PostgreSQL, with real rows: the same rows as one by one, nothing lost. */
describe('the outcome recorder: group commit, same result as one outcome at a time', () => {
  let peers: MastodonPeers;
  let t: TestApp;
  let db: DataSource;
  let claims: PublicationClaimsRepository;
  let recorder: OutcomeRecorder;
  let org: TestOrg;
  let admin: TestAgent;
  let channelId = '';
  let sequence = 0;

  /** `count` scheduled posts on the channel, due now, claimed (state publishing, attempt 1). */
  async function claimed(count: number): Promise<ClaimedPublication[]> {
    const author = { org, admin, db, publisher: t.app.get(PublisherService) };
    for (let i = 0; i < count; i++) await scheduledPost(author, `Annonce ${++sequence}`, [channelId], { status: 'publishing', dueSecondsAgo: 1 });
    return claims.claim(count, 300, ROOMY);
  }
  const published = (row: ClaimedPublication, n: number): PublishOutcome => {
    const parts = [{ key: `cle-${n}`, remoteId: `statut-${n}`, url: `https://demo.example/@compte/${n}`, continuation: `statut-${n}` }];
    return { status: 'published', remoteId: parts[0].remoteId, url: parts[0].url, parts };
  };
  /** Every column an outcome may write, as the row has it. */
  const written = async (id: string) =>
    (
      await db.query(
        `SELECT state::text AS state, remote_url, published_parts, published_at, last_error, last_error_kind, reconcile_first, lease_until, handover_text, version
           FROM publication WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    peers = await startMastodonPeers({ maxCharacters: 1000 });
    t = await publishingTestApp(peers.platform, 'parvis-recorder-');
    db = t.app.get(DataSource);
    claims = t.app.get(PublicationClaimsRepository);
    recorder = t.app.get(OutcomeRecorder);
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville aux mille annonces');
    admin = await fixtures.agentFor(org.members.admin.email);
    const account = peers.mastodon.addAccount('ville', 'Ville');
    channelId = await addChannel(admin, org.id, { network: 'mastodon', handle: '@ville@demo', displayName: 'Ville' });
    await connectChannel(admin, org.id, channelId, { serviceUrl: peers.mastodon.origin, fields: { accessToken: account.token } });
  });

  afterAll(async () => {
    await t?.close();
    await peers?.close();
  });

  it('a published outcome written in a batch leaves the row exactly as the one-outcome path does (the batch UPDATE cannot drift from outcomeChanges)', async () => {
    const [batched, single] = await claimed(2);
    if (!batched || !single) throw new Error('two rows were not claimed');
    // As after an earlier attempt that failed and left its traces: published must clear them, both ways alike.
    await db.query(`UPDATE publication SET last_error = 'Délai dépassé', last_error_kind = 'transient', reconcile_first = true WHERE id = ANY($1::uuid[])`, [[batched.id, single.id]]);
    const settledAt = new Date('2026-12-01T10:00:00.123Z');
    await recorder.record({ row: batched, outcome: published(batched, 1), canReconcile: true, settledAt });
    const scope = { organizationId: org.id };
    await t.app.get(TransactionContext).run(async () => {
      const kept = await t.app.get(PublishingRepositories).forOrg(scope).publications.recordOutcome(single.id, single.attempts, outcomeChanges(published(single, 1), single.attempts, true, settledAt).changes);
      expect(kept).toBe(true);
    });
    expect(await written(batched.id)).toEqual(await written(single.id));
    expect(await written(batched.id)).toMatchObject({ state: 'published', remote_url: 'https://demo.example/@compte/1', lease_until: null, published_at: settledAt, last_error: null, reconcile_first: false });
  });

  it('records a burst in batches: every outcome once, one audit line each, each post published and its author told once', async () => {
    const rows = await claimed(30);
    const settledAt = new Date();
    await Promise.all(rows.map((row, i) => recorder.record({ row, outcome: published(row, 100 + i), canReconcile: true, settledAt })));
    const ids = rows.map((row) => row.id);
    const postIds = rows.map((row) => row.postId);
    expect(await db.query(`SELECT state::text AS state, count(*)::int AS n FROM publication WHERE id = ANY($1::uuid[]) GROUP BY 1`, [ids])).toEqual([{ state: 'published', n: 30 }]);
    expect(await db.query(`SELECT status::text AS status, count(*)::int AS n FROM post WHERE id = ANY($1::uuid[]) GROUP BY 1`, [postIds])).toEqual([{ status: 'published', n: 30 }]);
    const audit: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'publication.published' AND object_id = ANY($1::text[])`, [postIds]);
    expect(audit[0]?.n).toBe(30);
    const told: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM notification WHERE kind::text = 'post_published' AND link LIKE ANY($1::text[])`, [postIds.map((id) => `%/posts/${id}`)]);
    expect(told[0]?.n).toBe(30);
  });

  it('gathers outcomes that come a few milliseconds apart into one transaction (one commit for all, not one each)', async () => {
    const rows = await claimed(3);
    const settledAt = new Date();
    const recording: Promise<void>[] = [];
    for (const [i, row] of rows.entries()) {
      recording.push(recorder.record({ row, outcome: published(row, 200 + i), canReconcile: true, settledAt }));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await Promise.all(recording);
    // The transaction that wrote each row: one for the three.
    const writers: { xmin: string }[] = await db.query(`SELECT DISTINCT xmin::text AS xmin FROM publication WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.id)]);
    expect(writers).toHaveLength(1);
  });

  it('an outcome that cannot be written does not hold the others of its batch: they are written one by one, it alone fails', async () => {
    const rows = await claimed(6);
    const [first, ...rest] = rows;
    if (!first) throw new Error('nothing was claimed');
    const settledAt = new Date();
    // The first goes alone (nothing was waiting); the others queue behind it and share the next batch.
    const firstDone = recorder.record({ row: first, outcome: published(first, 200), canReconcile: true, settledAt });
    const broken: ClaimedPublication = { ...first, id: 'not-a-uuid' };
    const results = await Promise.allSettled([
      ...rest.map((row, i) => recorder.record({ row, outcome: published(row, 201 + i), canReconcile: true, settledAt })),
      recorder.record({ row: broken, outcome: published(broken, 299), canReconcile: true, settledAt }),
    ]);
    await firstDone;
    expect(results.slice(0, rest.length).every((result) => result.status === 'fulfilled')).toBe(true);
    expect(results[rest.length]?.status).toBe('rejected');
    const states: { state: string }[] = await db.query(`SELECT state::text AS state FROM publication WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.id)]);
    expect(states.map((row) => row.state)).toEqual(rows.map(() => 'published'));
  });

  it('the batch writes are bound to their organisation: another organisation’s repository neither records nor keys a row', async () => {
    const [row] = await claimed(1);
    if (!row) throw new Error('nothing was claimed');
    const elsewhere = t.app.get(PublishingRepositories).forOrg({ organizationId: randomUUID() }).publications;
    await t.app.get(TransactionContext).run(async () => {
      const record = { id: row.id, attempt: row.attempts, remoteId: 'statut-x', remoteUrl: 'https://demo.example/@x/1', parts: [], publishedAt: new Date() };
      expect(await elsewhere.recordPublished([record])).toEqual(new Set());
      expect(await elsewhere.keepPartKeysOf([{ id: row.id, keys: ['cle-x'] }])).toEqual(new Map());
    });
    const [after]: { state: string; part_keys: string[] | null }[] = await db.query(`SELECT state::text AS state, part_keys FROM publication WHERE id = $1`, [row.id]);
    expect(after).toEqual({ state: 'publishing', part_keys: row.partKeys });
  });

  it('the platform’s words keep no NUL byte (PostgreSQL refuses it in text and JSON): the failure is recorded, not lost', async () => {
    const [row] = await claimed(1);
    if (!row) throw new Error('nothing was claimed');
    await recorder.record({ row, outcome: { status: 'failed', kind: 'invalid_content', message: 'Texte refusé\u0000 par le serveur', parts: [] }, canReconcile: true, settledAt: new Date() });
    expect(await written(row.id)).toMatchObject({ state: 'failed', last_error: 'Texte refusé par le serveur', last_error_kind: 'invalid_content' });
    const audit: { message: string }[] = await db.query(`SELECT details->>'message' AS message FROM audit_event WHERE action = 'publication.failed' AND object_id = $1`, [row.postId]);
    expect(audit.map((line) => line.message)).toEqual(['Texte refusé par le serveur']);
  });
});
