import { randomBytes } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import { isValidTimeZone } from '@parvis/shared/domain';

/** Everything the API reads from its environment, validated once at boot. Nothing else reads `process.env`. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  /** Absent: the embedded engine is started under `dataDir`. */
  databaseUrl: string | null;
  /** Optional schema (tests isolate each file in its own). */
  databaseSchema: string | null;
  dataDir: string;
  /** 32 bytes, AES-256-GCM key for credentials at rest. */
  encryptionKey: Buffer;
  sessionTtlHours: number;
  secureCookies: boolean;
  loginRateLimitPerMinute: number;
  /** Requests per minute and client address on each public route of an external-review link (page, media, decision). */
  externalReviewRateLimitPerMinute: number;
  /** Requests per minute and client address on the calendar feeds' secret .ics addresses. */
  calendarFeedRateLimitPerMinute: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /**
   * The reverse proxies whose X-Forwarded-For is believed (addresses, CIDR ranges or express' names
   * loopback / linklocal / uniquelocal); null: none, the client is the TCP peer.
   */
  trustProxy: string[] | null;
  /** The zone of an organisation created without one. */
  defaultTimeZone: string;
  /** Scheduled jobs tick in this instance (off in tests, which run them explicitly). */
  jobsEnabled: boolean;
  /** This instance claims and sends due publications (off in tests, which tick explicitly). */
  publisherEnabled: boolean;
  /** How often the publisher looks for due publications (ms). */
  publisherTickMs: number;
  /** How long a claimed publication is held before another instance reconciles it (longer than any publish call). */
  publisherLeaseSeconds: number;
  signupEnabled: boolean;
  instanceAdminEmail: string | null;
  seedDemo: boolean;
  webDistDir: string | null;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** `host:port` pairs the SSRF-safe client may reach although loopback or private (tests, local demos). */
  outboundAllowList: string[];
  /** http:// for user-given servers (Mastodon instances, Bluesky PDSes): off in production unless set. */
  outboundAllowHttp: boolean;
  /** Largest media file accepted in one upload (bytes; larger: 413). */
  mediaMaxUploadBytes: number;
  /** Media bytes an organisation may store, renditions included. */
  mediaQuotaBytes: number;
  /** smtp:// or smtps:// (credentials in the URL); null: no mail is written or sent at all. */
  smtpUrl: string | null;
  /** The From header of every mail (`Parvis <no-reply@localhost>`). */
  mailFrom: string;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

type Env = Record<string, string | undefined>;

class EnvReader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const value = this.env[name];
    return value === undefined || value === '' ? fallback : value;
  }

  optional(name: string): string | null {
    const value = this.env[name];
    return value === undefined || value === '' ? null : value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function readTrustProxy(reader: EnvReader, raw: string | null): string[] | null {
  if (raw === null) return null;
  const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  const invalid = entries.filter((entry) => !PROXY_NAMES.includes(entry) && !isIpOrRange(entry));
  if (entries.length === 0 || invalid.length > 0) {
    reader.problems.push(`TRUST_PROXY must list the proxy's addresses or ranges (e.g. 10.0.0.5 or 10.0.0.0/24, loopback), comma-separated (got "${raw}")`);
    return null;
  }
  return entries;
}

/** A dotted IPv4 address (not ipaddr's lenient "1" or "10.1"), an IPv6 address, or either with /bits. */
function isIpOrRange(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const isAddress = ipaddr.IPv4.isValidFourPartDecimal(address) || ipaddr.IPv6.isValid(address);
  if (!isAddress || rest.length > 0) return false;
  if (bits === undefined) return true;
  try {
    ipaddr.parseCIDR(entry);
    return true;
  } catch {
    return false;
  }
}

function readEncryptionKey(reader: EnvReader, raw: string | null, production: boolean): Buffer {
  if (raw === null) {
    if (production) reader.problems.push('ENCRYPTION_KEY is required in production (32 bytes, base64: `openssl rand -base64 32`)');
    // Development and tests: an ephemeral key; credentials encrypted with it do not survive a restart.
    return randomBytes(32);
  }
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) {
    reader.problems.push('ENCRYPTION_KEY must be 32 bytes encoded in base64 (`openssl rand -base64 32`)');
    return randomBytes(32);
  }
  return key;
}

/** `127.0.0.1:2583, [::1]:8080, pds.local:443`: every entry a host and a port. */
function readOutboundAllowList(reader: EnvReader, raw: string | null): string[] {
  if (raw === null) return [];
  const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const bad = entries.filter((entry) => !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/i.test(entry));
  if (bad.length > 0) reader.problems.push(`OUTBOUND_ALLOW_LIST must list host:port pairs, comma-separated (got "${bad.join(', ')}")`);
  return entries;
}

/** An smtp:// or smtps:// URL with a host; the value is never echoed (it may carry a password). */
function readSmtpUrl(reader: EnvReader, raw: string | null): string | null {
  if (raw === null) return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || url.hostname === '') {
    reader.problems.push('SMTP_URL must be an smtp:// or smtps:// URL with a host, e.g. smtps://user:password@smtp.example.fr:465 (value not shown)');
    return null;
  }
  return raw;
}

