import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@parvis/api/identity';
import { NotificationsModule } from '@parvis/api/notifications';
import { PlanningModule } from '@parvis/api/planning';
import { PostsController } from './controllers/posts.controller';
import { POSTS_ENTITIES } from './entities';
import { PostsRepositories } from './repositories/posts-repositories';
import { PostAssembler } from './services/post-assembler';
import { PostHistoryService } from './services/post-history.service';
import { PostsService } from './services/posts.service';
import { SubmissionService } from './services/submission.service';

@Module({
  imports: [TypeOrmModule.forFeature(POSTS_ENTITIES), IdentityModule, NotificationsModule, PlanningModule],
  controllers: [PostsController],
  providers: [PostsRepositories, PostAssembler, PostsService, PostHistoryService, SubmissionService],
  exports: [PostsRepositories, PostsService, SubmissionService],
})
export class PostsModule {}
