import { EntityManager, IsNull } from 'typeorm';
import { PasswordResetEntity } from '../entities';

export class PasswordResetsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(PasswordResetEntity);
  }

  create(fields: { userId: string; tokenHash: string; issuedByUserId: string | null; expiresAt: Date }): Promise<PasswordResetEntity> {
    return this.repo.save(this.repo.create(fields));
  }

  findByTokenHash(tokenHash: string): Promise<PasswordResetEntity | null> {
    return this.repo.findOne({ where: { tokenHash }, relations: { user: true } });
  }

  /** Closes every open link of the account: a new link replaces the earlier ones, and using one ends them all. */
  async closeAllForUser(userId: string): Promise<void> {
    await this.repo.update({ userId, usedAt: IsNull() }, { usedAt: new Date() });
  }

  async markUsed(resetId: string): Promise<boolean> {
    const result = await this.repo.update({ id: resetId, usedAt: IsNull() }, { usedAt: new Date() });
    return (result.affected ?? 0) === 1;
  }
}
