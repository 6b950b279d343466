import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the receiving server got it, parsed (mailparser). */
export interface CapturedMail {
  messageId: string;
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Map<string, unknown>;
}

/** A reply the server gives instead of accepting (`451 Try again later`). */
export interface SmtpRefusal {
  code: number;
  message: string;
}

const failure = (refusal: SmtpRefusal): Error & { responseCode: number } => Object.assign(new Error(refusal.message), { responseCode: refusal.code });

/**
 * A real SMTP server (smtp-server) on loopback that keeps every message it accepts, for tests:
 * plain SMTP without STARTTLS or authentication. `refuseNext` makes it answer an error to the next
 * messages' recipients, as a server in trouble (4xx) or refusing (5xx) does.
 */
export class SmtpCapture {
  readonly mails: CapturedMail[] = [];
  private refusals: { refusal: SmtpRefusal; onlyTo: string | null }[] = [];
  private readonly server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      hideSTARTTLS: true,
      disableReverseLookup: true,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const index = this.refusals.findIndex((r) => r.onlyTo === null || r.onlyTo === address.address);
        const [match] = index >= 0 ? this.refusals.splice(index, 1) : [];
        callback(match ? failure(match.refusal) : null);
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.mails.push({
              messageId: parsed.messageId ?? '',
              to: session.envelope.rcptTo.map((r) => r.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: parsed.html || null,
              headers: parsed.headers,
            });
            callback(null);
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      },
    });
  }

  static async start(): Promise<SmtpCapture> {
    const capture = new SmtpCapture();
    await new Promise<void>((resolve, reject) => {
      capture.server.once('error', reject);
      capture.server.listen(0, '127.0.0.1', () => resolve());
    });
    return capture;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  /** SMTP_URL for the application under test. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next `count` recipients (or only those of `onlyTo`) get this reply instead of acceptance. */
  refuseNext(count: number, refusal: SmtpRefusal, onlyTo: string | null = null): void {
    for (let i = 0; i < count; i++) this.refusals.push({ refusal, onlyTo });
  }

  to(address: string): CapturedMail[] {
    return this.mails.filter((mail) => mail.to.includes(address));
  }

  clear(): void {
    this.mails.length = 0;
    this.refusals = [];
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
