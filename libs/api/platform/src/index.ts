export * from './lib/adapter';
export * from './lib/capabilities';
export * from './lib/credentials';
export * from './lib/manual-channel.adapter';
export * from './lib/outcomes';
export * from './lib/publish-request';
export * from './lib/registry';
