import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, OrgBound, TransactionContext } from '@parvis/api/core';
import { InstanceMailEntity } from './instance-mail.entity';
import { MailOutboxRepositories } from './mail-outbox.repository';

export interface OutgoingMail {
  to: string;
  toName?: string;
  subject: string;
  text: string;
  html?: string;
}

/** Headers are one line: a name or subject with a line break would let the caller forge headers. */
const stripNul = (value: string): string => value.replaceAll('\u0000', '');
const oneLine = (value: string): string => stripNul(value).replace(/[\r\n]+/g, ' ').trim();

/**
 * Where every module drops the mail it sends. `enqueue` writes an outbox row in the caller's
 * transaction, so the mail exists if and only if what it announces commits; the sender job delivers
 * it later. Without SMTP_URL nothing is written at all: mail piled up while unconfigured would
 * flood everyone (with stale links) the day SMTP is set up.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly repositories: MailOutboxRepositories,
    private readonly transactions: TransactionContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mail goes out from this instance's configuration (SMTP_URL set). */
  get enabled(): boolean {
    return this.config.smtpUrl !== null;
  }

  async enqueue(scope: OrgBound, mail: OutgoingMail): Promise<void> {
    this.transactions.requireActive('A mail');
    if (!this.enabled) return;
    await this.repositories.forOrg(scope).insert(rowOf(mail));
  }

  /**
   * The same, for an account in no organisation (an instance operator): the row is the instance's own
   * (instance_mail_outbox), sent by the same job.
   */
  async enqueueForInstance(mail: OutgoingMail): Promise<void> {
    const manager = this.transactions.requireActive('A mail');
    if (!this.enabled) return;
    await manager.getRepository(InstanceMailEntity).insert(rowOf(mail));
  }
}

function rowOf(mail: OutgoingMail): { toAddress: string; toName: string | null; subject: string; text: string; html: string | null } {
  const to = oneLine(mail.to);
  if (!/^[^\s@<>,;]+@[^\s@<>,;]+$/.test(to) || to.length > 320) throw new Error('MailOutbox.enqueue needs one plain e-mail address in `to`');
  return {
    toAddress: to,
    toName: mail.toName ? oneLine(mail.toName).slice(0, 200) : null,
    subject: oneLine(mail.subject).slice(0, 300),
    text: stripNul(mail.text),
    html: mail.html ? stripNul(mail.html) : null,
  };
}
