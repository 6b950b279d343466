import { EntityManager, IsNull } from 'typeorm';
import { OrgRepository, TransactionContext } from '@parvis/api/core';
import { Role } from '@parvis/shared/domain';
import { InvitationEntity } from '../entities';

export interface NewInvitation {
  email: string;
  role: Role;
  tokenHash: string;
  invitedByUserId: string | null;
  expiresAt: Date;
}

/** The organisation's invitations. */
export class InvitationsRepository extends OrgRepository<InvitationEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, InvitationEntity, organizationId);
  }

  /** The open invitations, newest first, at most `limit`. */
  listPending(limit: number): Promise<InvitationEntity[]> {
    return this.select()
      .andWhere('row.accepted_at IS NULL AND row.revoked_at IS NULL AND row.expires_at > now()')
      .orderBy('row.created_at', 'DESC')
      .addOrderBy('row.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  async revoke(invitationId: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ revokedAt: new Date() })
      .where('organization_id = :organizationId AND id = :invitationId AND accepted_at IS NULL', { organizationId: this.organizationId, invitationId })
      .execute();
  }
}

/**
 * Invitations reached by their secret link, before anyone is authenticated: the token hash is the
 * scope. `create` serves the operator creating an organisation's first admin.
 */
export class InvitationLinksRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(InvitationEntity);
  }

  create(organizationId: string, fields: NewInvitation): Promise<InvitationEntity> {
    return this.repo.save(this.repo.create({ organizationId, ...fields }));
  }

  findByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.repo.findOne({ where: { tokenHash }, relations: { organization: true } });
  }

  /** Marks it accepted only if still open: two concurrent acceptances cannot both succeed. */
  async markAccepted(invitationId: string): Promise<boolean> {
    const result = await this.repo.update({ id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() }, { acceptedAt: new Date() });
    return (result.affected ?? 0) === 1;
  }
}
