import { Injectable } from '@nestjs/common';
import { OrgBound, OrgRepository, TransactionContext } from '@parvis/api/core';
import { AudienceEntity, KeyDateEntity, ThemeEntity } from '../entities';
import { BriefsRepository } from './briefs.repository';
import { CalendarFeedsRepository } from './calendar-feeds.repository';
import { BriefCommentsRepository } from './comments.repository';
import { CampaignsRepository, ChannelsRepository } from './editorial-line.repositories';

/** Every planning repository, bound to one organisation. */
export interface PlanningRepos {
  audiences: OrgRepository<AudienceEntity>;
  themes: OrgRepository<ThemeEntity>;
  campaigns: CampaignsRepository;
  channels: ChannelsRepository;
  keyDates: OrgRepository<KeyDateEntity>;
  briefs: BriefsRepository;
  comments: BriefCommentsRepository;
  feeds: CalendarFeedsRepository;
}

/** The planning module's way to its data: `forOrg(scope)` hands repositories bound to that organisation. */
@Injectable()
export class PlanningRepositories {
  constructor(private readonly transactions: TransactionContext) {}

  forOrg(scope: OrgBound): PlanningRepos {
    const tx = this.transactions;
    const id = scope.organizationId;
    return {
      audiences: new OrgRepository(tx, AudienceEntity, id),
      themes: new OrgRepository(tx, ThemeEntity, id),
      campaigns: new CampaignsRepository(tx, id),
      channels: new ChannelsRepository(tx, id),
      keyDates: new OrgRepository(tx, KeyDateEntity, id),
      briefs: new BriefsRepository(tx, id),
      comments: new BriefCommentsRepository(tx, id),
      feeds: new CalendarFeedsRepository(tx, id),
    };
  }
}
