import { Injectable } from '@nestjs/common';
import { AppError, assertVersion, OrgBound, TransactionContext } from '@parvis/api/core';
import { isLocalDate, keyDateOccurrences, KeyDay } from '@parvis/shared/domain';
import { CreateKeyDateDto, KeyDateDto, UpdateKeyDateDto } from '../dto/key-date.dto';
import { KeyDateEntity } from '../entities';
import { PlanningRepositories } from '../repositories/planning-repositories';
import { PlanningErrorCode } from './planning.errors';

/** An organisation keeps at most this many key dates (stated in the API description). */
export const KEY_DATES_LIMIT = 1000;

const toDto = (k: KeyDateEntity): KeyDateDto => ({ id: k.id, version: k.version, label: k.label, date: k.date, recurringYearly: k.recurringYearly });

/** The organisation's own key dates, shown on the calendar beside the public holidays. */
@Injectable()
export class KeyDatesService {
  constructor(
    private readonly repositories: PlanningRepositories,
    private readonly transactions: TransactionContext,
  ) {}

  async list(scope: OrgBound): Promise<KeyDateDto[]> {
    return (await this.repositories.forOrg(scope).keyDates.list([['date', 'ASC']], KEY_DATES_LIMIT)).map(toDto);
  }

  async save(scope: OrgBound, keyDateId: string | null, body: CreateKeyDateDto | UpdateKeyDateDto, ifMatch?: number): Promise<KeyDateDto> {
    if (body.date !== undefined && !isLocalDate(body.date)) throw AppError.invalidField('date', 'date must be an existing date YYYY-MM-DD');
    const fields = {
      ...(body.label !== undefined ? { label: body.label.trim() } : {}),
      ...(body.date !== undefined ? { date: body.date } : {}),
      ...(body.recurringYearly !== undefined ? { recurringYearly: body.recurringYearly } : {}),
    };
    return this.transactions.run(async () => {
      const keyDates = this.repositories.forOrg(scope).keyDates;
      if (keyDateId === null) return toDto(await keyDates.insert({ recurringYearly: true, ...fields }));
      const current = await keyDates.lockById(keyDateId);
      if (!current) throw AppError.notFound(PlanningErrorCode.KeyDateNotFound, 'Key date not found');
      await assertVersion(ifMatch, current.version, async () => toDto(current));
      await keyDates.update(keyDateId, fields);
      const saved = await keyDates.findById(keyDateId);
      if (!saved) throw AppError.notFound(PlanningErrorCode.KeyDateNotFound, 'Key date not found');
      return toDto(saved);
    });
  }

  async remove(scope: OrgBound, keyDateId: string, ifMatch?: number): Promise<void> {
    await this.transactions.run(async () => {
      const keyDates = this.repositories.forOrg(scope).keyDates;
      const current = await keyDates.lockById(keyDateId);
      if (!current) throw AppError.notFound(PlanningErrorCode.KeyDateNotFound, 'Key date not found');
      await assertVersion(ifMatch, current.version, async () => toDto(current));
      await keyDates.delete(keyDateId);
    });
  }

  async occurrences(scope: OrgBound, from: string, to: string): Promise<KeyDay[]> {
    return keyDateOccurrences(await this.repositories.forOrg(scope).keyDates.list([['date', 'ASC']], KEY_DATES_LIMIT), from, to);
  }
}
