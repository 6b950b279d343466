import { normaliseServiceUrl } from '@parvis/api/http';
import { ConnectError, credentialString, type ConnectResult, type Credentials, type OAuthSupport } from '@parvis/api/platform';
import { oauthClient, restClient, type MastodonClientOptions } from './mastodon-client';

/** Least privilege: what publishing and, later, the inbox need. */
export const MASTODON_SCOPES = 'read:accounts read:statuses read:notifications write:media write:statuses';

/**
 * Mastodon's authorization-code flow: Parvis registers itself on each instance (POST /api/v1/apps),
 * sends the user to /oauth/authorize, and exchanges the code it gets back (POST /oauth/token).
 */
export class MastodonOAuth implements OAuthSupport {
  constructor(
    private readonly options: MastodonClientOptions & { allowHttp: boolean },
    private readonly connectWithToken: (serviceUrl: string, accessToken: string) => Promise<ConnectResult>,
  ) {}

  async registerClient(input: { serviceUrl: string; redirectUri: string; clientName: string; website: string | null }): Promise<Credentials> {
    const serviceUrl = this.serviceUrl(input.serviceUrl);
    const app = await restClient(this.options, serviceUrl, null).v1.apps.create({
      clientName: input.clientName,
      redirectUris: input.redirectUri,
      scopes: MASTODON_SCOPES,
      ...(input.website ? { website: input.website } : {}),
    });
    if (!app.clientId || !app.clientSecret) throw new ConnectError('invalid_service', 'the instance did not return client credentials');
    return { serviceUrl, clientId: app.clientId, clientSecret: app.clientSecret };
  }

  authorizationUrl(input: { serviceUrl: string; client: Credentials; redirectUri: string; state: string }): string {
    const url = new URL('/oauth/authorize', `${this.serviceUrl(input.serviceUrl)}/`);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: credentialString(input.client, 'clientId') ?? '',
      redirect_uri: input.redirectUri,
      scope: MASTODON_SCOPES,
      state: input.state,
    }).toString();
    return url.toString();
  }

  async exchangeCode(input: { serviceUrl: string; client: Credentials; redirectUri: string; code: string }): Promise<ConnectResult> {
    const serviceUrl = this.serviceUrl(input.serviceUrl);
    const clientId = credentialString(input.client, 'clientId');
    const clientSecret = credentialString(input.client, 'clientSecret');
    if (!clientId || !clientSecret) throw new ConnectError('invalid_service', 'the app is not registered on this instance');
    let accessToken: string;
    try {
      const token = await oauthClient(this.options, serviceUrl).token.create({ grantType: 'authorization_code', clientId, clientSecret, redirectUri: input.redirectUri, code: input.code, scope: MASTODON_SCOPES });
      accessToken = token.accessToken;
    } catch (error) {
      throw new ConnectError('invalid_credentials', error instanceof Error ? error.message : String(error));
    }
    return this.connectWithToken(serviceUrl, accessToken);
  }

  private serviceUrl(raw: string): string {
    try {
      return normaliseServiceUrl(raw, { allowHttp: this.options.allowHttp });
    } catch (error) {
      throw new ConnectError('invalid_service', error instanceof Error ? error.message : String(error));
    }
  }
}
