import { ConfigValidationError, loadConfig } from './app-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
}

describe('configuration', () => {
  it('has working defaults: port 3000, embedded engine, demo data, Europe/Paris', () => {
    const config = loadConfig({});
    expect(config).toEqual(
      expect.objectContaining({ port: 3000, publicUrl: 'http://localhost:3000', databaseUrl: null, seedDemo: true, signupEnabled: false, secureCookies: false }),
    );
    expect(config.encryptionKey).toHaveLength(32);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'abc', DATABASE_URL: 'mysql://x', SIGNUP_ENABLED: 'maybe', LOG_LEVEL: 'loud', DEFAULT_TIME_ZONE: 'Mars/Olympus' });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['PORT', 'DATABASE_URL', 'DEFAULT_TIME_ZONE', 'SIGNUP_ENABLED', 'LOG_LEVEL']);
  });

  it('requires a 32-byte encryption key in production, and never seeds demo data there', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^ENCRYPTION_KEY is required/)]);
    expect(problemsOf({ NODE_ENV: 'production', ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toEqual([expect.stringMatching(/^ENCRYPTION_KEY must be 32 bytes/)]);
    const config = loadConfig({ NODE_ENV: 'production', ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'), PUBLIC_URL: 'https://parvis.ville.fr/' });
    expect(config).toEqual(expect.objectContaining({ seedDemo: false, secureCookies: true, publicUrl: 'https://parvis.ville.fr' }));
  });

  it('trusts X-Forwarded-For only from the proxies TRUST_PROXY names', () => {
    expect(loadConfig({}).trustProxy).toBeNull();
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,loopback,::1' }).trustProxy).toEqual(['10.0.0.5', '10.1.0.0/16', 'loopback', '::1']);
    for (const bad of ['true', '1', 'everyone', '10.0.0.999', '10.0.0.0/99', ' , ']) {
      expect(problemsOf({ TRUST_PROXY: bad })).toEqual([expect.stringMatching(/^TRUST_PROXY must list/)]);
    }
  });

  it('gives new organisations the DEFAULT_TIME_ZONE', () => {
    expect(loadConfig({}).defaultTimeZone).toBe('Europe/Paris');
    expect(loadConfig({ DEFAULT_TIME_ZONE: 'America/Cayenne' }).defaultTimeZone).toBe('America/Cayenne');
  });

  it('reads the outbound allow-list (host:port pairs) and allows http:// servers outside production only', () => {
    expect(loadConfig({ OUTBOUND_ALLOW_LIST: '127.0.0.1:2583, [::1]:8080' })).toEqual(expect.objectContaining({ outboundAllowList: ['127.0.0.1:2583', '[::1]:8080'], outboundAllowHttp: true }));
    expect(problemsOf({ OUTBOUND_ALLOW_LIST: '127.0.0.1' })).toEqual([expect.stringMatching(/^OUTBOUND_ALLOW_LIST must list/)]);
    expect(loadConfig({ NODE_ENV: 'production', ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') }).outboundAllowHttp).toBe(false);
  });

  it('publishes from every instance unless PUBLISHER_ENABLED=false (tests tick explicitly)', () => {
    expect(loadConfig({}).publisherEnabled).toBe(true);
    expect(loadConfig({ PUBLISHER_ENABLED: 'false' }).publisherEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).publisherEnabled).toBe(false);
    expect(loadConfig({}).publisherTickMs).toBe(500);
    expect(loadConfig({ PUBLISHER_TICK_MS: '250', PUBLISHER_LEASE_SECONDS: '20' })).toMatchObject({ publisherTickMs: 250, publisherLeaseSeconds: 20 });
    expect(() => loadConfig({ PUBLISHER_LEASE_SECONDS: '1' })).toThrow(/PUBLISHER_LEASE_SECONDS/);
    expect(problemsOf({ PUBLISHER_ENABLED: 'maybe' })).toEqual([expect.stringMatching(/^PUBLISHER_ENABLED/)]);
  });

  it('sends mail only when SMTP_URL is an smtp(s):// URL, never echoing it, from a valid MAIL_FROM', () => {
    expect(loadConfig({})).toEqual(expect.objectContaining({ smtpUrl: null, mailFrom: 'Parvis <no-reply@localhost>' }));
    const config = loadConfig({ SMTP_URL: 'smtps://bot:s3cret@smtp.ville.fr:465', MAIL_FROM: 'Mairie de Brest <communication@brest.fr>' });
    expect(config).toEqual(expect.objectContaining({ smtpUrl: 'smtps://bot:s3cret@smtp.ville.fr:465', mailFrom: 'Mairie de Brest <communication@brest.fr>' }));
    expect(loadConfig({ MAIL_FROM: 'no-reply@ville.fr' }).mailFrom).toBe('no-reply@ville.fr');
    for (const bad of ['http://smtp.ville.fr', 'smtp.ville.fr:25', 'smtp://', 'mailto:x@y.fr', 'smtp://user:pa ss@']) {
      const problems = problemsOf({ SMTP_URL: bad });
      expect(problems).toEqual([expect.stringMatching(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/)]);
    }
    expect(problemsOf({ SMTP_URL: 'ftp://bot:s3cret@smtp.ville.fr' }).join(' ')).not.toContain('s3cret');
    for (const bad of ['Parvis', 'Parvis <no-reply>', 'a@b.fr\r\nBcc: victim@x.fr', '<a@b.fr', 'a b@c.fr']) {
      expect(problemsOf({ MAIL_FROM: bad })).toEqual([expect.stringMatching(/^MAIL_FROM must be an address/)]);
    }
  });
});
