import { Inject, Injectable, Optional } from '@nestjs/common';
import type { DeepPartial, QueryDeepPartialEntity } from 'typeorm';
import { AppError, assertVersion, OrgBound, OrgOwnedEntity, OrgRepository, TransactionContext } from '@parvis/api/core';
import {
  AudienceDto,
  CampaignDto,
  ChannelDto,
  CreateAudienceDto,
  CreateCampaignDto,
  CreateChannelDto,
  CreateThemeDto,
  ThemeDto,
  UpdateAudienceDto,
  UpdateCampaignDto,
  UpdateChannelDto,
  UpdateThemeDto,
} from '../dto/editorial-line.dto';
import { AudienceEntity, CampaignEntity, ChannelEntity, ThemeEntity } from '../entities';
import { PlanningRepos, PlanningRepositories } from '../repositories/planning-repositories';
import { PlanningErrorCode } from './planning.errors';
import { assertOwned, assertOwnedAll } from './references';
import { CHANNEL_CONNECTIONS, NOT_CONNECTED, type ChannelConnectionSummary, type ChannelConnectionsPort } from './channel-connections.port';

/** Each list of the editorial line holds at most this many items (stated in the API description). */
export const EDITORIAL_LINE_LIMIT = 1000;

const toAudience = (a: AudienceEntity): AudienceDto => ({ id: a.id, version: a.version, name: a.name, description: a.description });
const toTheme = (t: ThemeEntity): ThemeDto => ({ id: t.id, version: t.version, name: t.name, objectives: t.objectives, color: t.color.toUpperCase() });
const toCampaign = (c: CampaignEntity, audienceIds: string[]): CampaignDto => ({
  id: c.id,
  version: c.version,
  name: c.name,
  objective: c.objective,
  themeId: c.themeId,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  audienceIds,
});
const toChannel = (c: ChannelEntity, audienceIds: string[], connection: ChannelConnectionSummary): ChannelDto => ({
  id: c.id,
  version: c.version,
  network: c.network,
  handle: c.handle,
  displayName: c.displayName,
  status: c.status,
  audienceIds,
  connection,
});

const definedOnly = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;

/** Audiences, themes, campaigns and channels: the editorial line the calendar is built on. */
@Injectable()
export class EditorialLineService {
  constructor(
    private readonly repositories: PlanningRepositories,
    private readonly transactions: TransactionContext,
    @Optional() @Inject(CHANNEL_CONNECTIONS) private readonly connections?: ChannelConnectionsPort,
  ) {}

  async listAudiences(scope: OrgBound): Promise<AudienceDto[]> {
    return (await this.repositories.forOrg(scope).audiences.list([['name', 'ASC']], EDITORIAL_LINE_LIMIT)).map(toAudience);
  }

  async saveAudience(scope: OrgBound, audienceId: string | null, body: CreateAudienceDto | UpdateAudienceDto, ifMatch?: number): Promise<AudienceDto> {
    const fields = definedOnly({ name: body.name?.trim(), description: body.description });
    const row = await this.save<AudienceEntity>(scope, (r) => r.audiences, audienceId, fields, ifMatch, PlanningErrorCode.AudienceNotFound, toAudience, (r) => this.assertNameFree(r.audiences, fields.name, audienceId));
    return toAudience(row);
  }

  async removeAudience(scope: OrgBound, audienceId: string, ifMatch?: number): Promise<void> {
    await this.remove<AudienceEntity>(scope, (r) => r.audiences, audienceId, ifMatch, PlanningErrorCode.AudienceNotFound, toAudience);
  }

  async listThemes(scope: OrgBound): Promise<ThemeDto[]> {
    return (await this.repositories.forOrg(scope).themes.list([['name', 'ASC']], EDITORIAL_LINE_LIMIT)).map(toTheme);
  }

