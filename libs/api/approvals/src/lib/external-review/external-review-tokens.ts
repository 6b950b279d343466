import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@parvis/api/core';

/** What a link's signature covers: the row's identity, the exact content and step it was sent for, its expiry. */
export interface LinkBinding {
  linkId: string;
  organizationId: string;
  postId: string;
  contentHash: string;
  round: number;
  step: number;
  expiresAt: Date;
}

/** 128 random bits and an HMAC-SHA256, both base64url: 22 + 43 characters. */
const NONCE_BYTES = 16;
const NONCE_LENGTH = 22;
const MAC_LENGTH = 43;
export const EXTERNAL_TOKEN_LENGTH = NONCE_LENGTH + MAC_LENGTH;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+$/;

/**
 * External review links: `<random id><HMAC-SHA256>`. The HMAC key is derived from ENCRYPTION_KEY
 * with HKDF (its own label, so the raw credentials key is never used for this); the signature covers
 * the link row, the post's content hash, round, step and expiry, so a token whose row was altered
 * (or whose signature was edited) no longer verifies. Only sha256 of the random id is stored.
 * Rotating ENCRYPTION_KEY voids every link sent before.
 */
@Injectable()
export class ExternalReviewTokens {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.encryptionKey, Buffer.from('parvis', 'utf8'), Buffer.from('external-review-link/v1', 'utf8'), 32));
  }

  /** A fresh random id and the hash the row keeps to be found again. */
  mint(): { nonce: string; lookupHash: string } {
    const nonce = randomBytes(NONCE_BYTES).toString('base64url');
    return { nonce, lookupHash: lookupHashOf(nonce) };
  }

  /** The token sent to the person (shown once, never stored). */
  token(nonce: string, binding: LinkBinding): string {
    return nonce + this.mac(nonce, binding);
  }

  /** The random id of a well-formed token (null: not one of ours). */
  parse(token: string): { nonce: string; lookupHash: string; mac: string } | null {
    if (token.length !== EXTERNAL_TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) return null;
    const nonce = token.slice(0, NONCE_LENGTH);
    return { nonce, lookupHash: lookupHashOf(nonce), mac: token.slice(NONCE_LENGTH) };
  }

  /** Whether the token's signature is the one this row's binding calls for (constant time). */
  verifies(parsed: { nonce: string; mac: string }, binding: LinkBinding): boolean {
    const expected = Buffer.from(this.mac(parsed.nonce, binding), 'utf8');
    const given = Buffer.from(parsed.mac, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private mac(nonce: string, b: LinkBinding): string {
    const message = ['v1', nonce, b.linkId, b.organizationId, b.postId, b.contentHash, b.round, b.step, b.expiresAt.toISOString()].join('\n');
    return createHmac('sha256', this.key).update(message, 'utf8').digest('base64url');
  }
}

function lookupHashOf(nonce: string): string {
  return createHash('sha256').update(nonce, 'utf8').digest('hex');
}
