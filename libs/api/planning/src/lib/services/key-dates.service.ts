import { Injectable } from '@nestjs/common';
import { AppError } from '@parvis/api/core';
import { PlanningErrorCode } from './planning.errors';
import { isLocalDate, keyDateOccurrences, KeyDay } from '@parvis/shared/domain';
import { CreateKeyDateDto, KeyDateDto, UpdateKeyDateDto } from '../dto/key-date.dto';
import { KeyDateEntity } from '../entities';
import { PlanningStore } from '../repositories/planning-store';

const toDto = (k: KeyDateEntity): KeyDateDto => ({ id: k.id, label: k.label, date: k.date, recurringYearly: k.recurringYearly });

/** The organisation's own key dates, shown on the calendar beside the public holidays. */
@Injectable()
export class KeyDatesService {
  constructor(private readonly store: PlanningStore) {}

  async list(organizationId: string): Promise<KeyDateDto[]> {
    return (await this.store.repos.keyDates.list(organizationId, { date: 'ASC' })).map(toDto);
  }

  async save(organizationId: string, keyDateId: string | null, body: CreateKeyDateDto | UpdateKeyDateDto): Promise<KeyDateDto> {
    if (body.date !== undefined && !isLocalDate(body.date)) throw AppError.invalidField('date', 'date must be an existing date YYYY-MM-DD');
    const row = keyDateId ? await this.store.repos.keyDates.findById(organizationId, keyDateId) : Object.assign(new KeyDateEntity(), { organizationId, recurringYearly: true });
    if (!row) throw AppError.notFound(PlanningErrorCode.KeyDateNotFound, 'Key date not found');
    Object.assign(row, {
      ...(body.label !== undefined ? { label: body.label.trim() } : {}),
      ...(body.date !== undefined ? { date: body.date } : {}),
      ...(body.recurringYearly !== undefined ? { recurringYearly: body.recurringYearly } : {}),
    });
    return toDto(await this.store.repos.keyDates.save(row));
  }

  async remove(organizationId: string, keyDateId: string): Promise<void> {
    if (!(await this.store.repos.keyDates.findById(organizationId, keyDateId))) throw AppError.notFound(PlanningErrorCode.KeyDateNotFound, 'Key date not found');
    await this.store.repos.keyDates.remove(organizationId, keyDateId);
  }

  async occurrences(organizationId: string, from: string, to: string): Promise<KeyDay[]> {
    return keyDateOccurrences(await this.store.repos.keyDates.list(organizationId, { date: 'ASC' }), from, to);
  }
}
