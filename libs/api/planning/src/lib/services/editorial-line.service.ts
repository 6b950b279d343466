import { Injectable } from '@nestjs/common';
import { AppError } from '@parvis/api/core';
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
import { OrgScopedRepository, PlanningStore } from '../repositories/planning-store';
import { PlanningErrorCode } from './planning.errors';
import { audienceIdsOf, loadOwned, loadOwnedOne } from './references';

const toAudience = (a: AudienceEntity): AudienceDto => ({ id: a.id, name: a.name, description: a.description });
const toTheme = (t: ThemeEntity): ThemeDto => ({ id: t.id, name: t.name, objectives: t.objectives, color: t.color.toUpperCase() });
const toCampaign = (c: CampaignEntity): CampaignDto => ({
  id: c.id,
  name: c.name,
  objective: c.objective,
  themeId: c.themeId,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  audienceIds: audienceIdsOf(c.audiences),
});
const toChannel = (c: ChannelEntity): ChannelDto => ({
  id: c.id,
  network: c.network,
  handle: c.handle,
  displayName: c.displayName,
  status: c.status,
  audienceIds: audienceIdsOf(c.audiences),
});

async function findOrFail<T extends { id: string; organizationId: string }>(repository: OrgScopedRepository<T>, organizationId: string, id: string, code: PlanningErrorCode): Promise<T> {
  const row = await repository.findById(organizationId, id);
  if (!row) throw AppError.notFound(code, 'Not found in this organisation');
  return row;
}

async function assertNameFree<T extends { id: string; organizationId: string }>(repository: OrgScopedRepository<T>, organizationId: string, name: string, exceptId?: string): Promise<void> {
  if (await repository.nameTaken(organizationId, name, exceptId)) {
    throw AppError.conflict(PlanningErrorCode.NameTaken, `"${name}" already exists`, [{ field: 'name', messages: ['name is already used'] }]);
  }
}

/** Audiences, themes, campaigns and channels: the editorial line the calendar is built on. */
@Injectable()
export class EditorialLineService {
  constructor(private readonly store: PlanningStore) {}

  private get repos() {
    return this.store.repos;
  }

  async listAudiences(organizationId: string): Promise<AudienceDto[]> {
    return (await this.repos.audiences.list(organizationId, { name: 'ASC' })).map(toAudience);
  }

  async saveAudience(organizationId: string, audienceId: string | null, body: CreateAudienceDto | UpdateAudienceDto): Promise<AudienceDto> {
    const row = audienceId ? await findOrFail(this.repos.audiences, organizationId, audienceId, PlanningErrorCode.AudienceNotFound) : Object.assign(new AudienceEntity(), { organizationId, description: '' });
    if (body.name !== undefined) await assertNameFree(this.repos.audiences, organizationId, body.name.trim(), audienceId ?? undefined);
    Object.assign(row, { ...(body.name !== undefined ? { name: body.name.trim() } : {}), ...(body.description !== undefined ? { description: body.description } : {}) });
    return toAudience(await this.repos.audiences.save(row));
  }

  async removeAudience(organizationId: string, audienceId: string): Promise<void> {
    await findOrFail(this.repos.audiences, organizationId, audienceId, PlanningErrorCode.AudienceNotFound);
    await this.repos.audiences.remove(organizationId, audienceId);
  }

  async listThemes(organizationId: string): Promise<ThemeDto[]> {
    return (await this.repos.themes.list(organizationId, { name: 'ASC' })).map(toTheme);
  }

  async saveTheme(organizationId: string, themeId: string | null, body: CreateThemeDto | UpdateThemeDto): Promise<ThemeDto> {
    const row = themeId ? await findOrFail(this.repos.themes, organizationId, themeId, PlanningErrorCode.ThemeNotFound) : Object.assign(new ThemeEntity(), { organizationId, objectives: '' });
    if (body.name !== undefined) await assertNameFree(this.repos.themes, organizationId, body.name.trim(), themeId ?? undefined);
    Object.assign(row, {
      ...(body.name !== undefined ? { name: body.name.trim() } : {}),
      ...(body.objectives !== undefined ? { objectives: body.objectives } : {}),
      ...(body.color !== undefined ? { color: body.color.toUpperCase() } : {}),
    });
    return toTheme(await this.repos.themes.save(row));
  }

