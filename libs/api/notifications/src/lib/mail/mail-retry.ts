/** Attempts before a mail is given up (about 8 h of retries with the delays below). */
export const MAIL_MAX_ATTEMPTS = 10;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 3600_000;

/**
 * Delay before attempt `attempts + 1`, after `attempts` failed ones: 30 s, 1 min, 2 min… up to 6 h,
 * ±20 % jitter so that mail deferred together by a server outage does not all come back at once.
 * `random` is in [0, 1).
 */
export function mailRetryDelayMs(attempts: number, random: number = Math.random()): number {
  const base = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return Math.round(base * (0.8 + 0.4 * random));
}

/** What went wrong with one attempt, in the SMTP server's own words when it answered. */
export interface SendFailure {
  /** The server refused this message for good (5xx except 503): retrying would get the same answer. */
  permanent: boolean;
  /** The server could not be reached or dropped the connection: the rest of the batch will fail too. */
  connection: boolean;
  /** `550 5.1.1 <x@ville.fr>: Recipient address rejected`, or the connection error. */
  words: string;
  /** For the log: codes only (`EENVELOPE 550`), never addresses or content. */
  summary: string;
}

interface SmtpErrorLike {
  message?: unknown;
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  permanent?: unknown;
}

const CONNECTION_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY']);

/** Reads a nodemailer error (its `permanent` flag follows RFC 5321 reply classes). */
export function describeSendFailure(error: unknown): SendFailure {
  const e: SmtpErrorLike = typeof error === 'object' && error !== null ? (error as SmtpErrorLike) : { message: String(error) };
  const code = typeof e.code === 'string' ? e.code : 'ERROR';
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const response = typeof e.response === 'string' && e.response.trim() !== '' ? e.response.trim() : null;
  const message = typeof e.message === 'string' ? e.message : 'unknown error';
  return {
    permanent: e.permanent === true,
    connection: responseCode === null && CONNECTION_CODES.has(code),
    words: (response ?? message).slice(0, 1000),
    summary: responseCode === null ? code : `${code} ${responseCode}`,
  };
}
