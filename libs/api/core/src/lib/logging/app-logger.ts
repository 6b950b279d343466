import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { currentRequestId } from './request-context';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** The Nest console logger, with the request id in every line written while serving a request. */
export class AppLogger extends ConsoleLogger {
  constructor(level: 'error' | 'warn' | 'log' | 'debug' | 'verbose') {
    super('Parvis', { logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1) });
  }

  protected override formatContext(context: string): string {
    const requestId = currentRequestId();
    const base = super.formatContext(context);
    return requestId ? `${base}[req ${requestId}] ` : base;
  }
}