  async removeTheme(organizationId: string, themeId: string): Promise<void> {
    await findOrFail(this.repos.themes, organizationId, themeId, PlanningErrorCode.ThemeNotFound);
    await this.repos.themes.remove(organizationId, themeId);
  }

  async listCampaigns(organizationId: string): Promise<CampaignDto[]> {
    return (await this.repos.campaigns.list(organizationId, { startsOn: 'DESC', name: 'ASC' })).map(toCampaign);
  }

  async saveCampaign(organizationId: string, campaignId: string | null, body: CreateCampaignDto | UpdateCampaignDto): Promise<CampaignDto> {
    const row = campaignId
      ? await findOrFail(this.repos.campaigns, organizationId, campaignId, PlanningErrorCode.CampaignNotFound)
      : Object.assign(new CampaignEntity(), { organizationId, objective: '', themeId: null, audiences: [] });
    const theme = await loadOwnedOne(this.repos.themes, organizationId, body.themeId, 'themeId');
    const audiences = await loadOwned(this.repos.audiences, organizationId, body.audienceIds, 'audienceIds');
    Object.assign(row, {
      ...(body.name !== undefined ? { name: body.name.trim() } : {}),
      ...(body.objective !== undefined ? { objective: body.objective } : {}),
      ...(theme !== undefined ? { themeId: theme?.id ?? null, theme } : {}),
      ...(body.startsOn !== undefined ? { startsOn: body.startsOn } : {}),
      ...(body.endsOn !== undefined ? { endsOn: body.endsOn } : {}),
      ...(audiences !== undefined ? { audiences } : {}),
    });
    if (row.endsOn < row.startsOn) throw AppError.invalidField('endsOn', 'endsOn must not be before startsOn');
    return toCampaign(await this.repos.campaigns.save(row));
  }

  async removeCampaign(organizationId: string, campaignId: string): Promise<void> {
    await findOrFail(this.repos.campaigns, organizationId, campaignId, PlanningErrorCode.CampaignNotFound);
    await this.repos.campaigns.remove(organizationId, campaignId);
  }

  async listChannels(organizationId: string): Promise<ChannelDto[]> {
    return (await this.repos.channels.list(organizationId, { network: 'ASC', displayName: 'ASC' })).map(toChannel);
  }

  async createChannel(organizationId: string, body: CreateChannelDto): Promise<ChannelDto> {
    const audiences = (await loadOwned(this.repos.audiences, organizationId, body.audienceIds, 'audienceIds')) ?? [];
    const existing = (await this.repos.channels.list(organizationId, { network: 'ASC' })).find((c) => c.network === body.network && c.handle === body.handle.trim());
    if (existing) throw AppError.conflict(PlanningErrorCode.ChannelExists, `The ${body.network} account ${body.handle} is already registered`);
    const row = Object.assign(new ChannelEntity(), { organizationId, network: body.network, handle: body.handle.trim(), displayName: body.displayName.trim(), audiences });
    return toChannel(await this.repos.channels.save(row));
  }

  async updateChannel(organizationId: string, channelId: string, body: UpdateChannelDto): Promise<ChannelDto> {
    const row = await findOrFail(this.repos.channels, organizationId, channelId, PlanningErrorCode.ChannelNotFound);
    const audiences = await loadOwned(this.repos.audiences, organizationId, body.audienceIds, 'audienceIds');
    Object.assign(row, {
      ...(body.displayName !== undefined ? { displayName: body.displayName.trim() } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(audiences !== undefined ? { audiences } : {}),
    });
    return toChannel(await this.repos.channels.save(row));
  }

  async removeChannel(organizationId: string, channelId: string): Promise<void> {
    await findOrFail(this.repos.channels, organizationId, channelId, PlanningErrorCode.ChannelNotFound);
    await this.repos.channels.remove(organizationId, channelId);
  }
}
