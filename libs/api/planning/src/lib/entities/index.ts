import { AudienceEntity } from './audience.entity';
import { BriefCommentEntity } from './brief-comment.entity';
import { BriefEntity } from './brief.entity';
import { CampaignEntity } from './campaign.entity';
import { ChannelEntity } from './channel.entity';
import { ThemeEntity } from './theme.entity';

export { AudienceEntity, BriefCommentEntity, BriefEntity, CampaignEntity, ChannelEntity, ThemeEntity };

export const PLANNING_ENTITIES = [AudienceEntity, ThemeEntity, CampaignEntity, ChannelEntity, BriefEntity, BriefCommentEntity];
