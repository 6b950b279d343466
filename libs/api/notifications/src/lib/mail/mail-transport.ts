import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@parvis/api/core';
import type { ClaimedMail } from './mail-claims.repository';

type Transporter = ReturnType<typeof createTransport>;

/** The domain of MAIL_FROM, for Message-IDs (`<id@ville.fr>`). */
function fromDomain(mailFrom: string): string {
  const match = /@([^\s<>@]+)>?\s*$/.exec(mailFrom);
  return match?.[1] ?? 'localhost';
}

/**
 * nodemailer over SMTP_URL: one pooled connection set per instance, with timeouts so that a dead
 * server fails an attempt instead of holding the sender. It never logs (nodemailer's logger is off).
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private transporter: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get smtp(): Transporter {
    if (!this.config.smtpUrl) throw new Error('SMTP_URL is not set');
    this.transporter ??= createTransport({
      url: this.config.smtpUrl,
      pool: true,
      maxConnections: 2,
      connectionTimeout: 20_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
      logger: false,
      debug: false,
    });
    return this.transporter;
  }

  /** Resolves once the server accepted the message; throws nodemailer's error otherwise. */
  async send(mail: ClaimedMail): Promise<void> {
    await this.smtp.sendMail({
      from: this.config.mailFrom,
      to: mail.toName ? { name: mail.toName, address: mail.toAddress } : mail.toAddress,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      // The same for every attempt of this row: a duplicate after a crash is recognisable.
      messageId: `<${mail.id}@${fromDomain(this.config.mailFrom)}>`,
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    });
  }

  onModuleDestroy(): void {
    this.transporter?.close();
    this.transporter = null;
  }
}
