import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, SecretBox } from '@parvis/api/core';
import type { Credentials } from '@parvis/api/platform';

/** What a sealed value is bound to: a copy moved to another row does not open. */
export const channelCredentialsBinding = (organizationId: string, channelId: string): string => `channel_connection:${organizationId}:${channelId}`;
export const oauthClientBinding = (network: string, serviceUrl: string): string => `oauth_client:${network}:${serviceUrl}`;

/** Opened values kept, at most (one per connected channel in a busy instance). */
const OPENED_CAPACITY = 2_000;

/**
 * Credentials of connected accounts at rest: JSON sealed with AES-256-GCM (the SecretBox, key from
 * ENCRYPTION_KEY). Opened only on the way to an adapter.
 *
 * The publisher opens a channel's credentials for every publication (a decipher and a JSON parse, ~3 %
 * of its CPU in a burst): each sealed value, with its binding, is opened once and kept, frozen, in a
 * bounded map. A value sealed again (a refreshed session, a key rotation) is a new entry; a value that
 * does not open is never kept.
 */
@Injectable()
export class CredentialVault {
  private readonly box: SecretBox;
  private readonly opened = new Map<string, Credentials>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.box = new SecretBox(config.encryptionKey);
  }

  seal(credentials: Credentials, binding: string): string {
    return this.box.seal(JSON.stringify(credentials), binding);
  }

  open(sealed: string, binding: string): Credentials {
    const key = `${binding}\u0000${sealed}`;
    const kept = this.opened.get(key);
    if (kept) return kept;
    const value: unknown = JSON.parse(this.box.open(sealed, binding));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('sealed credentials are not an object');
    const credentials = Object.freeze(value) as Credentials;
    this.opened.set(key, credentials);
    for (const oldest of this.opened.keys()) {
      if (this.opened.size <= OPENED_CAPACITY) break;
      this.opened.delete(oldest);
    }
    return credentials;
  }
}
