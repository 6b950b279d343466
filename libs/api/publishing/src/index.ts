export * from './lib/entities';
export * from './lib/publishing.errors';
export * from './lib/publishing.module';
export * from './lib/services/connections.service';
export * from './lib/services/credential-key-rotation';
export * from './lib/services/oauth-connect.service';
export * from './lib/services/publisher.service';
