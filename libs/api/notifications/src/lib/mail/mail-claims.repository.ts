import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The two outboxes, same columns and life: organisations' mail (org-owned) and the instance's own (to an
 * account in no organisation). A closed list: the only table names these statements are written with.
 */
export type MailBox = 'mail_outbox' | 'instance_mail_outbox';
const BOXES: readonly MailBox[] = ['mail_outbox', 'instance_mail_outbox'];

/** A mail claimed by this sender: what it needs to send it. */
export interface ClaimedMail {
  /** The outbox it was claimed from (its outcome is recorded there). */
  box: MailBox;
  id: string;
  toAddress: string;
  toName: string | null;
  subject: string;
  text: string;
  html: string | null;
  /** Including the attempt this claim starts. */
  attempts: number;
}

/**
 * The sender's claims, across organisations on purpose (the outbox belongs to the instance, like the
 * publication queue). Each method is one statement, its own short transaction, on the data source
 * (never inside a caller's transaction: mail is sent after what it announces has committed).
 */
@Injectable()
export class MailClaimsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes up to `limit` due mails, FOR UPDATE SKIP LOCKED: any number of senders share the outboxes and
   * never take the same row. A row still `sending` after its lease belongs to a sender that died; it
   * is taken again (at-least-once; its Message-ID stays the same so the receiving side may spot it).
   * Organisations' mail first, then the instance's with what the limit leaves.
   */
  async claim(limit: number, leaseSeconds: number): Promise<ClaimedMail[]> {
    const claimed: ClaimedMail[] = [];
    for (const box of BOXES) {
      if (claimed.length >= limit) break;
      claimed.push(...(await this.claimFrom(box, limit - claimed.length, leaseSeconds)));
    }
    return claimed;
  }

  private async claimFrom(box: MailBox, limit: number, leaseSeconds: number): Promise<ClaimedMail[]> {
    const [rows]: [Omit<ClaimedMail, 'box'>[], number] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM ${box}
          WHERE (state = 'pending' AND next_attempt_at <= now()) OR (state = 'sending' AND lease_until < now())
          ORDER BY next_attempt_at, id
          LIMIT $1
          FOR UPDATE SKIP LOCKED)
       UPDATE ${box} m
          SET state = 'sending', attempts = m.attempts + 1, lease_until = now() + make_interval(secs => $2),
              version = m.version + 1, updated_at = now()
         FROM due WHERE m.id = due.id
       RETURNING m.id, m.to_address AS "toAddress", m.to_name AS "toName",
                 m.subject, m.text, m.html, m.attempts`,
      [limit, leaseSeconds],
    );
    return rows.map((row) => ({ box, ...row }));
  }

  async markSent(mail: Pick<ClaimedMail, 'box' | 'id'>): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${mail.box} SET state = 'sent', sent_at = now(), lease_until = NULL, last_error = NULL, version = version + 1, updated_at = now()
        WHERE id = $1 AND state = 'sending'`,
      [mail.id],
    );
  }

  /** Back to the queue after a temporary failure, due again after `delayMs`. */
  async markRetry(mail: Pick<ClaimedMail, 'box' | 'id'>, words: string, delayMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${mail.box} SET state = 'pending', next_attempt_at = now() + make_interval(secs => $3::double precision / 1000), lease_until = NULL,
              last_error = $2, version = version + 1, updated_at = now()
        WHERE id = $1 AND state = 'sending'`,
      [mail.id, words, delayMs],
    );
  }

  async markFailed(mail: Pick<ClaimedMail, 'box' | 'id'>, words: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${mail.box} SET state = 'failed', lease_until = NULL, last_error = $2, version = version + 1, updated_at = now()
        WHERE id = $1 AND state = 'sending'`,
      [mail.id, words],
    );
  }

  /** Mail is personal data: sent mail is kept 30 days (for support), failed mail 90. */
  async purge(): Promise<number> {
    let purged = 0;
    for (const box of BOXES) {
      const [, affected]: [unknown, number] = await this.dataSource.query(
        `DELETE FROM ${box}
          WHERE (state = 'sent' AND sent_at < now() - interval '30 days') OR (state = 'failed' AND updated_at < now() - interval '90 days')`,
      );
      purged += affected;
    }
    return purged;
  }
}
