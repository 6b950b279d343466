export * from './fetch-stub';
export * from './fixtures';
export * from './render-routes';
