export * from './lib/mastodon.adapter';
export { MASTODON_SCOPES } from './lib/mastodon-oauth';
export { retryAfterOf } from './lib/mastodon-errors';
