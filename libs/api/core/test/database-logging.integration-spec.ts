import { ArgumentsHost, Logger, LoggerService } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { type DataSource, QueryFailedError } from 'typeorm';
import { HttpErrorFilter } from '../src/lib/errors/http-error.filter';
import { testDatabaseFromEnvironment } from '../src/lib/config/app-config';
import { createDataSource } from '../src/lib/database/data-source.factory';

const SECRET_HASH = '$argon2id$v=19$m=19456,t=2,p=1$SECRET-HASH-VALUE';
const SECRET_TEXT = 'SECRET-NOT-A-NUMBER';

/** Everything written anywhere while the statements fail: the Nest logger, the console, stdout and stderr. */
class LogCapture implements LoggerService {
  readonly lines: string[] = [];
  private readonly restores: (() => void)[] = [];

  start(): void {
    Logger.overrideLogger(this);
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        this.lines.push(args.map(String).join(' '));
      });
      this.restores.push(() => spy.mockRestore());
    }
    for (const stream of [process.stdout, process.stderr]) {
      const spy = jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        this.lines.push(String(chunk));
        return true;
      });
      this.restores.push(() => spy.mockRestore());
    }
  }

  stop(): string {
    this.restores.splice(0).forEach((restore) => restore());
    Logger.overrideLogger(false);
    return this.lines.join('\n');
  }

  log(message: unknown): void {
    this.lines.push(String(message));
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.lines.push([message, ...rest].map(String).join(' '));
  }
  warn(message: unknown): void {
    this.lines.push(String(message));
  }
  debug(message: unknown): void {
    this.lines.push(String(message));
  }
  verbose(message: unknown): void {
    this.lines.push(String(message));
  }
}

describe('failed SQL in the logs', () => {
  let dataSource: DataSource;
  const schema = `t_${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    // Core cannot use the testing library (it depends on core): a schema of this file's own.
    const { url, embedded } = testDatabaseFromEnvironment();
    if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through Jest');
    dataSource = createDataSource({ url, schema, embedded }, []);
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE secret_holder (id int PRIMARY KEY, password_hash text NOT NULL, n int)');
    await dataSource.query('INSERT INTO secret_holder (id, password_hash) VALUES ($1, $2)', [1, SECRET_HASH]);
  });
  afterAll(async () => {
    await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource.destroy();
  });

  it('names the statement and the error but never the parameters or the offending value', async () => {
    const capture = new LogCapture();
    capture.start();
    try {
      // unique violation, invalid input syntax (the value is quoted in PostgreSQL's message), not-null violation
      await expect(dataSource.query('INSERT INTO secret_holder (id, password_hash) VALUES ($1, $2)', [1, SECRET_HASH])).rejects.toThrow();
      await expect(dataSource.query('INSERT INTO secret_holder (id, password_hash, n) VALUES ($1, $2, $3)', [2, SECRET_HASH, SECRET_TEXT])).rejects.toThrow();
      await expect(dataSource.query('INSERT INTO secret_holder (id, password_hash) VALUES ($1, $2)', [3, null])).rejects.toThrow();
    } finally {
      const logged = capture.stop();
      expect(logged).toContain('INSERT INTO secret_holder');
      expect(logged).toContain('23505');
      expect(logged).not.toContain('SECRET-HASH-VALUE');
      expect(logged).not.toContain(SECRET_TEXT);
    }
  });

  it('an unexpected database error (a 500) is logged without its parameters either', async () => {
    let failure: unknown;
    try {
      // PostgreSQL quotes the bad value in its message: "invalid input syntax for type integer: "…""
      await dataSource.query('INSERT INTO secret_holder (id, password_hash, n) VALUES ($1, $2, $3)', [4, SECRET_HASH, SECRET_TEXT]);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(QueryFailedError);
    // The filter maps this one to a 400; as an unknown driver error it becomes a 500, which is logged.
    Object.assign((failure as QueryFailedError).driverError, { code: 'XX000' });
    const sent: { status?: number; body?: unknown } = {};
    const response = {
      headersSent: false,
      setHeader: () => response,
      status: (status: number) => ((sent.status = status), response),
      type: () => response,
      json: (body: unknown) => ((sent.body = body), response),
    };
    const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
    const capture = new LogCapture();
    capture.start();
    try {
      new HttpErrorFilter().catch(failure, host);
    } finally {
      const logged = capture.stop();
      expect(sent.status).toBe(500);
      expect(logged).toContain('INSERT INTO secret_holder');
      expect(logged).not.toContain('SECRET-HASH-VALUE');
      expect(logged).not.toContain(SECRET_TEXT);
    }
  });
});
