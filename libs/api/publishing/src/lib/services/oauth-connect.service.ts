import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppError, type AppConfig, type AuthenticatedUser, type OrgBound } from '@parvis/api/core';
import { normaliseServiceUrl } from '@parvis/api/http';
import type { Credentials, OAuthSupport } from '@parvis/api/platform';
import type { OAuthCallbackQueryDto, OAuthStartDto } from '../dto/connection.dto';
import { PublishingErrorCode } from '../publishing.errors';
import { OAuthClientsRepository } from '../repositories/oauth-clients.repository';
import { ConnectionsService } from './connections.service';
import { CredentialVault, oauthClientBinding } from './credential-vault';
import { OAuthStateSigner } from './oauth-state';

/** Where servers send the browser back; the one redirect URI registered on every server. */
export const OAUTH_CALLBACK_PATH = '/api/publishing/oauth/callback';

/**
 * The authorization-code flow: Parvis registers itself on the server once (kept per server), sends the
 * admin to the server's authorisation page with a signed state, and exchanges the code on the way back.
 */
@Injectable()
export class OAuthConnectService {
  constructor(
    private readonly connections: ConnectionsService,
    private readonly clients: OAuthClientsRepository,
    private readonly vault: CredentialVault,
    private readonly states: OAuthStateSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get redirectUri(): string {
    return `${this.config.publicUrl}${OAUTH_CALLBACK_PATH}`;
  }

  async start(scope: OrgBound, user: AuthenticatedUser, channelId: string, serviceUrlInput: string): Promise<OAuthStartDto> {
    const channel = await this.connections.channel(scope, channelId);
    const oauth = this.oauthOf(channel.network);
    const serviceUrl = this.normalised(serviceUrlInput);
    let client: { serviceUrl: string; credentials: Credentials };
    try {
      client = await this.client(channel.network, oauth, serviceUrl);
    } catch (error) {
      throw this.connections.refused(channel, error);
    }
    const state = this.states.sign({ organizationId: scope.organizationId, channelId, userId: user.id, network: channel.network, serviceUrl: client.serviceUrl });
    return { authorizationUrl: oauth.authorizationUrl({ serviceUrl: client.serviceUrl, client: client.credentials, redirectUri: this.redirectUri, state }) };
  }

  /** The browser is back from the server: checks the state, exchanges the code; returns the SPA page to show. */
  async complete(user: AuthenticatedUser, query: OAuthCallbackQueryDto): Promise<string> {
    const state = this.states.verify(query.state);
    if (!state || state.userId !== user.id) throw new AppError(PublishingErrorCode.OAuthStateInvalid, 'This authorisation link is invalid or expired: start again from the channels page', HttpStatus.BAD_REQUEST);
    const page = `${this.config.publicUrl}/orgs/${state.organizationId}/channels`;
    if (query.error || !query.code) return `${page}?connection=refused&channel=${state.channelId}`;
    const scope: OrgBound = { organizationId: state.organizationId };
    const channel = await this.connections.channel(scope, state.channelId);
    const oauth = this.oauthOf(channel.network);
    const row = await this.clients.find({ network: state.network, serviceUrl: state.serviceUrl, redirectUri: this.redirectUri });
    if (!row) throw new AppError(PublishingErrorCode.OAuthStateInvalid, 'Parvis is not registered on this server any more: start again', HttpStatus.BAD_REQUEST);
    const client = this.vault.open(row.sealedClient, oauthClientBinding(row.network, row.serviceUrl));
    try {
      const result = await oauth.exchangeCode({ serviceUrl: state.serviceUrl, client, redirectUri: this.redirectUri, code: query.code });
      await this.connections.store(scope, channel, result);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw this.connections.refused(channel, error);
    }
    return `${page}?connection=connected&channel=${state.channelId}`;
  }

  private normalised(raw: string): string {
    try {
      return normaliseServiceUrl(raw.trim(), { allowHttp: this.config.outboundAllowHttp });
    } catch (error) {
      throw AppError.invalidField('serviceUrl', error instanceof Error ? error.message : String(error), PublishingErrorCode.ServiceRefused);
    }
  }

  private oauthOf(network: string): OAuthSupport {
    const oauth = this.connections.adapter(network).oauth;
    if (!oauth) throw AppError.badRequest(PublishingErrorCode.AuthKindUnsupported, `${network} has no authorisation page: connect with its form`);
    return oauth;
  }

  /** The registration on that server, made once (the network call is outside any transaction). */
  private async client(network: string, oauth: OAuthSupport, serviceUrl: string): Promise<{ serviceUrl: string; credentials: Credentials }> {
    const key = { network, serviceUrl, redirectUri: this.redirectUri };
    const existing = await this.clients.find(key);
    if (existing) return { serviceUrl, credentials: this.vault.open(existing.sealedClient, oauthClientBinding(network, serviceUrl)) };
    const credentials = await oauth.registerClient({ serviceUrl, redirectUri: this.redirectUri, clientName: 'Parvis', website: this.config.publicUrl });
    const row = await this.clients.insertOrKeep(key, this.vault.seal(credentials, oauthClientBinding(network, serviceUrl)));
    return { serviceUrl, credentials: this.vault.open(row.sealedClient, oauthClientBinding(network, serviceUrl)) };
  }
}
