import type { CapabilityOverrides } from '@parvis/shared/domain';
import type { PlatformCapabilities } from './capabilities';
import type { Credentials } from './credentials';
import type { FailedOutcome, FailureKind, ManualReport, PublishedOutcome, PublishOutcome, ReconcileOutcome } from './outcomes';
import type { PublishContext, PublishRequest } from './publish-request';

export interface AccountInfo {
  /** The network's stable id (a DID, an account id). */
  remoteId: string;
  handle: string;
  displayName: string | null;
  profileUrl: string;
  avatarUrl: string | null;
}

export interface ConnectInput {
  /** The PDS or instance, as typed (the adapter normalises it). */
  serviceUrl: string | null;
  /** The `connectFields` of the capabilities, by key. */
  fields: Readonly<Record<string, string>>;
}

export interface ConnectResult {
  account: AccountInfo;
  /** To encrypt and store on the channel; handed back decrypted to every later call. */
  credentials: Credentials;
  serviceUrl: string | null;
  /** The channel's own limits (a Mastodon instance's), stored on the channel for the composer's rules. */
  limits: CapabilityOverrides | null;
}

export type VerifyResult = ({ ok: true } & ConnectResult) | { ok: false; kind: FailureKind; message: string };

/** Raised by `connect` when the input cannot connect; `message` is shown to the user. */
export class ConnectError extends Error {
  override readonly name = 'ConnectError';
  constructor(
    readonly kind: 'invalid_credentials' | 'invalid_service' | 'unreachable' | 'rate_limited',
    message: string,
  ) {
    super(message);
  }
}

/** OAuth 2 authorization-code flow, for networks that have one (register, redirect, exchange). */
export interface OAuthSupport {
  /** Registers Parvis on the server; the returned client credentials are stored per server. */
  registerClient(input: { serviceUrl: string; redirectUri: string; clientName: string; website: string | null }): Promise<Credentials>;
  authorizationUrl(input: { serviceUrl: string; client: Credentials; redirectUri: string; state: string }): string;
  exchangeCode(input: { serviceUrl: string; client: Credentials; redirectUri: string; code: string }): Promise<ConnectResult>;
}

export interface PlatformAdapter {
  readonly capabilities: PlatformCapabilities;
  readonly oauth?: OAuthSupport;
  /** A fresh idempotency key for one part, minted once at the first attempt and stored by the caller. */
  mintPartKey(): string;
  connect(input: ConnectInput): Promise<ConnectResult>;
  verifyCredentials(credentials: Credentials, context: PublishContext): Promise<VerifyResult>;
  publish(request: PublishRequest, credentials: Credentials, context: PublishContext): Promise<PublishOutcome>;
  /** Whether an earlier attempt (whose result was lost) went through; `since`: when that attempt started. */
  reconcile?(request: PublishRequest, credentials: Credentials, context: PublishContext & { since: Date }): Promise<ReconcileOutcome>;
  /** Manual channels (`capabilities.publishing: 'manual'`): the person's report, as the outcome to record. */
  complete?(request: PublishRequest, report: ManualReport): PublishedOutcome | FailedOutcome;
}
