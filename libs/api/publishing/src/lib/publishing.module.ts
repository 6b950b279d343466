import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, JobsModule } from '@parvis/api/core';
import { IdentityModule } from '@parvis/api/identity';
import { NotificationsModule } from '@parvis/api/notifications';
import { POST_PUBLICATIONS, PostsModule } from '@parvis/api/posts';
import { CHANNEL_CONNECTIONS, PlanningModule } from '@parvis/api/planning';
import { ChannelConnectionController, OAuthCallbackController } from './controllers/channel-connection.controller';
import { PublicationQueueController, PublicationsController } from './controllers/publications.controller';
import { PUBLISHING_ENTITIES } from './entities';
import { CredentialRotationRepository } from './repositories/credential-rotation.repository';
import { OAuthClientsRepository } from './repositories/oauth-clients.repository';
import { PublicationClaimsRepository } from './repositories/publication-claims.repository';
import { PublishingRepositories } from './repositories/publishing-repositories';
import { ConnectionSummaries } from './services/connection-summaries';
import { ConnectionsService } from './services/connections.service';
import { CredentialKeyRotation } from './services/credential-key-rotation';
import { OutcomeRecorder } from './services/outcome-recorder';
import { CredentialVault } from './services/credential-vault';
import { OAuthConnectService } from './services/oauth-connect.service';
import { OAuthStateSigner } from './services/oauth-state';
import { PostStatusFollower } from './services/post-status-follower';
import { PublicationEvents } from './services/publication-events';
import { PublishRequestBuilder } from './services/publish-request-builder';
import { PublicationViewMapper } from './services/publication-view';
import { PublicationsService } from './services/publications.service';
import { PublisherService } from './services/publisher.service';
import './publishing.errors';

/**
 * Gives planning's channel list the connection summaries (the port it declares): global, so planning
 * does not import publishing.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(PUBLISHING_ENTITIES)],
  providers: [PublishingRepositories, ConnectionSummaries, { provide: CHANNEL_CONNECTIONS, useExisting: ConnectionSummaries }],
  exports: [PublishingRepositories, CHANNEL_CONNECTIONS],
})
export class ChannelConnectionSummariesModule {}

/**
 * Connected accounts and the publication scheduler. Needs the platform registry (apps/api provides it).
 * Global for the POST_PUBLICATIONS port approvals' post moves use (approvals does not import publishing).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(PUBLISHING_ENTITIES), ChannelConnectionSummariesModule, PlanningModule, PostsModule, IdentityModule, NotificationsModule, JobsModule, AuditModule],
  controllers: [ChannelConnectionController, OAuthCallbackController, PublicationsController, PublicationQueueController],
  providers: [CredentialVault, OAuthStateSigner, OAuthClientsRepository, CredentialRotationRepository, ConnectionsService, OAuthConnectService, CredentialKeyRotation, PublicationClaimsRepository, PostStatusFollower, PublicationViewMapper, PublicationEvents, OutcomeRecorder, PublishRequestBuilder, PublicationsService, PublisherService, { provide: POST_PUBLICATIONS, useExisting: PublisherService }],
  exports: [ConnectionsService, CredentialKeyRotation, PublisherService, POST_PUBLICATIONS],
})
export class PublishingModule {}

