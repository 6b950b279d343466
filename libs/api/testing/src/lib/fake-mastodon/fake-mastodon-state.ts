import { randomBytes } from 'node:crypto';

export interface FakeAccount {
  id: string;
  username: string;
  displayName: string;
  token: string;
}

export interface FakeMedia {
  id: string;
  accountId: string;
  type: 'image' | 'video' | 'gifv' | 'audio' | 'unknown';
  mimeType: string;
  size: number;
  description: string | null;
  /** Processing finishes at this time (epoch ms); until then `url` is null. */
  readyAt: number;
  statusId: string | null;
}

export interface FakeStatus {
  id: string;
  accountId: string;
  text: string;
  spoilerText: string;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
  sensitive: boolean;
  language: string | null;
  inReplyToId: string | null;
  mediaIds: string[];
  createdAt: Date;
}

export interface FakeApp {
  id: string;
  name: string;
  website: string | null;
  redirectUris: string[];
  scopes: string;
  clientId: string;
  clientSecret: string;
}

/** Everything the fake instance knows. Ids are Snowflake-like increasing strings, as Mastodon's are. */
export class FakeMastodonState {
  readonly accounts = new Map<string, FakeAccount>();
  readonly statuses = new Map<string, FakeStatus>();
  readonly media = new Map<string, FakeMedia>();
  readonly apps = new Map<string, FakeApp>();
  /** Authorization codes a user "approved", by code → { clientId, redirectUri, accountId }. */
  readonly codes = new Map<string, { clientId: string; redirectUri: string; accountId: string }>();
  /** `accountId:key` → status id and when the key was first used. */
  readonly idempotency = new Map<string, { statusId: string; at: number }>();
  /** How many statuses were created (replays excluded): what duplicate checks count. */
  createdCount = 0;
  private sequence = BigInt(Date.now()) << 16n;

  nextId(): string {
    this.sequence += 1n;
    return this.sequence.toString();
  }

  addAccount(username: string, displayName = username): FakeAccount {
    const account = { id: this.nextId(), username, displayName, token: randomBytes(16).toString('hex') };
    this.accounts.set(account.id, account);
    return account;
  }

  accountByToken(token: string): FakeAccount | null {
    for (const account of this.accounts.values()) if (account.token === token) return account;
    return null;
  }

  statusesOf(accountId: string): FakeStatus[] {
    return [...this.statuses.values()].filter((status) => status.accountId === accountId).sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  }
}
