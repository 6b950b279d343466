import { OrgRepository, TransactionContext } from '@parvis/api/core';
import { CampaignEntity, ChannelEntity } from '../entities';

const CAMPAIGN_AUDIENCE = { table: 'campaign_audience', owner: 'campaign_id', target: 'audience_id' };
const CHANNEL_AUDIENCE = { table: 'channel_audience', owner: 'channel_id', target: 'audience_id' };

/** Campaigns and the audiences they address. */
export class CampaignsRepository extends OrgRepository<CampaignEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, CampaignEntity, organizationId);
  }

  audienceIds(campaignIds: string[]): Promise<Map<string, string[]>> {
    return this.linkedIds(CAMPAIGN_AUDIENCE, campaignIds);
  }

  setAudiences(campaignId: string, audienceIds: string[]): Promise<void> {
    return this.replaceLinks(CAMPAIGN_AUDIENCE, campaignId, audienceIds);
  }
}

/** The organisation's accounts on the networks, and the audiences each reaches. */
export class ChannelsRepository extends OrgRepository<ChannelEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, ChannelEntity, organizationId);
  }

  audienceIds(channelIds: string[]): Promise<Map<string, string[]>> {
    return this.linkedIds(CHANNEL_AUDIENCE, channelIds);
  }

  setAudiences(channelId: string, audienceIds: string[]): Promise<void> {
    return this.replaceLinks(CHANNEL_AUDIENCE, channelId, audienceIds);
  }

  findByHandle(network: ChannelEntity['network'], handle: string): Promise<ChannelEntity | null> {
    return this.select().andWhere('row.network = :network AND row.handle = :handle', { network, handle }).getOne();
  }
}
