import { Injectable } from '@nestjs/common';
import type { DeepPartial } from 'typeorm';
import type { OrgBound } from '../database/org-repository';
import { TransactionContext } from '../database/transaction-context';
import { currentClientAddress, currentRequestId } from '../logging/request-context';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditEventsRepository } from './audit-events.repository';

/** Who acted: a member (with their display name as it is now), or the system (a job, the scheduler). */
export type AuditActor = { membershipId: string | null; userId: string | null; label: string } | 'system';

export interface AuditEntry {
  actor: AuditActor;
  objectType: string;
  objectId: string | null;
  action: string;
  justification?: string | null;
  contentHashBefore?: string | null;
  contentHashAfter?: string | null;
  details?: Record<string, unknown>;
}

export const SYSTEM_ACTOR_LABEL = 'Système';

/**
 * Writes the audit log. Only inside the caller's transaction: the line commits with the change it
 * records, or neither does. The request id and client address come from the request context.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly transactions: TransactionContext) {}

  async record(scope: OrgBound, entry: AuditEntry): Promise<AuditEventEntity> {
    this.transactions.requireActive('An audit event');
    return this.events(scope).insert(this.row(entry));
  }

  /** Several lines in one statement (the publisher's outcomes, recorded in batches). */
  async recordMany(scope: OrgBound, entries: readonly AuditEntry[]): Promise<void> {
    this.transactions.requireActive('An audit event');
    await this.events(scope).insertMany(entries.map((entry) => this.row(entry)));
  }

  private row(entry: AuditEntry): DeepPartial<AuditEventEntity> {
    const actor = entry.actor === 'system' ? { membershipId: null, userId: null, label: SYSTEM_ACTOR_LABEL } : entry.actor;
    return {
      actorMembershipId: actor.membershipId,
      actorUserId: actor.userId,
      actorLabel: actor.label.slice(0, 200),
      objectType: entry.objectType,
      objectId: entry.objectId,
      action: entry.action,
      justification: entry.justification ?? null,
      contentHashBefore: entry.contentHashBefore ?? null,
      contentHashAfter: entry.contentHashAfter ?? null,
      clientAddress: currentClientAddress()?.slice(0, 64) ?? null,
      requestId: currentRequestId() ?? null,
      details: entry.details ?? {},
    };
  }

  /** The organisation's log, for reading (the read route and exports). */
  events(scope: OrgBound): AuditEventsRepository {
    return new AuditEventsRepository(this.transactions, scope.organizationId);
  }
}
