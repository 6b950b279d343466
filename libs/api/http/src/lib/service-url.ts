import { outboundRefusal } from './outbound-errors';
import { assertHttpUrl } from './safe-http-client';

/**
 * A service base URL typed by a user (Mastodon instance, Bluesky PDS): http(s), no credentials, no query,
 * https required unless `allowHttp` (tests, local demos). Returns the origin plus path, without a trailing slash.
 */
export function normaliseServiceUrl(raw: string, options: { allowHttp: boolean }): string {
  const trimmed = raw.trim();
  const url = assertHttpUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  if (url.protocol === 'http:' && !options.allowHttp) {
    throw outboundRefusal('forbidden_scheme', 'the service URL must use https');
  }
  if (url.username || url.password) throw outboundRefusal('invalid_url', 'the service URL must not contain credentials');
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/+$/, '');
}