/** `Name <address@host>` or `address@host`, on one line (it becomes a header). */
function readMailFrom(reader: EnvReader, raw: string): string {
  if (!/^(?:[^<>\r\n@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(raw.trim())) {
    reader.problems.push(`MAIL_FROM must be an address, optionally with a name: Parvis <no-reply@ville.fr> (got "${raw.replace(/[\r\n]/g, ' ')}")`);
  }
  return raw.trim();
}

export function loadConfig(env: Env): AppConfig {
  const reader = new EnvReader(env);
  const nodeEnv = reader.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const port = reader.int('PORT', 3000, 0, 65535);
  const publicUrl = reader.string('PUBLIC_URL', `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(publicUrl)) reader.problems.push(`PUBLIC_URL must be an http(s) URL (got "${publicUrl}")`);
  const databaseUrl = reader.optional('DATABASE_URL');
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    reader.problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const databaseSchema = reader.optional('DATABASE_SCHEMA');
  if (databaseSchema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    reader.problems.push('DATABASE_SCHEMA must be a lower-case SQL identifier');
  }
  const instanceAdminEmail = reader.optional('INSTANCE_ADMIN_EMAIL');
  if (instanceAdminEmail !== null && !/^[^\s@]+@[^\s@]+$/.test(instanceAdminEmail)) {
    reader.problems.push('INSTANCE_ADMIN_EMAIL must be an e-mail address');
  }
  const defaultZone = reader.string('DEFAULT_TIME_ZONE', 'Europe/Paris');
  if (!isValidTimeZone(defaultZone)) reader.problems.push(`DEFAULT_TIME_ZONE must be an IANA time zone (got "${defaultZone}")`);

  const config: AppConfig = {
    nodeEnv,
    port,
    host: reader.string('HOST', '0.0.0.0'),
    publicUrl,
    databaseUrl,
    databaseSchema,
    dataDir: reader.string('DATA_DIR', 'data'),
    encryptionKey: readEncryptionKey(reader, reader.optional('ENCRYPTION_KEY'), nodeEnv === 'production'),
    sessionTtlHours: reader.int('SESSION_TTL_HOURS', 12, 1, 24 * 30),
    secureCookies: reader.bool('SECURE_COOKIES', publicUrl.startsWith('https://')),
    loginRateLimitPerMinute: reader.int('LOGIN_RATE_LIMIT_PER_MINUTE', 10, 1, 1_000_000),
    externalReviewRateLimitPerMinute: reader.int('EXTERNAL_REVIEW_RATE_LIMIT_PER_MINUTE', 120, 1, 1_000_000),
    calendarFeedRateLimitPerMinute: reader.int('CALENDAR_FEED_RATE_LIMIT_PER_MINUTE', 60, 1, 1_000_000),
    loginMaxFailures: reader.int('LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockMinutes: reader.int('LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    trustProxy: readTrustProxy(reader, reader.optional('TRUST_PROXY')),
    defaultTimeZone: defaultZone,
    jobsEnabled: reader.bool('JOBS_ENABLED', nodeEnv !== 'test'),
    publisherEnabled: reader.bool('PUBLISHER_ENABLED', nodeEnv !== 'test'),
    publisherTickMs: reader.int('PUBLISHER_TICK_MS', 500, 50, 60_000),
    publisherLeaseSeconds: reader.int('PUBLISHER_LEASE_SECONDS', 300, 5, 3_600),
    signupEnabled: reader.bool('SIGNUP_ENABLED', false),
    instanceAdminEmail,
    seedDemo: reader.bool('SEED_DEMO', databaseUrl === null && nodeEnv !== 'production'),
    webDistDir: reader.optional('WEB_DIST_DIR'),
    logLevel: reader.oneOf('LOG_LEVEL', ['error', 'warn', 'log', 'debug', 'verbose'] as const, 'log'),
    outboundAllowList: readOutboundAllowList(reader, reader.optional('OUTBOUND_ALLOW_LIST')),
    outboundAllowHttp: reader.bool('OUTBOUND_ALLOW_HTTP', nodeEnv !== 'production'),
    mediaMaxUploadBytes: reader.int('MEDIA_MAX_UPLOAD_BYTES', 100 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    mediaQuotaBytes: reader.int('MEDIA_QUOTA_BYTES', 5 * 1024 * 1024 * 1024, 1024 * 1024, Number.MAX_SAFE_INTEGER),
    smtpUrl: readSmtpUrl(reader, reader.optional('SMTP_URL')),
    mailFrom: readMailFrom(reader, reader.string('MAIL_FROM', 'Parvis <no-reply@localhost>')),
  };
  if (reader.problems.length > 0) throw new ConfigValidationError(reader.problems);
  return config;
}

/** The one place the process environment is read (main.ts and the CLI call this). */
export function loadConfigFromEnvironment(): AppConfig {
  return loadConfig(process.env);
}

/**
 * The test runner's database, also from the environment: TEST_DATABASE_URL (given by CI, or set by
 * the Jest global setup when it starts the embedded engine).
 */
export function testDatabaseFromEnvironment(): { url: string | null; embedded: boolean } {
  return { url: process.env['TEST_DATABASE_URL'] || null, embedded: process.env['PARVIS_TEST_DATABASE_EMBEDDED'] === 'true' };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
