import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AuditModule, JobsModule, RateLimitBucket } from '@parvis/api/core';
import { AuthController } from './controllers/auth.controller';
import { InvitationJoinController, LinksController } from './controllers/links.controller';
import { OperatorController } from './controllers/operator.controller';
import { OrganizationsController } from './controllers/organizations.controller';
import { IDENTITY_ENTITIES } from './entities';
import { AccessGuard } from './guards/access.guard';
import { IdentityMails } from './mail/identity-mails';
import { IdentityStore } from './repositories/identity-store';
import { AuthService } from './services/auth.service';
import { SignInAudit } from './services/sign-in-audit';
import { ExpiredSessionsJob } from './services/expired-sessions.job';
import { InvitationAcceptanceService } from './services/invitation-acceptance.service';
import { InvitationsService } from './services/invitations.service';
import { LinksService } from './services/links.service';
import { MembersService } from './services/members.service';
import { OrganizationsService } from './services/organizations.service';
import { PasswordHasher } from './services/password-hasher';
import { PasswordResetsService } from './services/password-resets.service';
import { SessionsService } from './services/sessions.service';
import { TeamsService } from './services/teams.service';

@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    JobsModule,
    AuditModule,
    // Per client IP (in-memory, per instance), one throttler per kind of public route (RateLimitGuard counts
    // a route in its own only): the brute-force brake on the credential routes, external approvers' links,
    // and the calendar clients polling a feed.
    // No throttler headers: its names (Retry-After-auth…) are not standard; the error filter sends Retry-After.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: RateLimitBucket.Auth, ttl: 60_000, limit: config.loginRateLimitPerMinute },
          { name: RateLimitBucket.ExternalReview, ttl: 60_000, limit: config.externalReviewRateLimitPerMinute },
          { name: RateLimitBucket.CalendarFeed, ttl: 60_000, limit: config.calendarFeedRateLimitPerMinute },
        ],
        setHeaders: false,
      }),
    }),
  ],
  controllers: [AuthController, LinksController, InvitationJoinController, OrganizationsController, OperatorController],
  providers: [
    IdentityStore,
    PasswordHasher,
    IdentityMails,
    SessionsService,
    LinksService,
    AuthService,
    SignInAudit,
    InvitationsService,
    InvitationAcceptanceService,
    PasswordResetsService,
    MembersService,
    TeamsService,
    OrganizationsService,
    ExpiredSessionsJob,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [IdentityStore, PasswordHasher, OrganizationsService, PasswordResetsService, InvitationsService, InvitationAcceptanceService, MembersService, TeamsService],
})
export class IdentityModule {}
