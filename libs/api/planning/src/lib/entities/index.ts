import { AudienceEntity } from './audience.entity';
import { BriefCommentEntity } from './brief-comment.entity';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { BriefEntity } from './brief.entity';
import { CampaignEntity } from './campaign.entity';
import { ChannelEntity } from './channel.entity';
import { KeyDateEntity } from './key-date.entity';
import { BriefAudienceEntity, BriefChannelEntity, CampaignAudienceEntity, ChannelAudienceEntity } from './links.entity';
import { ThemeEntity } from './theme.entity';

export { BriefAudienceEntity, BriefChannelEntity, CampaignAudienceEntity, ChannelAudienceEntity };
export { AudienceEntity, BriefCommentEntity, CalendarFeedEntity, BriefEntity, CampaignEntity, ChannelEntity, KeyDateEntity, ThemeEntity };

export const PLANNING_ENTITIES = [AudienceEntity, ThemeEntity, CampaignEntity, ChannelEntity, BriefEntity, BriefCommentEntity, CalendarFeedEntity, KeyDateEntity, BriefAudienceEntity, BriefChannelEntity, CampaignAudienceEntity, ChannelAudienceEntity];
