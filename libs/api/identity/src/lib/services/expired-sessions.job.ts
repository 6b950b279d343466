import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRunner, ScheduledJob } from '@parvis/api/core';
import { LOGIN_LOCK_MAX_MINUTES } from '@parvis/shared/domain';
import { IdentityStore } from '../repositories/identity-store';

/** Login counters untouched for longer than the longest lock (and a day more) are forgotten. */
const STALE_COUNTER_MS = (LOGIN_LOCK_MAX_MINUTES + 24 * 60) * 60_000;

/** Hourly: removes expired sessions and stale login counters (the first job of the jobs module). */
@Injectable()
export class ExpiredSessionsJob implements ScheduledJob, OnModuleInit {
  readonly name = 'identity.expired-sessions';
  readonly everySeconds = 3600;

  constructor(
    private readonly store: IdentityStore,
    private readonly runner: JobRunner,
  ) {}

  onModuleInit(): void {
    this.runner.register(this);
  }

  async run(): Promise<string> {
    const sessions = await this.store.repos.sessions.deleteExpired();
    const counters = await this.store.repos.loginThrottle.purgeOlderThan(new Date(Date.now() - STALE_COUNTER_MS));
    return `${sessions} expired session(s) and ${counters} stale login counter(s) removed`;
  }
}
