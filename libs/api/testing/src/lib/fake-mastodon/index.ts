export * from './fake-mastodon-server';
export * from './fake-mastodon-state';
export { mastodonLength } from './mastodon-validation';
