import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarFeedEntity } from '../entities';

@Injectable()
export class CalendarFeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(CalendarFeedEntity);
  }

  /** One feed per membership: a new one replaces the old (the old URL stops working). */
  async replace(organizationId: string, membershipId: string, tokenHash: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(CalendarFeedEntity);
      await repo.delete({ organizationId, membershipId });
      await repo.save(repo.create({ organizationId, membershipId, tokenHash }));
    });
  }

  async revoke(organizationId: string, membershipId: string): Promise<number> {
    return (await this.repo.delete({ organizationId, membershipId })).affected ?? 0;
  }

  async exists(organizationId: string, membershipId: string): Promise<boolean> {
    return (await this.repo.countBy({ organizationId, membershipId })) > 0;
  }

  /** Public lookup by the secret in the URL: the token hash is the scope. */
  findByTokenHash(tokenHash: string): Promise<CalendarFeedEntity | null> {
    return this.repo.findOne({ where: { tokenHash }, relations: { membership: { organization: true } } });
  }
}
