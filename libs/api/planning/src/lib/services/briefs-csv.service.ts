import { HttpStatus, Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { AppError, AuthenticatedUser, OrgScope } from '@parvis/api/core';
import { PlanningErrorCode } from './planning.errors';
import { ALL_BRIEF_STATUSES, isLocalDate, isLocalTime, normalizeEmail } from '@parvis/shared/domain';
import { BriefsService } from './briefs.service';
import { PlanningStore } from '../repositories/planning-store';
import { IdentityStore } from '@parvis/api/identity';

/** Columns of the planning CSV (French headers: the file is opened in a spreadsheet by the comms team). */
const COLUMNS = ['titre', 'date', 'heure', 'thème', 'campagne', 'publics', 'canaux', 'rédaction', 'statut', 'texte'] as const;
type Column = (typeof COLUMNS)[number];
export const MAX_IMPORT_ROWS = 2000;

export interface RowError {
  row: number;
  field: string;
  message: string;
}

interface ImportRow {
  title: string;
  plannedDate: string;
  plannedTime: string;
  themeId?: string;
  campaignId?: string;
  audienceIds: string[];
  channelIds: string[];
  assigneeMembershipId?: string;
  body: string;
}

@Injectable()
export class BriefsCsvService {
  constructor(
    private readonly store: PlanningStore,
    private readonly identity: IdentityStore,
    private readonly briefs: BriefsService,
  ) {}

  /** The planning between two local days, as a `;`-separated UTF-8 CSV with a BOM (Excel in French). */
  async export(scope: OrgScope, from: string, to: string): Promise<string> {
    const calendar = await this.briefs.inRange(scope, { from, to }, 366);
    const names = await this.referenceNames(scope.organizationId);
    const rows = calendar.items.map((b) => [
      b.title,
      b.plannedLocal.date,
      b.plannedLocal.time,
      b.themeId ? names.themes.get(b.themeId) ?? '' : '',
      b.campaignId ? names.campaigns.get(b.campaignId) ?? '' : '',
      b.audienceIds.map((id) => names.audiences.get(id) ?? '').join(', '),
      b.channelIds.map((id) => names.channels.get(id) ?? '').join(', '),
      b.assignee ? names.emails.get(b.assignee.membershipId) ?? '' : '',
      b.status,
      b.body,
    ]);
    return '\uFEFF' + stringify([COLUMNS as unknown as string[], ...rows], { delimiter: ';', record_delimiter: '\r\n' });
  }

  /**
   * Imports briefs from the same CSV format. Every row is checked first; if any row is wrong nothing
   * is created and the report lists each problem by row and column, so the file can be fixed and sent again.
   */
  async import(scope: OrgScope, user: AuthenticatedUser, csv: string): Promise<{ created: number }> {
    let records: Record<string, string>[];
    try {
      records = parse(csv.replace(/^\uFEFF/, ''), { columns: true, delimiter: [';', ','], skip_empty_lines: true, trim: true, relax_column_count: true });
    } catch (error) {
      throw AppError.invalidField('csv', `csv could not be read: ${error instanceof Error ? error.message : 'malformed file'}`);
    }
    if (records.length === 0) throw AppError.invalidField('csv', 'csv has no rows');
    if (records.length > MAX_IMPORT_ROWS) throw AppError.invalidField('csv', `csv has more than ${MAX_IMPORT_ROWS} rows`);
    const names = await this.referenceNames(scope.organizationId);
    const errors: RowError[] = [];
    const rows = records.map((record, index) => this.readRow(record, index + 2, names, errors));
    if (errors.length > 0) {
      throw new AppError(PlanningErrorCode.CsvInvalidRows, `${errors.length} problem(s) in the file: nothing was imported`, HttpStatus.UNPROCESSABLE_ENTITY, errors);
    }
    for (const row of rows) if (row) await this.briefs.create(scope, user, row);
    return { created: rows.length };
  }

  private readRow(record: Record<string, string>, row: number, names: ReferenceNames, errors: RowError[]): ImportRow | null {
    const value = (column: Column) => (record[column] ?? '').trim();
    const fail = (field: Column, message: string) => errors.push({ row, field, message });
    const before = errors.length;
    const title = value('titre');
    if (!title || title.length > 200) fail('titre', 'titre is required (200 characters at most)');
    if (!isLocalDate(value('date'))) fail('date', 'date must be a date YYYY-MM-DD');
    const time = value('heure') || '09:00';
    if (!isLocalTime(time)) fail('heure', 'heure must be a time HH:mm');
    const lookup = (field: Column, map: Map<string, string>) => {
      const raw = value(field);
      if (!raw) return undefined;
      const id = map.get(raw.toLowerCase());
      if (!id) fail(field, `${field} "${raw}" is unknown in this organisation`);
      return id;
    };
    const lookupMany = (field: Column, map: Map<string, string>) =>
      value(field)
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          const id = map.get(part.toLowerCase());
          if (!id) fail(field, `${field}: "${part}" is unknown in this organisation`);
          return id ?? '';
        });
    const themeId = lookup('thème', names.themeIds);
    const campaignId = lookup('campagne', names.campaignIds);
    const audienceIds = lookupMany('publics', names.audienceIds);
    const channelIds = lookupMany('canaux', names.channelIds);
    const assignee = value('rédaction');
    const assigneeMembershipId = assignee ? names.membershipByEmail.get(normalizeEmail(assignee)) : undefined;
    if (assignee && !assigneeMembershipId) fail('rédaction', `rédaction "${assignee}" is not a member of this organisation`);
    const status = value('statut');
    if (status && !(ALL_BRIEF_STATUSES as readonly string[]).includes(status)) fail('statut', `statut must be one of ${ALL_BRIEF_STATUSES.join(', ')}`);
    if (value('texte').length > 10_000) fail('texte', 'texte is longer than 10000 characters');
    if (errors.length > before) return null;
    return { title, plannedDate: value('date'), plannedTime: time, themeId, campaignId, audienceIds, channelIds, assigneeMembershipId, body: value('texte') };
  }

  private async referenceNames(organizationId: string): Promise<ReferenceNames> {
    const repos = this.store.repos;
    const [themes, campaigns, audiences, channels] = await Promise.all([
      repos.themes.list(organizationId, { name: 'ASC' }),
      repos.campaigns.list(organizationId, { name: 'ASC' }),
      repos.audiences.list(organizationId, { name: 'ASC' }),
      repos.channels.list(organizationId, { handle: 'ASC' }),
    ]);
    const members = await this.identity.repos.memberships.page(organizationId, 1000, null);
    return {
      themes: new Map(themes.map((t) => [t.id, t.name])),
      campaigns: new Map(campaigns.map((c) => [c.id, c.name])),
      audiences: new Map(audiences.map((a) => [a.id, a.name])),
      channels: new Map(channels.map((c) => [c.id, `${c.network}:${c.handle}`])),
      emails: new Map(members.map((m) => [m.id, m.user?.email ?? ''])),
      themeIds: new Map(themes.map((t) => [t.name.toLowerCase(), t.id])),
      campaignIds: new Map(campaigns.map((c) => [c.name.toLowerCase(), c.id])),
      audienceIds: new Map(audiences.map((a) => [a.name.toLowerCase(), a.id])),
      channelIds: new Map(channels.map((c) => [`${c.network}:${c.handle}`.toLowerCase(), c.id])),
      membershipByEmail: new Map(members.map((m) => [m.user?.email ?? '', m.id])),
    };
  }
}

interface ReferenceNames {
  themes: Map<string, string>;
  campaigns: Map<string, string>;
  audiences: Map<string, string>;
  channels: Map<string, string>;
  emails: Map<string, string>;
  themeIds: Map<string, string>;
  campaignIds: Map<string, string>;
  audienceIds: Map<string, string>;
  channelIds: Map<string, string>;
  membershipByEmail: Map<string, string>;
}

