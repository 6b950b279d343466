import { EntityManager, IsNull, MoreThan } from 'typeorm';
import { Role } from '@parvis/shared/domain';
import { InvitationEntity } from '../entities';

export class InvitationsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(InvitationEntity);
  }

  create(
    organizationId: string,
    fields: { email: string; role: Role; tokenHash: string; invitedByUserId: string | null; expiresAt: Date },
  ): Promise<InvitationEntity> {
    return this.repo.save(this.repo.create({ organizationId, ...fields }));
  }

  listPending(organizationId: string): Promise<InvitationEntity[]> {
    return this.repo.find({
      where: { organizationId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  findById(organizationId: string, invitationId: string): Promise<InvitationEntity | null> {
    return this.repo.findOneBy({ organizationId, id: invitationId });
  }

  /** Looked up by the secret link, before anyone is authenticated: the token hash is the scope. */
  findByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.repo.findOne({ where: { tokenHash }, relations: { organization: true } });
  }

  /** Marks it accepted only if still open: two concurrent acceptances cannot both succeed. */
  async markAccepted(invitationId: string): Promise<boolean> {
    const result = await this.repo.update({ id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() }, { acceptedAt: new Date() });
    return (result.affected ?? 0) === 1;
  }

  async revoke(organizationId: string, invitationId: string): Promise<void> {
    await this.repo.update({ organizationId, id: invitationId, acceptedAt: IsNull() }, { revokedAt: new Date() });
  }
}
