import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@parvis/api/identity';
import { NotificationsModule } from '@parvis/api/notifications';
import { BriefsController } from './controllers/briefs.controller';
import { ChannelsController } from './controllers/channels.controller';
import { EditorialLineController } from './controllers/editorial-line.controller';
import { KeyDatesController } from './controllers/key-dates.controller';
import { KeyDatesService } from './services/key-dates.service';
import { PlanningExchangeController } from './controllers/planning-exchange.controller';
import { CalendarFeedLookup } from './repositories/calendar-feeds.repository';
import { BriefsCsvService } from './services/briefs-csv.service';
import { CalendarCache } from './services/calendar-cache';
import { CalendarFeedService } from './services/calendar-feed.service';
import { PLANNING_ENTITIES } from './entities';
import { PlanningRepositories } from './repositories/planning-repositories';
import { BriefsService } from './services/briefs.service';
import { EditorialLineService } from './services/editorial-line.service';

@Module({
  imports: [TypeOrmModule.forFeature(PLANNING_ENTITIES), IdentityModule, NotificationsModule],
  controllers: [EditorialLineController, KeyDatesController, ChannelsController, BriefsController, PlanningExchangeController],
  providers: [PlanningRepositories, CalendarCache, KeyDatesService, CalendarFeedLookup, EditorialLineService, BriefsService, CalendarFeedService, BriefsCsvService],
  exports: [PlanningRepositories, EditorialLineService, KeyDatesService, BriefsService],
})
export class PlanningModule {}
