export * from './bluesky-peer';
