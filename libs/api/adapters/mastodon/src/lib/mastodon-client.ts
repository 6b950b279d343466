import type { SafeHttpClient } from '@parvis/api/http';
import { credentialString, type Credentials } from '@parvis/api/platform';
import type { CapabilityOverrides } from '@parvis/shared/domain';
import { mastodonInstanceOverrides } from '@parvis/shared/domain';
import { createOAuthAPIClient, createRestAPIClient, type mastodon } from 'masto';

export interface MastodonClientOptions {
  http: SafeHttpClient;
  requestTimeoutMs: number;
  mediaTimeoutMs: number;
}

export interface StoredToken {
  serviceUrl: string;
  accessToken: string;
  accountId: string;
}

export class InvalidStoredTokenError extends Error {
  override readonly name = 'InvalidStoredTokenError';
}

export function readStoredToken(credentials: Credentials): StoredToken {
  const serviceUrl = credentialString(credentials, 'serviceUrl');
  const accessToken = credentialString(credentials, 'accessToken');
  const accountId = credentialString(credentials, 'accountId');
  if (!serviceUrl || !accessToken || !accountId) throw new InvalidStoredTokenError('the stored Mastodon token is incomplete');
  return { serviceUrl, accessToken, accountId };
}

/** A masto client whose every request (media polls and redirects included) goes through the SSRF-safe dispatcher. */
export function restClient(options: MastodonClientOptions, serviceUrl: string, accessToken: string | null): mastodon.rest.Client {
  return createRestAPIClient({
    url: serviceUrl,
    ...(accessToken ? { accessToken } : {}),
    timeout: options.requestTimeoutMs,
    mediaTimeout: options.mediaTimeoutMs,
    requestInit: options.http.requestInit,
    log: 'error',
  });
}

export function oauthClient(options: MastodonClientOptions, serviceUrl: string): mastodon.oauth.Client {
  return createOAuthAPIClient({ url: serviceUrl, timeout: options.requestTimeoutMs, requestInit: options.http.requestInit, log: 'error' });
}

/** The instance's own limits (GET /api/v2/instance), in the shared domain's shape, stored on the channel. */
export function instanceLimits(instance: mastodon.v2.Instance): CapabilityOverrides {
  const { statuses, mediaAttachments } = instance.configuration;
  return mastodonInstanceOverrides({
    statuses: {
      max_characters: statuses.maxCharacters,
      max_media_attachments: statuses.maxMediaAttachments,
      characters_reserved_per_url: statuses.charactersReservedPerUrl,
    },
    media_attachments: {
      supported_mime_types: mediaAttachments.supportedMimeTypes,
      image_size_limit: mediaAttachments.imageSizeLimit,
      video_size_limit: mediaAttachments.videoSizeLimit,
      ...('descriptionLimit' in mediaAttachments && typeof mediaAttachments.descriptionLimit === 'number' ? { description_limit: mediaAttachments.descriptionLimit } : {}),
    },
  });
}
