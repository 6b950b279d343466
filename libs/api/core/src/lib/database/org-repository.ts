import { DeepPartial, EntityManager, QueryDeepPartialEntity, Repository, SelectQueryBuilder } from 'typeorm';
import { OrgOwnedEntity } from './org-owned.entity';
import { TransactionContext } from './transaction-context';

/** What a repository needs to be bound to an organisation: the route's scope has it. */
export interface OrgBound {
  organizationId: string;
}

export type SortOrder<T> = [keyof T & string, 'ASC' | 'DESC'][];

/** A join table between two org-owned rows: `(organization_id, owner, target)`. */
export interface LinkTable {
  table: string;
  owner: string;
  target: string;
}

/** Columns the repository maintains itself: callers never write them. */
const MANAGED = new Set(['id', 'organizationId', 'version', 'createdAt', 'updatedAt']);

/**
 * The org-owned rows of one entity, bound to one organisation: every statement it issues carries
 * `organization_id = <the organisation>`, so no service can forget it. It resolves its
 * EntityManager through the transaction context, so it joins the caller's transaction if any.
 * Feature repositories extend it with their own queries, built on `select()`.
 */
export class OrgRepository<T extends OrgOwnedEntity> {
  constructor(
    protected readonly transactions: TransactionContext,
    protected readonly entity: new () => T,
    readonly organizationId: string,
  ) {}

  protected get manager(): EntityManager {
    return this.transactions.manager;
  }

  protected get repo(): Repository<T> {
    return this.manager.getRepository(this.entity);
  }

  /** A select already limited to the organisation; add conditions with `andWhere`. */
  protected select(alias = 'row'): SelectQueryBuilder<T> {
    return this.repo.createQueryBuilder(alias).where(`${alias}.organization_id = :organizationId`, { organizationId: this.organizationId });
  }

  protected column(property: keyof T & string): string {
    const column = this.repo.metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${this.repo.metadata.name} has no column ${property}`);
    return column.databaseName;
  }

  /** At most `limit` rows in the given order: callers state their limit (and say so in the API). */
  list(order: SortOrder<T>, limit: number, alias = 'row'): Promise<T[]> {
    const query = this.select(alias);
    for (const [property, direction] of order) query.addOrderBy(`${alias}.${this.column(property)}`, direction);
    return query.addOrderBy(`${alias}.id`, 'ASC').limit(limit).getMany();
  }

  findById(id: string): Promise<T | null> {
    return this.select().andWhere('row.id = :id', { id }).getOne();
  }

  /** Locks the row until the transaction ends: concurrent writers of one row queue here, in one order. */
  lockById(id: string): Promise<T | null> {
    this.transactions.requireActive(`Locking ${this.repo.metadata.name}`);
    return this.select().andWhere('row.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Locks several rows in id order (the one order every batch takes, so two batches cannot deadlock). */
  async lockManyByIds(ids: readonly string[]): Promise<T[]> {
    this.transactions.requireActive(`Locking ${this.repo.metadata.name}`);
    if (ids.length === 0) return [];
    return this.select().andWhere('row.id IN (:...ids)', { ids: [...new Set(ids)] }).orderBy('row.id').setLock('pessimistic_write').getMany();
  }

  async findManyByIds(ids: string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    return this.select().andWhere('row.id IN (:...ids)', { ids }).getMany();
  }

  async existsWhere(property: keyof T & string, value: string | number | boolean, exceptId?: string): Promise<boolean> {
    const query = this.select().andWhere(`row.${this.column(property)} = :value`, { value });
    if (exceptId) query.andWhere('row.id <> :exceptId', { exceptId });
    return (await query.getCount()) > 0;
  }

  /** Inserts a row of this organisation (version 1). */
  async insert(fields: DeepPartial<T>): Promise<T> {
    const row = this.repo.create(fields);
    row.organizationId = this.organizationId;
    return this.repo.save(row);
  }

  /** Inserts rows of this organisation in one statement (version 1); nothing is read back. */
  async insertMany(rows: readonly DeepPartial<T>[]): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map((fields) => {
      const row = this.repo.create(fields);
      row.organizationId = this.organizationId;
      return row;
    });
    await this.repo.createQueryBuilder().insert().values(values as QueryDeepPartialEntity<T>[]).updateEntity(false).execute();
  }

  /**
   * Writes only the given columns, bumps the version and `updated_at`; with `expectedVersion`, only
   * if the row still has it. False when no row matched (absent, or another version).
   */
  async update(id: string, changes: QueryDeepPartialEntity<T>, expectedVersion?: number): Promise<boolean> {
    const values: QueryDeepPartialEntity<T> = {};
    for (const key of Object.keys(changes) as (keyof QueryDeepPartialEntity<T>)[]) {
      if (!MANAGED.has(String(key)) && changes[key] !== undefined) values[key] = changes[key];
    }
    const query = this.repo
      .createQueryBuilder()
      .update()
      .set(values)
      .where('organization_id = :organizationId AND id = :id', { organizationId: this.organizationId, id });
    if (expectedVersion !== undefined) query.andWhere('version = :expectedVersion', { expectedVersion });
    return ((await query.execute()).affected ?? 0) === 1;
  }

  /** The same change to several rows in one statement (each version bumped); returns how many matched. */
  async updateMany(ids: readonly string[], changes: QueryDeepPartialEntity<T>): Promise<number> {
    if (ids.length === 0) return 0;
    const values: QueryDeepPartialEntity<T> = {};
    for (const key of Object.keys(changes) as (keyof QueryDeepPartialEntity<T>)[]) {
      if (!MANAGED.has(String(key)) && changes[key] !== undefined) values[key] = changes[key];
    }
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set(values)
      .where('organization_id = :organizationId AND id IN (:...ids)', { organizationId: this.organizationId, ids: [...new Set(ids)] })
      .execute();
    return result.affected ?? 0;
  }

  async delete(id: string, expectedVersion?: number): Promise<boolean> {
    const query = this.repo
      .createQueryBuilder()
      .delete()
      .where('organization_id = :organizationId AND id = :id', { organizationId: this.organizationId, id });
    if (expectedVersion !== undefined) query.andWhere('version = :expectedVersion', { expectedVersion });
    return ((await query.execute()).affected ?? 0) === 1;
  }

  /** Replaces the targets linked to one owner row (a brief's audiences…), within the organisation. */
  protected async replaceLinks(link: LinkTable, ownerId: string, targetIds: string[]): Promise<void> {
    await this.manager.query(`DELETE FROM "${link.table}" WHERE organization_id = $1 AND "${link.owner}" = $2`, [this.organizationId, ownerId]);
    if (targetIds.length === 0) return;
    await this.manager.query(
      `INSERT INTO "${link.table}" (organization_id, "${link.owner}", "${link.target}") SELECT $1, $2, unnest($3::uuid[])`,
      [this.organizationId, ownerId, targetIds],
    );
  }

  /** The targets linked to each owner row, sorted. */
  protected async linkedIds(link: LinkTable, ownerIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(ownerIds.map((id) => [id, []]));
    if (ownerIds.length === 0) return result;
    const rows: { owner: string; target: string }[] = await this.manager.query(
      `SELECT "${link.owner}" AS owner, "${link.target}" AS target FROM "${link.table}"
        WHERE organization_id = $1 AND "${link.owner}" = ANY($2::uuid[]) ORDER BY "${link.target}"`,
      [this.organizationId, ownerIds],
    );
    for (const row of rows) result.get(row.owner)?.push(row.target);
    return result;
  }
}
