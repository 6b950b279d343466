import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { AppError, AuditEventEntity, AuditFilters, AuditLog, AuthenticatedUser, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, OrgScope, TransactionContext } from '@parvis/api/core';
import { neutralizeFormula } from '@parvis/api/planning';
import type { AuditEventDto, AuditExportQueryDto, AuditFilterDto, AuditPageDto, AuditQueryDto } from '../dto/settings.dto';
import { memberActor } from './actors';

/** One export carries at most this many events: narrow the period for more. */
export const AUDIT_EXPORT_LIMIT = 50_000;

const CSV_COLUMNS = ['date', 'acteur', 'objet', 'identifiant', 'action', 'justification', 'empreinte avant', 'empreinte après', 'adresse', 'requête', 'détails'];

const toDto = (e: AuditEventEntity): AuditEventDto => ({
  id: e.id,
  at: e.createdAt.toISOString(),
  actorMembershipId: e.actorMembershipId,
  actorName: e.actorLabel,
  objectType: e.objectType,
  objectId: e.objectId,
  action: e.action,
  justification: e.justification,
  contentHashBefore: e.contentHashBefore,
  contentHashAfter: e.contentHashAfter,
  clientAddress: e.clientAddress,
  requestId: e.requestId,
  details: e.details,
});

function instant(value: string | undefined, field: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw AppError.invalidField(field, `${field} must be an ISO instant such as 2026-03-01T00:00:00Z`);
  return date;
}

const filtersOf = (query: AuditFilterDto): AuditFilters => ({
  from: instant(query.from, 'from'),
  to: instant(query.to, 'to'),
  objectType: query.objectType,
  objectId: query.objectId,
  action: query.action,
  actorMembershipId: query.actorMembershipId,
});

/** The organisation's audit log for its admins: a filtered view, and exports for its archives (themselves logged). */
@Injectable()
export class AuditReadService {
  constructor(
    private readonly audit: AuditLog,
    private readonly transactions: TransactionContext,
  ) {}

  async page(scope: OrgScope, query: AuditQueryDto): Promise<AuditPageDto> {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    if (query.cursor && !after) throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.audit.events(scope).search(filtersOf(query), limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toDto), nextCursor: rows.length > limit && last ? encodeCursor({ value: last.createdAt.toISOString(), id: last.id }) : null };
  }

  /** CSV (`;`, UTF-8 with BOM, formulas neutralised like the planning export) or JSON. */
  async export(scope: OrgScope, user: AuthenticatedUser, query: AuditExportQueryDto): Promise<{ body: string; contentType: string; fileName: string }> {
    const format = query.format ?? 'csv';
    const events = await this.transactions.run(async () => {
      const rows = (await this.audit.events(scope).search(filtersOf(query), AUDIT_EXPORT_LIMIT, null)).map(toDto);
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'audit', objectId: null, action: 'audit.export', details: { format, filters: { ...query }, rows: rows.length } });
      return rows;
    });
    const fileName = `journal-audit-${new Date().toISOString().slice(0, 10)}.${format}`;
    if (format === 'json') return { body: JSON.stringify(events, null, 2), contentType: 'application/json; charset=utf-8', fileName };
    const lines = events.map((e) =>
      [e.at, e.actorName, e.objectType, e.objectId ?? '', e.action, e.justification ?? '', e.contentHashBefore ?? '', e.contentHashAfter ?? '', e.clientAddress ?? '', e.requestId ?? '', JSON.stringify(e.details)].map(neutralizeFormula),
    );
    const body = '\uFEFF' + stringify([CSV_COLUMNS, ...lines], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n;"]/ });
    return { body, contentType: 'text/csv; charset=utf-8', fileName };
  }
}
