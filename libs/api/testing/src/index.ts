export * from './lib/test-database';
export * from './lib/test-app';
export * from './lib/fake-mastodon';
export * from './lib/smtp-capture';
export * from './lib/rate-limits';
