import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoryStorage } from 'multer';
import { APP_CONFIG, AppConfig, AuditModule } from '@parvis/api/core';
import { IdentityModule } from '@parvis/api/identity';
import { NotificationsModule } from '@parvis/api/notifications';
import { PlanningModule } from '@parvis/api/planning';
import { LinkPreviewsController } from './controllers/link-previews.controller';
import { MediaController } from './controllers/media.controller';
import { PostSettingsController } from './controllers/post-settings.controller';
import { PostSettingsService } from './services/post-settings.service';
import { LinkPreviewService } from './link-previews/link-preview.service';
import { PostsController } from './controllers/posts.controller';
import { FilesystemMediaStorage, MEDIA_STORAGE } from './media/media-storage';
import { MediaService } from './media/media.service';
import { POSTS_ENTITIES } from './entities';
import { PostsRepositories } from './repositories/posts-repositories';
import { PostAssembler } from './services/post-assembler';
import { PostHistoryService } from './services/post-history.service';
import { PostsService } from './services/posts.service';
import { PostContentEvents } from './services/post-content-events';
import { SubmissionService } from './services/submission.service';
import { UtmTaggingService } from './services/utm-tagging.service';

@Module({
  imports: [
    TypeOrmModule.forFeature(POSTS_ENTITIES),
    AuditModule,
    IdentityModule,
    NotificationsModule,
    PlanningModule,
    // Uploads stay in memory (one file, capped): they are checked and re-encoded before anything is written.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ storage: memoryStorage(), limits: { fileSize: config.mediaMaxUploadBytes, files: 1, fields: 5 } }),
    }),
  ],
  controllers: [PostsController, MediaController, LinkPreviewsController, PostSettingsController],
  providers: [
    PostsRepositories,
    PostAssembler,
    PostsService,
    PostContentEvents,
    PostHistoryService,
    SubmissionService,
    MediaService,
    LinkPreviewService,
    PostSettingsService,
    UtmTaggingService,
    { provide: MEDIA_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new FilesystemMediaStorage(join(config.dataDir, 'media')) },
  ],
  exports: [PostsRepositories, PostsService, PostContentEvents, SubmissionService, MediaService, UtmTaggingService, MEDIA_STORAGE],
})
export class PostsModule {}
