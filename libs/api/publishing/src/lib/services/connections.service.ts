import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, OrgBound, TransactionContext } from '@parvis/api/core';
import { MembersService } from '@parvis/api/identity';
import { NotificationKind, NotificationsService } from '@parvis/api/notifications';
import { ChannelEntity, PlanningRepositories } from '@parvis/api/planning';
import { PLATFORM_REGISTRY, PlatformRegistry, type ConnectResult, type Credentials, type PlatformAdapter, type PublishContext } from '@parvis/api/platform';
import { can, ChannelStatus } from '@parvis/shared/domain';
import type { ConnectChannelDto, ConnectionDto, VerifyResultDto } from '../dto/connection.dto';
import { ConnectionStatus, type ChannelConnectionEntity } from '../entities';
import { PublishingErrorCode } from '../publishing.errors';
import type { ClaimLimit } from '../repositories/publication-claims.repository';
import { PublishingRepositories } from '../repositories/publishing-repositories';
import { connectFailure, connectFields, toConnectionDto } from './connection-mapping';
import { channelCredentialsBinding, CredentialVault } from './credential-vault';

/** What an adapter call needs: the adapter, the opened credentials and a context that stores refreshed ones. */
export interface ChannelSession {
  adapter: PlatformAdapter;
  /** The channel's own network (UTM source, media renditions), whichever adapter it goes through. */
  network: string;
  credentials: Credentials;
  context: PublishContext;
}

/** Connecting a channel to its account, checking it, and flagging it when its credentials fail. */
@Injectable()
export class ConnectionsService {
  private readonly logger = new Logger('Connections');

  constructor(
    private readonly repositories: PublishingRepositories,
    private readonly planning: PlanningRepositories,
    private readonly transactions: TransactionContext,
    private readonly vault: CredentialVault,
    private readonly notifications: NotificationsService,
    private readonly members: MembersService,
    @Inject(PLATFORM_REGISTRY) private readonly registry: PlatformRegistry,
  ) {}

  async get(scope: OrgBound, channelId: string): Promise<ConnectionDto> {
    const channel = await this.channel(scope, channelId);
    return toConnectionDto(channelId, channel.network, await this.repositories.forOrg(scope).connections.findByChannel(channelId));
  }

  /** Handle and app password, a pasted token…: the adapter's form, checked by the server itself. */
  async connect(scope: OrgBound, channelId: string, body: ConnectChannelDto): Promise<ConnectionDto> {
    const channel = await this.channel(scope, channelId);
    const manual = body.publishing === 'manual';
    const adapter = manual ? this.manualAdapter() : this.adapter(channel.network);
    if (!adapter.capabilities.authKinds.some((kind) => kind !== 'oauth2')) {
      throw AppError.badRequest(PublishingErrorCode.AuthKindUnsupported, `${channel.network} connects through its server's authorisation page`);
    }
    // A channel published by hand is named after itself unless the form says otherwise.
    const fields = connectFields(adapter.capabilities.connectFields, manual ? { name: channel.displayName, ...(body.fields ?? {}) } : (body.fields ?? {}));
    let result: ConnectResult;
    try {
      result = await adapter.connect({ serviceUrl: body.serviceUrl?.trim() || null, fields });
    } catch (error) {
      throw this.refused(channel, error);
    }
    return this.store(scope, channel, result, adapter.capabilities.network);
  }

  /** Stores a verified connection (sealed) and marks the channel connected, in one transaction. */
  async store(scope: OrgBound, channel: Pick<ChannelEntity, 'id' | 'network'>, result: ConnectResult, adapterKey: string = channel.network): Promise<ConnectionDto> {
    return this.transactions.run(async () => {
      const connections = this.repositories.forOrg(scope).connections;
      const values = {
        // The adapter the channel goes through: its network's, or the manual one.
        network: adapterKey,
        status: ConnectionStatus.Connected,
        accountRemoteId: result.account.remoteId.slice(0, 300),
        accountHandle: result.account.handle.slice(0, 300),
        accountUrl: result.account.profileUrl.slice(0, 1000),
        serviceUrl: result.serviceUrl,
        sealedCredentials: this.vault.seal(result.credentials, channelCredentialsBinding(scope.organizationId, channel.id)),
        limits: result.limits,
        lastVerifiedAt: new Date(),
        lastError: null,
      };
      const existing = await connections.lockByChannel(channel.id);
      if (existing) await connections.update(existing.id, values);
      else await connections.insert({ channelId: channel.id, ...values });
      await this.setChannelStatus(scope, channel.id, ChannelStatus.Connected);
      return toConnectionDto(channel.id, channel.network, await connections.findByChannel(channel.id));
    });
  }

  /** Asks the server whether the stored credentials still work; failing ones flag the channel. */
  async verify(scope: OrgBound, channelId: string): Promise<VerifyResultDto> {
    const channel = await this.channel(scope, channelId);
    const session = await this.session(scope, channelId);
    // Published by a person: nothing to check, the connection stands as it is.
    if (session.adapter.capabilities.publishing === 'manual') return { ok: true, connection: await this.get(scope, channelId) };
    const result = await session.adapter.verifyCredentials(session.credentials, session.context);
    if (result.ok) {
      const connection = await this.store(scope, channel, result, session.adapter.capabilities.network);
      return { ok: true, connection };
    }
    if (result.kind === 'reconnect_required' || result.kind === 'auth_expired') await this.flagReconnectRequired(scope, channelId, result.message);
    return { ok: false, kind: result.kind, message: result.message, connection: await this.get(scope, channelId) };
  }

