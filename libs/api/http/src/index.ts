export * from './lib/address-policy';
export * from './lib/outbound-errors';
export * from './lib/safe-dispatcher';
export * from './lib/safe-http-client';
export * from './lib/service-url';
