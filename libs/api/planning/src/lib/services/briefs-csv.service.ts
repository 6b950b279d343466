import { HttpStatus, Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { AppError, AuthenticatedUser, OrgScope } from '@parvis/api/core';
import { PlanningErrorCode } from './planning.errors';
import { MembersService } from '@parvis/api/identity';
import { ALL_BRIEF_STATUSES, BriefStatus, isLocalDate, isLocalTime, normalizeEmail } from '@parvis/shared/domain';
import { CreateBriefDto } from '../dto/brief.dto';
import { PlanningRepositories } from '../repositories/planning-repositories';
import { BriefsService } from './briefs.service';
import { EDITORIAL_LINE_LIMIT } from './editorial-line.service';
import { BRIEF_STATUS_LABELS, NETWORK_LABELS, networkFromCell, statusFromCell } from './french-labels';

/** Columns of the planning CSV (French headers: the file is opened in a spreadsheet by the comms team). */
const COLUMNS = ['titre', 'date', 'heure', 'thème', 'campagne', 'publics', 'canaux', 'rédaction', 'statut', 'texte'] as const;
type Column = (typeof COLUMNS)[number];
export const MAX_IMPORT_ROWS = 2000;

export interface RowError {
  row: number;
  field: string;
  message: string;
}

type ImportRow = CreateBriefDto & { status?: BriefStatus };

/**
 * A spreadsheet runs a cell that starts with = + - @ (or tab, CR) as a formula: prefixed with a
 * quote it is shown as text (OWASP, CSV injection).
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const channelLabel = (c: { network: keyof typeof NETWORK_LABELS; handle: string }) => `${NETWORK_LABELS[c.network]}:${c.handle}`;

const toCsv = (rows: string[][]): string =>
  // quoted: true for fields with separators, quotes or line breaks (RFC 4180), so a multi-line text stays one cell.
  '\uFEFF' + stringify([[...COLUMNS], ...rows.map((row) => row.map(neutralizeFormula))], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n;"]/ });

@Injectable()
export class BriefsCsvService {
  constructor(
    private readonly repositories: PlanningRepositories,
    private readonly members: MembersService,
    private readonly briefs: BriefsService,
  ) {}

  /** The planning between two local days, as a `;`-separated UTF-8 CSV with a BOM (Excel in French). */
  async export(scope: OrgScope, from: string, to: string): Promise<string> {
    const calendar = await this.briefs.inRange(scope, { from, to }, 366);
    const names = await this.referenceNames(scope);
    return toCsv(
      calendar.items.map((b) => [
        b.title,
        b.plannedLocal.date,
        b.plannedLocal.time,
        b.themeId ? (names.themes.get(b.themeId) ?? '') : '',
        b.campaignId ? (names.campaigns.get(b.campaignId) ?? '') : '',
        b.audienceIds.map((id) => names.audiences.get(id) ?? '').join(', '),
        b.channelIds.map((id) => names.channels.get(id) ?? '').join(', '),
        b.assignee ? (names.emails.get(b.assignee.membershipId) ?? '') : '',
        BRIEF_STATUS_LABELS[b.status],
        b.body,
      ]),
    );
  }

  /** An empty file with the headers and one example row, to fill in and import. */
  template(): string {
    return toCsv([['Ouverture de la médiathèque', '2026-09-19', '10:00', '', '', '', '', '', BRIEF_STATUS_LABELS[BriefStatus.Idea], 'Texte du sujet']]);
  }

  /**
   * Imports briefs from the same CSV format. Every row is checked first; if any row is wrong nothing
   * is created and the report lists each problem by row and column. The briefs are then created in
   * one transaction: a failure at any row leaves none.
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
    const names = await this.referenceNames(scope);
    const errors: RowError[] = [];
    const rows = records.map((record, index) => this.readRow(record, index + 2, names, errors));
    if (errors.length > 0) {
      throw new AppError(PlanningErrorCode.CsvInvalidRows, `${errors.length} problème(s) dans le fichier : rien n’a été importé`, HttpStatus.UNPROCESSABLE_ENTITY, errors);
    }
    return { created: await this.briefs.createAll(scope, user, rows.filter((row): row is ImportRow => row !== null)) };
  }

  private readRow(record: Record<string, string>, row: number, names: ReferenceNames, errors: RowError[]): ImportRow | null {
    // A cell exported as '=… (neutralised) comes back as it was written.
    const value = (column: Column) => (record[column] ?? '').trim().replace(/^'(?=[=+\-@])/, '');
    const fail = (field: Column, message: string) => errors.push({ row, field, message });
    const before = errors.length;
    const title = value('titre');
    if (!title || title.length > 200) fail('titre', 'le titre est obligatoire (200 caractères au plus)');
    if (!isLocalDate(value('date'))) fail('date', 'la date doit être au format AAAA-MM-JJ');
    const time = value('heure') || '09:00';
    if (!isLocalTime(time)) fail('heure', 'l’heure doit être au format HH:mm');
    const lookup = (field: Column, map: Map<string, string>) => {
      const raw = value(field);
      if (!raw) return undefined;
      const id = map.get(raw.toLowerCase());
      if (!id) fail(field, `« ${raw} » n’existe pas dans cette organisation`);
      return id;
    };
    const lookupMany = (field: Column, map: Map<string, string>, key: (part: string) => string = (part) => part.toLowerCase()) =>
      value(field)
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          const id = map.get(key(part));
          if (!id) fail(field, `« ${part} » n’existe pas dans cette organisation`);
          return id ?? '';
        });
    const themeId = lookup('thème', names.themeIds);
    const campaignId = lookup('campagne', names.campaignIds);
    const audienceIds = lookupMany('publics', names.audienceIds);
    const channelIds = lookupMany('canaux', names.channelIds, channelKey);
    const assignee = value('rédaction');
    const assigneeMembershipId = assignee ? names.membershipByEmail.get(normalizeEmail(assignee)) : undefined;
    if (assignee && !assigneeMembershipId) fail('rédaction', `« ${assignee} » n’est pas membre de cette organisation`);
    const statusCell = value('statut');
    const status = statusCell ? statusFromCell(statusCell) : null;
    if (statusCell && !status) fail('statut', `le statut doit être l’un de : ${ALL_BRIEF_STATUSES.map((s) => BRIEF_STATUS_LABELS[s]).join(', ')}`);
    if (value('texte').length > 10_000) fail('texte', 'le texte dépasse 10 000 caractères');
    if (errors.length > before) return null;
    return {
      title,
      plannedDate: value('date'),
      plannedTime: time,
      themeId,
      campaignId,
      audienceIds,
      channelIds,
      assigneeMembershipId,
      body: value('texte'),
      ...(status ? { status } : {}),
    };
  }

  private async referenceNames(scope: OrgScope): Promise<ReferenceNames> {
    const repos = this.repositories.forOrg(scope);
    const [themes, campaigns, audiences, channels] = await Promise.all([
      repos.themes.list([['name', 'ASC']], EDITORIAL_LINE_LIMIT),
      repos.campaigns.list([['name', 'ASC']], EDITORIAL_LINE_LIMIT),
      repos.audiences.list([['name', 'ASC']], EDITORIAL_LINE_LIMIT),
      repos.channels.list([['handle', 'ASC']], EDITORIAL_LINE_LIMIT),
    ]);
    const members = await this.members.directory(scope);
    return {
      themes: new Map(themes.map((t) => [t.id, t.name])),
      campaigns: new Map(campaigns.map((c) => [c.id, c.name])),
      audiences: new Map(audiences.map((a) => [a.id, a.name])),
      channels: new Map(channels.map((c) => [c.id, channelLabel(c)])),
      emails: new Map(members.map((m) => [m.membershipId, m.email])),
      themeIds: new Map(themes.map((t) => [t.name.toLowerCase(), t.id])),
      campaignIds: new Map(campaigns.map((c) => [c.name.toLowerCase(), c.id])),
      audienceIds: new Map(audiences.map((a) => [a.name.toLowerCase(), a.id])),
      channelIds: new Map(channels.map((c) => [`${c.network}:${c.handle}`.toLowerCase(), c.id])),
      membershipByEmail: new Map(members.map((m) => [m.email, m.membershipId])),
    };
  }
}

/** "Bluesky:ville.bsky.social" (the export) or "bluesky:ville.bsky.social" (the old key) → the lookup key. */
function channelKey(part: string): string {
  const at = part.indexOf(':');
  if (at < 0) return part.toLowerCase();
  const network = networkFromCell(part.slice(0, at));
  return `${network ?? part.slice(0, at)}:${part.slice(at + 1)}`.toLowerCase();
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
