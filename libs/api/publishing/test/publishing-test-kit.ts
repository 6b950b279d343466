import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamicModule, Global, LoggerService, Module } from '@nestjs/common';
import { BlueskyAdapter } from '@parvis/api/adapters/bluesky';
import { MastodonAdapter } from '@parvis/api/adapters/mastodon';
import { SafeHttpClient } from '@parvis/api/http';
import { ManualChannelAdapter, PLATFORM_REGISTRY, PlatformRegistry } from '@parvis/api/platform';

/** The real adapters, registered as apps/api registers them, allowed to reach the local peers. */
export function testPlatformModule(allowList: string[]): { module: DynamicModule; close(): Promise<void> } {
  const http = new SafeHttpClient({ allowList });
  const registry = new PlatformRegistry([new BlueskyAdapter({ http, allowHttp: true }), new MastodonAdapter({ http, allowHttp: true, mediaTimeoutMs: 10_000 }), new ManualChannelAdapter()]);
  @Global()
  @Module({})
  class TestPlatformModule {}
  return {
    module: { module: TestPlatformModule, providers: [{ provide: PLATFORM_REGISTRY, useValue: registry }], exports: [PLATFORM_REGISTRY] },
    close: () => http.close(),
  };
}

/**
 * A loopback HTTP proxy in front of a peer that counts the XRPC methods called through it: the only
 * way to count the PDS's `createSession` calls from outside it.
 */
export class CountingProxy {
  readonly calls = new Map<string, number>();
  private readonly faults: { method: string; skip: number; remaining: number }[] = [];
  private server: Server | null = null;
  origin = '';

  constructor(private readonly target: string) {}

  count(method: string): number {
    return this.calls.get(method) ?? 0;
  }

  /** The next `times` calls of `method` (after letting `after` through) answer 500 without reaching the peer. */
  failNext(method: string, times = 1, after = 0): void {
    this.faults.push({ method, skip: after, remaining: times });
  }

  private faultFor(method: string): boolean {
    const fault = this.faults.find((candidate) => candidate.method === method && candidate.remaining > 0);
    if (!fault) return false;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return false;
    }
    fault.remaining -= 1;
    return true;
  }

  async start(): Promise<this> {
    const target = new URL(this.target);
    this.server = createServer((incoming, outgoing) => {
      const path = incoming.url ?? '/';
      const method = /^\/xrpc\/([^?]+)/.exec(path)?.[1];
      if (method) this.calls.set(method, this.count(method) + 1);
      if (method && this.faultFor(method)) {
        incoming.resume();
        outgoing.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'InternalServerError', message: 'Internal Server Error' }));
        return;
      }
      const forward = httpRequest({ host: target.hostname, port: target.port, path, method: incoming.method, headers: { ...incoming.headers, host: target.host } }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      forward.on('error', () => outgoing.destroy());
      incoming.pipe(forward);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get hostPort(): string {
    return new URL(this.origin).host;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** Keeps every line the application logs, at every level. */
export class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  private keep(level: string, message: unknown, rest: unknown[]): void {
    this.lines.push(`${level} ${[message, ...rest].map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ')}`);
  }
  log(message: unknown, ...rest: unknown[]): void {
    this.keep('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.keep('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.keep('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.keep('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.keep('verbose', message, rest);
  }
}
