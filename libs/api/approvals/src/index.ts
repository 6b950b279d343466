export * from './lib/entities';
export * from './lib/approvals.module';
export * from './lib/approvals.errors';
export { PublicationPauseService } from './lib/services/pause.service';
export { ReviewsService } from './lib/services/reviews.service';
export { ElectionsService } from './lib/services/elections.service';
export { MissedPostsJob } from './lib/services/missed-posts.job';
export { ReviewRemindersJob } from './lib/services/review-reminders.job';
