import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@parvis/api/core';
import { ClaimedMail, MailClaimsRepository } from './mail-claims.repository';
import { describeSendFailure, MAIL_MAX_ATTEMPTS, mailRetryDelayMs, SendFailure } from './mail-retry';
import { MailTransport } from './mail-transport';

/** Mails claimed at once; the lease covers their sending with every timeout reached. */
const BATCH = 10;
const LEASE_SECONDS = 15 * 60;

export interface SendReport {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Delivers the outbox: claims due rows (short statements), sends each outside any transaction, then
 * records the outcome. Temporary failures come back with exponential backoff; a permanent refusal,
 * or the last attempt, marks the row failed with the server's words. Logs ids and codes, never
 * addresses or content.
 */
@Injectable()
export class MailSender {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly claims: MailClaimsRepository,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends due mail, batch after batch, until none is due or `maxMails` were tried. */
  async sendDue(maxMails = 200): Promise<SendReport> {
    const report: SendReport = { sent: 0, retrying: 0, failed: 0 };
    if (!this.config.smtpUrl) return report;
    let tried = 0;
    while (tried < maxMails) {
      const batch = await this.claims.claim(Math.min(BATCH, maxMails - tried), LEASE_SECONDS);
      if (batch.length === 0) break;
      tried += batch.length;
      if (!(await this.sendBatch(batch, report))) break;
    }
    return report;
  }

  /** False when the server could not be reached: the rest of the batch is deferred with the same words. */
  private async sendBatch(batch: ClaimedMail[], report: SendReport): Promise<boolean> {
    for (const [index, mail] of batch.entries()) {
      try {
        await this.transport.send(mail);
        await this.claims.markSent(mail);
        report.sent++;
      } catch (error) {
        const failure = describeSendFailure(error);
        await this.recordFailure(mail, failure, report);
        if (failure.connection) {
          for (const rest of batch.slice(index + 1)) await this.recordFailure(rest, failure, report);
          return false;
        }
      }
    }
    return true;
  }

  private async recordFailure(mail: ClaimedMail, failure: SendFailure, report: SendReport): Promise<void> {
    if (failure.permanent || mail.attempts >= MAIL_MAX_ATTEMPTS) {
      const words = failure.permanent ? failure.words : `Gave up after ${mail.attempts} attempts: ${failure.words}`;
      await this.claims.markFailed(mail, words);
      report.failed++;
      this.logger.warn(`mail ${mail.id} failed for good (${failure.summary}, attempt ${mail.attempts})`);
      return;
    }
    const delay = mailRetryDelayMs(mail.attempts);
    await this.claims.markRetry(mail, failure.words, delay);
    report.retrying++;
    this.logger.warn(`mail ${mail.id} deferred ${Math.round(delay / 1000)} s (${failure.summary}, attempt ${mail.attempts})`);
  }
}
