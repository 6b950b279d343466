import { AppError } from '@parvis/api/core';
import { AudienceEntity } from '../entities';
import { OrgScopedRepository } from '../repositories/planning-store';

/**
 * Loads the rows a body refers to, all within the organisation: an id of another organisation's
 * row is reported as unknown, like any unknown id.
 */
export async function loadOwned<T extends { id: string; organizationId: string }>(
  repository: OrgScopedRepository<T>,
  organizationId: string,
  ids: string[] | undefined,
  field: string,
): Promise<T[] | undefined> {
  if (ids === undefined) return undefined;
  const rows = await repository.findManyByIds(organizationId, ids);
  if (rows.length !== ids.length) throw AppError.invalidField(field, `${field} contains an id unknown in this organisation`);
  return rows;
}

export async function loadOwnedOne<T extends { id: string; organizationId: string }>(
  repository: OrgScopedRepository<T>,
  organizationId: string,
  id: string | null | undefined,
  field: string,
): Promise<T | null | undefined> {
  if (id === undefined || id === null) return id;
  const row = await repository.findById(organizationId, id);
  if (!row) throw AppError.invalidField(field, `${field} is unknown in this organisation`);
  return row;
}

export const audienceIdsOf = (audiences: AudienceEntity[] | undefined): string[] => (audiences ?? []).map((a) => a.id).sort();
