import { defineErrorCodes } from '@parvis/api/core';

/** The publishing module's closed set of error codes. */
export const PublishingErrorCode = defineErrorCodes('publishing', {
  ChannelNotFound: 'PUBLISHING_CHANNEL_NOT_FOUND',
  NotConnected: 'CHANNEL_NOT_CONNECTED',
  /** The network has no adapter registered in this instance. */
  NetworkUnsupported: 'NETWORK_NOT_SUPPORTED',
  /** The network connects another way (OAuth instead of a form, or the reverse). */
  AuthKindUnsupported: 'CONNECTION_METHOD_NOT_SUPPORTED',
  /** The server refused the credentials (its words in the message). */
  CredentialsRefused: 'CONNECTION_CREDENTIALS_REFUSED',
  /** The server URL is not acceptable (http in production, private address, not a server of that network). */
  ServiceRefused: 'CONNECTION_SERVICE_REFUSED',
  ServiceUnreachable: 'CONNECTION_SERVICE_UNREACHABLE',
  ServiceRateLimited: 'CONNECTION_RATE_LIMITED',
  /** The OAuth callback's state is forged, expired, or not the caller's. */
  OAuthStateInvalid: 'OAUTH_STATE_INVALID',
  PublicationNotFound: 'PUBLICATION_NOT_FOUND',
  /** « Réessayer » is not safe now (content refused, outcome to reconcile, channel to reconnect, post not failed). */
  NotRetryable: 'PUBLICATION_NOT_RETRYABLE',
  /** A manual report on a publication that is not waiting for one. */
  NotHandedOver: 'PUBLICATION_NOT_HANDED_OVER',
  /** Only the publication's assignee, an editor or an admin reports on a manual publication. */
  NotAssignee: 'PUBLICATION_NOT_ASSIGNEE',
});

export type PublishingErrorCode = (typeof PublishingErrorCode)[keyof typeof PublishingErrorCode];

declare module '@parvis/api/core' {
  interface ErrorCodeRegistry {
    publishing: typeof PublishingErrorCode;
  }
}
