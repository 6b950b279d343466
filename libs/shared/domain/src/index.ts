export * from './lib/identity/roles';
export * from './lib/identity/password-policy';
export * from './lib/identity/email';
export * from './lib/identity/slug';
export * from './lib/time/time-zone';
export * from './lib/locale';
