import { Injectable } from '@nestjs/common';
import { AppError, AuditLog, AuthenticatedUser, OrgScope, TransactionContext } from '@parvis/api/core';
import type { PauseDto, SetPauseDto } from '../dto/settings.dto';
import type { PublicationPauseEntity } from '../entities';
import { ApprovalsRepositories } from '../repositories/approvals-repositories';
import { memberActor } from './actors';

const toDto = (p: PublicationPauseEntity | null): PauseDto => ({
  version: p?.version ?? 0,
  paused: p?.paused ?? false,
  reason: p?.reason ?? null,
  changedByName: p?.changedByName ?? null,
  changedAt: p?.changedAt?.toISOString() ?? null,
});

/**
 * "Tout suspendre": an admin or editor holds every outgoing publication of the organisation until
 * released. The scheduler asks `isPaused` before it sends anything; who and why go to the audit log.
 */
@Injectable()
export class PublicationPauseService {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly transactions: TransactionContext,
    private readonly audit: AuditLog,
  ) {}

  /** For the publishing scheduler (any organisation, no member scope). */
  async isPaused(organizationId: string): Promise<boolean> {
    return (await this.find(organizationId))?.paused ?? false;
  }

  async get(scope: OrgScope): Promise<PauseDto> {
    return toDto(await this.find(scope.organizationId));
  }

  async set(scope: OrgScope, user: AuthenticatedUser, body: SetPauseDto): Promise<PauseDto> {
    if (body.paused && !body.reason?.trim()) throw AppError.invalidField('reason', 'reason is required to pause: it is shown to everyone and logged');
    return this.transactions.run(async () => {
      const pauses = this.repositories.forOrg(scope).pauses;
      const current = (await pauses.list([], 1))[0];
      const fields = { paused: body.paused, reason: body.paused ? (body.reason?.trim() ?? null) : null, changedByName: user.displayName.slice(0, 200), changedAt: new Date() };
      if (current) await pauses.lockById(current.id);
      if (current) await pauses.update(current.id, fields);
      else await pauses.insert(fields);
      await this.audit.record(scope, {
        actor: memberActor(scope, user),
        objectType: 'organization',
        objectId: scope.organizationId,
        action: body.paused ? 'publication.pause' : 'publication.resume',
        justification: body.reason?.trim() ?? null,
        details: { wasPaused: current?.paused ?? false },
      });
      return toDto(await this.find(scope.organizationId));
    });
  }

  private async find(organizationId: string): Promise<PublicationPauseEntity | null> {
    return (await this.repositories.forOrg({ organizationId }).pauses.list([], 1))[0] ?? null;
  }
}