  async disconnect(scope: OrgBound, channelId: string): Promise<void> {
    await this.channel(scope, channelId);
    await this.transactions.run(async () => {
      if (!(await this.repositories.forOrg(scope).connections.deleteByChannel(channelId))) return;
      await this.setChannelStatus(scope, channelId, ChannelStatus.NotConnected);
    });
  }

  /**
   * The channel must be connected again: flagged, with the platform's words, and its admins told
   * (once, when it stops working), in the caller's transaction or one of its own.
   */
  async flagReconnectRequired(scope: OrgBound, channelId: string, message: string): Promise<void> {
    await this.transactions.run(async () => {
      const connections = this.repositories.forOrg(scope).connections;
      const row = await connections.lockByChannel(channelId);
      if (!row) return;
      await connections.update(row.id, { status: ConnectionStatus.ReconnectRequired, lastError: message.slice(0, 2000) });
      if (row.status === ConnectionStatus.ReconnectRequired) return;
      await this.setChannelStatus(scope, channelId, ChannelStatus.ReconnectRequired);
      const channel = await this.channel(scope, channelId);
      const admins = (await this.members.directory(scope)).filter((member) => can(member.role, 'channels.manage'));
      for (const admin of admins) {
        await this.notifications.notify(scope, {
          userId: admin.userId,
          kind: NotificationKind.ChannelReconnectRequired,
          title: channel.displayName,
          link: `/orgs/${scope.organizationId}/channels`,
          actorUserId: null,
        });
      }
    });
    this.logger.warn(`channel ${channelId} of ${scope.organizationId} must be reconnected`);
  }

  /** The adapter and the opened credentials of a connected channel, for one call (verify, publish). */
  async session(scope: OrgBound, channelId: string): Promise<ChannelSession> {
    const channel = await this.channel(scope, channelId);
    const row = await this.repositories.forOrg(scope).connections.findByChannel(channelId);
    if (!row) throw AppError.conflict(PublishingErrorCode.NotConnected, 'This channel is not connected');
    return this.sessionOf(scope, channelId, channel.network, row);
  }

  /** The same from a connection already read (the publisher reads it with the rest of the attempt's source). */
  sessionOf(scope: OrgBound, channelId: string, channelNetwork: string, connection: Pick<ChannelConnectionEntity, 'id' | 'network' | 'sealedCredentials'>): ChannelSession {
    // The connection names its adapter (a channel published by hand goes through the manual one).
    return {
      adapter: this.adapter(connection.network),
      network: channelNetwork,
      credentials: this.vault.open(connection.sealedCredentials, channelCredentialsBinding(scope.organizationId, channelId)),
      context: { persistCredentials: (credentials) => this.persist(scope, connection.id, channelId, credentials) },
    };
  }

  /** Each adapter's declared concurrency, by the key connections name: what the claim keeps in flight. */
  claimLimits(): ClaimLimit[] {
    return this.registry.capabilities().map((capabilities) => ({ network: capabilities.network, ...capabilities.concurrency }));
  }

  /** The automatic networks' declared concurrency (a manual hand-over is no call to limit). */
  automaticLimits(): ClaimLimit[] {
    return this.claimLimits().filter((limit) => this.registry.get(limit.network).capabilities.publishing === 'automatic');
  }

  private manualAdapter(): PlatformAdapter {
    const adapter = this.registry.manual();
    if (!adapter) throw AppError.badRequest(PublishingErrorCode.NetworkUnsupported, 'This instance has no manual publishing');
    return adapter;
  }

  /** Whether this instance has the adapter a connection names. */
  has(network: string): boolean {
    return this.registry.has(network);
  }

  adapter(network: string): PlatformAdapter {
    if (!this.registry.has(network)) throw AppError.badRequest(PublishingErrorCode.NetworkUnsupported, `${network} has no connector in this instance`);
    return this.registry.get(network);
  }

  async channel(scope: OrgBound, channelId: string): Promise<ChannelEntity> {
    const channel = await this.planning.forOrg(scope).channels.findById(channelId);
    if (!channel) throw AppError.notFound(PublishingErrorCode.ChannelNotFound, 'Channel not found');
    return channel;
  }

  refused(channel: Pick<ChannelEntity, 'id' | 'network'>, error: unknown): AppError {
    const failure = connectFailure(error);
    // The server's words only: what the user typed is never logged.
    this.logger.log(`connecting channel ${channel.id} (${channel.network}) refused: ${failure.code}`);
    return failure;
  }

  /** A refreshed session, stored at once so the next call does not log in again. */
  private async persist(scope: OrgBound, connectionId: string, channelId: string, credentials: Credentials): Promise<void> {
    await this.repositories.forOrg(scope).connections.update(connectionId, { sealedCredentials: this.vault.seal(credentials, channelCredentialsBinding(scope.organizationId, channelId)) });
  }

  private async setChannelStatus(scope: OrgBound, channelId: string, status: ChannelStatus): Promise<void> {
    await this.planning.forOrg(scope).channels.update(channelId, { status });
  }
}
