import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, JobsModule } from '@parvis/api/core';
import { IdentityModule } from '@parvis/api/identity';
import { NotificationsModule } from '@parvis/api/notifications';
import { PlanningModule } from '@parvis/api/planning';
import { PostContentEvents, PostsModule } from '@parvis/api/posts';
import { ApprovalsSettingsController } from './controllers/approvals-settings.controller';
import { CircuitsController } from './controllers/circuits.controller';
import { PostTimelineController } from './controllers/post-timeline.controller';
import { ReviewQueueController } from './controllers/review-queue.controller';
import { ReviewsController } from './controllers/reviews.controller';
import { APPROVALS_ENTITIES } from './entities';
import { EXTERNAL_REVIEW_CONTROLLERS, EXTERNAL_REVIEW_PROVIDERS } from './external-review/external-review-providers';
import { ApprovalsRepositories } from './repositories/approvals-repositories';
import { DuePostsRepository } from './repositories/due-posts.repository';
import { DueReviewsRepository } from './repositories/due-reviews.repository';
import { AbsencesService } from './services/absences.service';
import { AuditReadService } from './services/audit-read.service';
import { CircuitsService } from './services/circuits.service';
import { DecisionsService } from './services/decisions.service';
import { ElectionsService } from './services/elections.service';
import { MissedPostsJob } from './services/missed-posts.job';
import { PublicationPauseService } from './services/pause.service';
import { PostMoves } from './services/post-moves';
import { PostTimelineService } from './services/post-timeline.service';
import { ReviewQueueService } from './services/review-queue.service';
import { ReviewRemindersJob } from './services/review-reminders.job';
import { ReviewView } from './services/review-view';
import { ReviewsService } from './services/reviews.service';
import { SchedulingService } from './services/scheduling.service';

@Module({
  imports: [TypeOrmModule.forFeature(APPROVALS_ENTITIES), AuditModule, JobsModule, IdentityModule, NotificationsModule, PlanningModule, PostsModule],
  controllers: [CircuitsController, ReviewsController, ReviewQueueController, PostTimelineController, ApprovalsSettingsController, ...EXTERNAL_REVIEW_CONTROLLERS],
  providers: [
    ApprovalsRepositories,
    DuePostsRepository,
    DueReviewsRepository,
    PostMoves,
    ReviewView,
    ReviewQueueService,
    PostTimelineService,
    CircuitsService,
    ElectionsService,
    ReviewsService,
    SchedulingService,
    DecisionsService,
    AbsencesService,
    PublicationPauseService,
    AuditReadService,
    MissedPostsJob,
    ReviewRemindersJob,
    ...EXTERNAL_REVIEW_PROVIDERS,
  ],
  exports: [PublicationPauseService, ReviewsService, ElectionsService],
})
export class ApprovalsModule implements OnModuleInit {
  constructor(
    private readonly contentEvents: PostContentEvents,
    private readonly reviews: ReviewsService,
  ) {}

  /** The composer's saves reach approvals through this listener (posts cannot depend on approvals). */
  onModuleInit(): void {
    this.contentEvents.register(this.reviews);
  }
}
