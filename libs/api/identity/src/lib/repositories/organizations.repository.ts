import { EntityManager } from 'typeorm';
import { MembershipEntity, OrganizationEntity } from '../entities';

export interface OrganizationWithCount {
  organization: OrganizationEntity;
  memberCount: number;
}

export class OrganizationsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(OrganizationEntity);
  }

  findById(organizationId: string): Promise<OrganizationEntity | null> {
    return this.repo.findOneBy({ id: organizationId });
  }

  /** Locks the organisation's row until the transaction ends (concurrent settings writers queue here). */
  lockById(organizationId: string): Promise<OrganizationEntity | null> {
    return this.repo.createQueryBuilder('o').where('o.id = :organizationId', { organizationId }).setLock('pessimistic_write').getOne();
  }

  async slugExists(slug: string): Promise<boolean> {
    return (await this.repo.countBy({ slug })) > 0;
  }

  create(fields: Pick<OrganizationEntity, 'name' | 'slug' | 'timeZone' | 'locale'>): Promise<OrganizationEntity> {
    return this.repo.save(this.repo.create(fields));
  }

  async update(organizationId: string, fields: Partial<Pick<OrganizationEntity, 'name' | 'timeZone' | 'locale'>>): Promise<void> {
    if (Object.keys(fields).length === 0) return;
    await this.repo.update({ id: organizationId }, fields);
  }

  /** Cross-organisation on purpose: the instance operator's list (names and counts, no content). */
  async listAllWithMemberCounts(): Promise<OrganizationWithCount[]> {
    const organizations = await this.repo.find({ order: { name: 'ASC' }, take: 1000 });
    const counts: { organization_id: string; count: string }[] = await this.manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .select('m.organization_id', 'organization_id')
      .addSelect('count(*)', 'count')
      .groupBy('m.organization_id')
      .getRawMany();
    const byOrg = new Map(counts.map((row) => [row.organization_id, Number(row.count)]));
    return organizations.map((organization) => ({ organization, memberCount: byOrg.get(organization.id) ?? 0 }));
  }
}
