export * from './lib/entities';
export * from './lib/identity.module';
export * from './lib/repositories/identity-store';
export * from './lib/services/password-hasher';
export * from './lib/services/organizations.service';
export * from './lib/services/password-resets.service';
export * from './lib/services/invitations.service';
export * from './lib/services/identity.errors';
