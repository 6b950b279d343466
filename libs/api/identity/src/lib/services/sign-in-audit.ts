import { Injectable } from '@nestjs/common';
import { AuditLog, TransactionContext } from '@parvis/api/core';
import { IdentityStore } from '../repositories/identity-store';

export type SignInAction = 'auth.login' | 'auth.logout' | 'auth.login_failed';

/**
 * Sign-ins, sign-outs and failed attempts on a known account go into the audit log of every
 * organisation the account belongs to (the log is the organisation's archive), inside the caller's
 * transaction, with the client address of the request. Never the password, never the e-mail typed:
 * an attempt on an unknown e-mail belongs to no organisation and is only counted by the throttle.
 */
@Injectable()
export class SignInAudit {
  constructor(
    private readonly store: IdentityStore,
    private readonly audit: AuditLog,
    private readonly transactions: TransactionContext,
  ) {}

  async record(user: { id: string; displayName: string }, action: SignInAction, details: Record<string, string | number | boolean> = {}): Promise<void> {
    this.transactions.requireActive('A sign-in audit event');
    for (const membership of await this.store.repos.memberships.listForUser(user.id)) {
      await this.audit.record(
        { organizationId: membership.organizationId },
        { actor: { membershipId: membership.id, userId: user.id, label: user.displayName }, objectType: 'user', objectId: user.id, action, details },
      );
    }
  }
}
