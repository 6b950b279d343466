export * from './lib/bluesky.adapter';
export { createdAtOf } from './lib/bluesky-post';