  async saveTheme(scope: OrgBound, themeId: string | null, body: CreateThemeDto | UpdateThemeDto, ifMatch?: number): Promise<ThemeDto> {
    const fields = definedOnly({ name: body.name?.trim(), objectives: body.objectives, color: body.color?.toUpperCase() });
    const row = await this.save<ThemeEntity>(scope, (r) => r.themes, themeId, fields, ifMatch, PlanningErrorCode.ThemeNotFound, toTheme, (r) => this.assertNameFree(r.themes, fields.name, themeId));
    return toTheme(row);
  }

  async removeTheme(scope: OrgBound, themeId: string, ifMatch?: number): Promise<void> {
    await this.remove<ThemeEntity>(scope, (r) => r.themes, themeId, ifMatch, PlanningErrorCode.ThemeNotFound, toTheme);
  }

  async listCampaigns(scope: OrgBound): Promise<CampaignDto[]> {
    const campaigns = this.repositories.forOrg(scope).campaigns;
    const rows = await campaigns.list([['startsOn', 'DESC'], ['name', 'ASC']], EDITORIAL_LINE_LIMIT);
    const audiences = await campaigns.audienceIds(rows.map((c) => c.id));
    return rows.map((c) => toCampaign(c, audiences.get(c.id) ?? []));
  }

  async saveCampaign(scope: OrgBound, campaignId: string | null, body: CreateCampaignDto | UpdateCampaignDto, ifMatch?: number): Promise<CampaignDto> {
    const fields = definedOnly({ name: body.name?.trim(), objective: body.objective, themeId: body.themeId, startsOn: body.startsOn, endsOn: body.endsOn });
    const row = await this.save<CampaignEntity>(scope, (r) => r.campaigns, campaignId, fields, ifMatch, PlanningErrorCode.CampaignNotFound, (row) => this.campaignDto(scope, row), async (r, current) => {
      await assertOwned(r.themes, body.themeId, 'themeId');
      await assertOwnedAll(r.audiences, body.audienceIds, 'audienceIds');
      const startsOn = fields.startsOn ?? current?.startsOn;
      const endsOn = fields.endsOn ?? current?.endsOn;
      if (startsOn && endsOn && endsOn < startsOn) throw AppError.invalidField('endsOn', 'endsOn must not be before startsOn');
    }, async (r, id) => {
      if (body.audienceIds !== undefined) await r.campaigns.setAudiences(id, body.audienceIds);
    });
    return this.campaignDto(scope, row);
  }

  async removeCampaign(scope: OrgBound, campaignId: string, ifMatch?: number): Promise<void> {
    await this.remove<CampaignEntity>(scope, (r) => r.campaigns, campaignId, ifMatch, PlanningErrorCode.CampaignNotFound, (row) => this.campaignDto(scope, row));
  }

  async listChannels(scope: OrgBound): Promise<ChannelDto[]> {
    const channels = this.repositories.forOrg(scope).channels;
    const rows = await channels.list([['network', 'ASC'], ['displayName', 'ASC']], EDITORIAL_LINE_LIMIT);
    const audiences = await channels.audienceIds(rows.map((c) => c.id));
    const connections = await this.connectionSummaries(scope, rows.map((c) => c.id));
    return rows.map((c) => toChannel(c, audiences.get(c.id) ?? [], connections.get(c.id) ?? NOT_CONNECTED));
  }

  async createChannel(scope: OrgBound, body: CreateChannelDto): Promise<ChannelDto> {
    const handle = body.handle.trim();
    const row = await this.save<ChannelEntity>(scope, (r) => r.channels, null, { network: body.network, handle, displayName: body.displayName.trim() }, undefined, PlanningErrorCode.ChannelNotFound, (row) => this.channelDto(scope, row), async (r) => {
      await assertOwnedAll(r.audiences, body.audienceIds, 'audienceIds');
      if (await r.channels.findByHandle(body.network, handle)) throw AppError.conflict(PlanningErrorCode.ChannelExists, `The ${body.network} account ${handle} is already registered`);
    }, async (r, id) => r.channels.setAudiences(id, body.audienceIds ?? []));
    return this.channelDto(scope, row);
  }

