import { AppError, OrgOwnedEntity, OrgRepository } from '@parvis/api/core';

/**
 * Checks the rows a body refers to, within the organisation: an id of another organisation's row
 * is reported as unknown, like any unknown id (and the composite keys would refuse it anyway).
 */
export async function assertOwnedAll<T extends OrgOwnedEntity>(repository: OrgRepository<T>, ids: string[] | undefined, field: string): Promise<void> {
  if (ids === undefined) return;
  const rows = await repository.findManyByIds(ids);
  if (rows.length !== ids.length) throw AppError.invalidField(field, `${field} contains an id unknown in this organisation`);
}

export async function assertOwned<T extends OrgOwnedEntity>(repository: OrgRepository<T>, id: string | null | undefined, field: string): Promise<void> {
  if (id === undefined || id === null) return;
  if (!(await repository.findById(id))) throw AppError.invalidField(field, `${field} is unknown in this organisation`);
}
