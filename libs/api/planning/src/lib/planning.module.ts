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
import { CalendarFeedsRepository } from './repositories/calendar-feeds.repository';
import { BriefsCsvService } from './services/briefs-csv.service';
import { CalendarCache } from './services/calendar-cache';
import { CalendarFeedService } from './services/calendar-feed.service';
import { PLANNING_ENTITIES } from './entities';
import { PlanningStore } from './repositories/planning-store';
import { BriefsService } from './services/briefs.service';
import { EditorialLineService } from './services/editorial-line.service';

@Module({
  imports: [TypeOrmModule.forFeature(PLANNING_ENTITIES), IdentityModule, NotificationsModule],
  controllers: [EditorialLineController, KeyDatesController, ChannelsController, BriefsController, PlanningExchangeController],
  providers: [PlanningStore, CalendarCache, KeyDatesService, CalendarFeedsRepository, EditorialLineService, BriefsService, CalendarFeedService, BriefsCsvService],
  exports: [PlanningStore],
})
export class PlanningModule {}
