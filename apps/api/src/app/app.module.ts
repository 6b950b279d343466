import { DynamicModule, Module } from '@nestjs/common';
import { ApprovalsModule } from '@parvis/api/approvals';
import { AppConfig, ConfigModule, DatabaseModule, DatabaseTarget, HealthController } from '@parvis/api/core';
import { IdentityModule } from '@parvis/api/identity';
import { NotificationsModule } from '@parvis/api/notifications';
import { PlanningModule } from '@parvis/api/planning';
import { PublishingModule } from '@parvis/api/publishing';
import { PostsModule } from '@parvis/api/posts';
import { PlatformAdaptersModule } from './platform-adapters.module';

/** The composition root: configuration, database, and each feature module. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(database), PlatformAdaptersModule.forRoot(), IdentityModule, NotificationsModule, PlanningModule, PostsModule, ApprovalsModule, PublishingModule],
      controllers: [HealthController],
    };
  }
}
