import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@parvis/api/core';

/** Who started an OAuth connection, for which channel and server. */
export interface OAuthStatePayload {
  organizationId: string;
  channelId: string;
  userId: string;
  network: string;
  serviceUrl: string;
}

/** The user has this long to approve on the server. */
const STATE_TTL_MS = 15 * 60 * 1000;

/**
 * The OAuth `state`: the payload, an expiry and a nonce, signed with HMAC-SHA-256 under a key derived
 * from ENCRYPTION_KEY (HKDF, its own label). Nothing is stored: a forged or altered state fails the
 * signature, an old one its expiry, and the callback checks it is the same signed-in user.
 */
@Injectable()
export class OAuthStateSigner {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.encryptionKey, Buffer.alloc(0), 'parvis oauth state', 32));
  }

  sign(payload: OAuthStatePayload, now = Date.now()): string {
    const body = Buffer.from(JSON.stringify({ ...payload, exp: now + STATE_TTL_MS, nonce: randomBytes(12).toString('base64url') })).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The payload, or null when the state is forged, altered or expired. */
  verify(state: string, now = Date.now()): OAuthStatePayload | null {
    const [body, mac] = state.split('.');
    if (!body || !mac) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (!isState(parsed) || parsed.exp < now) return null;
    return { organizationId: parsed.organizationId, channelId: parsed.channelId, userId: parsed.userId, network: parsed.network, serviceUrl: parsed.serviceUrl };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

function isState(value: unknown): value is OAuthStatePayload & { exp: number } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['organizationId', 'channelId', 'userId', 'network', 'serviceUrl'].every((key) => typeof v[key] === 'string') && typeof v['exp'] === 'number';
}
