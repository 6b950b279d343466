import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsRelations, In } from 'typeorm';
import { MembershipEntity } from '@parvis/api/identity';
import { AudienceEntity, BriefCommentEntity, CampaignEntity, ChannelEntity, KeyDateEntity, ThemeEntity } from '../entities';
import { BriefsRepository } from './briefs.repository';

/** An org-scoped repository for the simple editorial-line tables (no SQL beyond TypeORM's). */
export class OrgScopedRepository<T extends { id: string; organizationId: string }> {
  private readonly relations: FindOptionsRelations<T>;

  constructor(
    private readonly manager: EntityManager,
    private readonly entity: new () => T,
    relationNames: string[] = [],
  ) {
    this.relations = Object.fromEntries(relationNames.map((name) => [name, true])) as FindOptionsRelations<T>;
  }

  private get repo() {
    return this.manager.getRepository<T>(this.entity);
  }

  list(organizationId: string, order: Record<string, 'ASC' | 'DESC'>): Promise<T[]> {
    return this.repo.find({ where: { organizationId } as never, order: order as never, relations: this.relations, take: 1000 });
  }

  findById(organizationId: string, id: string): Promise<T | null> {
    return this.repo.findOne({ where: { organizationId, id } as never, relations: this.relations });
  }

  findManyByIds(organizationId: string, ids: string[]): Promise<T[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo.findBy({ organizationId, id: In(ids) } as never);
  }

  /** Inserts or updates; `row.organizationId` is set by the caller from the route's scope. */
  save(row: T): Promise<T> {
    return this.repo.save(row);
  }

  async remove(organizationId: string, id: string): Promise<void> {
    await this.repo.delete({ organizationId, id } as never);
  }

  async nameTaken(organizationId: string, name: string, exceptId?: string): Promise<boolean> {
    const found = await this.repo.findOneBy({ organizationId, name } as never);
    return found !== null && found.id !== exceptId;
  }
}

export class PlanningRepositories {
  readonly audiences: OrgScopedRepository<AudienceEntity>;
  readonly themes: OrgScopedRepository<ThemeEntity>;
  readonly campaigns: OrgScopedRepository<CampaignEntity>;
  readonly channels: OrgScopedRepository<ChannelEntity>;
  readonly keyDates: OrgScopedRepository<KeyDateEntity>;
  readonly briefs: BriefsRepository;

  constructor(private readonly manager: EntityManager) {
    this.audiences = new OrgScopedRepository(manager, AudienceEntity);
    this.themes = new OrgScopedRepository(manager, ThemeEntity);
    this.campaigns = new OrgScopedRepository(manager, CampaignEntity, ['audiences']);
    this.channels = new OrgScopedRepository(manager, ChannelEntity, ['audiences']);
    this.keyDates = new OrgScopedRepository(manager, KeyDateEntity);
    this.briefs = new BriefsRepository(manager);
  }

  findMembership(organizationId: string, membershipId: string): Promise<MembershipEntity | null> {
    return this.manager.getRepository(MembershipEntity).findOne({ where: { organizationId, id: membershipId }, relations: { user: true } });
  }

  listComments(organizationId: string, briefId: string): Promise<BriefCommentEntity[]> {
    return this.manager.getRepository(BriefCommentEntity).find({
      where: { organizationId, briefId },
      relations: { author: true },
      order: { createdAt: 'ASC' },
      take: 500,
    });
  }

  addComment(organizationId: string, briefId: string, authorUserId: string, body: string): Promise<BriefCommentEntity> {
    const repo = this.manager.getRepository(BriefCommentEntity);
    return repo.save(repo.create({ organizationId, briefId, authorUserId, body }));
  }

  get entityManager(): EntityManager {
    return this.manager;
  }
}

@Injectable()
export class PlanningStore {
  readonly repos: PlanningRepositories;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.repos = new PlanningRepositories(dataSource.manager);
  }

  transaction<T>(work: (repos: PlanningRepositories) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new PlanningRepositories(manager)));
  }
}