  async updateChannel(scope: OrgBound, channelId: string, body: UpdateChannelDto, ifMatch?: number): Promise<ChannelDto> {
    const fields = definedOnly({ displayName: body.displayName?.trim(), status: body.status });
    const row = await this.save<ChannelEntity>(scope, (r) => r.channels, channelId, fields, ifMatch, PlanningErrorCode.ChannelNotFound, (row) => this.channelDto(scope, row), (r) => assertOwnedAll(r.audiences, body.audienceIds, 'audienceIds'), async (r, id) => {
      if (body.audienceIds !== undefined) await r.channels.setAudiences(id, body.audienceIds);
    });
    return this.channelDto(scope, row);
  }

  async removeChannel(scope: OrgBound, channelId: string, ifMatch?: number): Promise<void> {
    await this.remove<ChannelEntity>(scope, (r) => r.channels, channelId, ifMatch, PlanningErrorCode.ChannelNotFound, (row) => this.channelDto(scope, row));
  }

  private async campaignDto(scope: OrgBound, row: CampaignEntity): Promise<CampaignDto> {
    return toCampaign(row, (await this.repositories.forOrg(scope).campaigns.audienceIds([row.id])).get(row.id) ?? []);
  }

  private async channelDto(scope: OrgBound, row: ChannelEntity): Promise<ChannelDto> {
    const connection = (await this.connectionSummaries(scope, [row.id])).get(row.id) ?? NOT_CONNECTED;
    return toChannel(row, (await this.repositories.forOrg(scope).channels.audienceIds([row.id])).get(row.id) ?? [], connection);
  }

  private connectionSummaries(scope: OrgBound, channelIds: string[]): Promise<Map<string, ChannelConnectionSummary>> {
    return this.connections ? this.connections.summaries(scope, channelIds) : Promise.resolve(new Map());
  }

  private async assertNameFree<T extends OrgOwnedEntity & { name: string }>(repository: OrgRepository<T>, name: string | undefined, exceptId: string | null): Promise<void> {
    if (name !== undefined && (await repository.existsWhere('name', name, exceptId ?? undefined))) {
      throw AppError.conflict(PlanningErrorCode.NameTaken, `"${name}" already exists`, [{ field: 'name', messages: ['name is already used'] }]);
    }
  }

  /**
   * The one create-or-update of the editorial line, in a transaction: lock the row (writers of one
   * row queue), check the version, check, write only the given fields, then the links.
   */
  private save<T extends OrgOwnedEntity>(
    scope: OrgBound,
    pick: (repos: PlanningRepos) => OrgRepository<T>,
    id: string | null,
    fields: QueryDeepPartialEntity<T> & DeepPartial<T>,
    ifMatch: number | undefined,
    notFound: PlanningErrorCode,
    toDto: (row: T) => unknown,
    check: (repos: PlanningRepos, current: T | null) => Promise<void>,
    links?: (repos: PlanningRepos, id: string) => Promise<void>,
  ): Promise<T> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const repository = pick(repos);
      const current = id ? await repository.lockById(id) : null;
      if (id && !current) throw AppError.notFound(notFound, 'Not found in this organisation');
      if (current) await assertVersion(ifMatch, current.version, async () => toDto(current));
      await check(repos, current);
      // An update bumps the version once, whether it changed columns, links or both.
      const savedId = current ? current.id : (await repository.insert(fields)).id;
      if (current) await repository.update(savedId, fields);
      if (links) await links(repos, savedId);
      const saved = await repository.findById(savedId);
      if (!saved) throw AppError.notFound(notFound, 'Not found in this organisation');
      return saved;
    });
  }

  private remove<T extends OrgOwnedEntity>(
    scope: OrgBound,
    pick: (repos: PlanningRepos) => OrgRepository<T>,
    id: string,
    ifMatch: number | undefined,
    notFound: PlanningErrorCode,
    toDto: (row: T) => unknown,
  ): Promise<void> {
    return this.transactions.run(async () => {
      const repository = pick(this.repositories.forOrg(scope));
      const current = await repository.lockById(id);
      if (!current) throw AppError.notFound(notFound, 'Not found in this organisation');
      await assertVersion(ifMatch, current.version, async () => toDto(current));
      await repository.delete(id);
    });
  }
}
