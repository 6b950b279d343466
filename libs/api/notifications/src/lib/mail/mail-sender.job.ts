import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRunner, ScheduledJob } from '@parvis/api/core';
import { MailClaimsRepository } from './mail-claims.repository';
import { MailSender } from './mail-sender';

/** Every 30 s: sends due mail (the row claims, not this job's claim, keep two senders apart) and purges old rows. */
@Injectable()
export class MailSenderJob implements ScheduledJob, OnModuleInit {
  readonly name = 'notifications.mail-sender';
  readonly everySeconds = 30;

  constructor(
    private readonly sender: MailSender,
    private readonly claims: MailClaimsRepository,
    private readonly runner: JobRunner,
  ) {}

  onModuleInit(): void {
    this.runner.register(this);
  }

  async run(): Promise<string> {
    const report = await this.sender.sendDue();
    const purged = await this.claims.purge();
    return `${report.sent} mail(s) sent, ${report.retrying} deferred, ${report.failed} failed, ${purged} old row(s) purged`;
  }
}
