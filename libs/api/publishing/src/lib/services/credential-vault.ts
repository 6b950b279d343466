import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, SecretBox } from '@parvis/api/core';
import type { Credentials } from '@parvis/api/platform';

/** What a sealed value is bound to: a copy moved to another row does not open. */
export const channelCredentialsBinding = (organizationId: string, channelId: string): string => `channel_connection:${organizationId}:${channelId}`;
export const oauthClientBinding = (network: string, serviceUrl: string): string => `oauth_client:${network}:${serviceUrl}`;

/**
 * Credentials of connected accounts at rest: JSON sealed with AES-256-GCM (the SecretBox, key from
 * ENCRYPTION_KEY). Opened only on the way to an adapter.
 */
@Injectable()
export class CredentialVault {
  private readonly box: SecretBox;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.box = new SecretBox(config.encryptionKey);
  }

  seal(credentials: Credentials, binding: string): string {
    return this.box.seal(JSON.stringify(credentials), binding);
  }

  open(sealed: string, binding: string): Credentials {
    const value: unknown = JSON.parse(this.box.open(sealed, binding));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('sealed credentials are not an object');
    return value as Credentials;
  }
}
