import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

interface DriverErrorFields {
  code?: unknown;
  constraint?: unknown;
  driverError?: { code?: unknown; constraint?: unknown; message?: unknown };
  message?: unknown;
}

/**
 * PostgreSQL quotes the offending value at the end of some messages (`invalid input syntax for type
 * uuid: "…"`): that value may be a secret, so it is cut. The `detail` field (the failing row) is never read.
 */
export function redactDriverMessage(message: string): string {
  return message.replace(/:\s*".*"\s*$/s, ': "[redacted]"');
}

/** One line about a failed statement: the SQL text, the SQLSTATE, the constraint; never the parameters. */
export function describeQueryError(error: unknown, query?: string): string {
  const fields = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as DriverErrorFields;
  const code = fields.driverError?.code ?? fields.code;
  const constraint = fields.driverError?.constraint ?? fields.constraint;
  const rawMessage = fields.driverError?.message ?? fields.message;
  const message = typeof rawMessage === 'string' ? redactDriverMessage(rawMessage) : 'unknown error';
  const parts = [`Query failed${typeof code === 'string' ? ` (SQLSTATE ${code})` : ''}: ${message}`];
  if (typeof constraint === 'string') parts.push(`constraint ${constraint}`);
  if (query) parts.push(`statement: ${query}`);
  return parts.join('; ');
}

/**
 * TypeORM's logger, through the Nest logger (request id included). Its built-in loggers print the
 * parameters of a failed statement, which once put a password hash in the logs: this one never does.
 */
export class DatabaseLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    // Successful statements are not logged (volume; and their parameters may be secrets).
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.error(describeQueryError(error, query));
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${query}`);
  }

  /** Schema and migration chatter stays at debug level (TypeORM's `logging: ['error']` kept it quiet). */
  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.debug(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(typeof message === 'string' ? message : JSON.stringify(message));
  }
}
