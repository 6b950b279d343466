export { sharedResources } from './lib/i18n';
export * from './lib/i18n/create-i18n';
export * from './lib/format';
export * from './lib/use-document-title';
export * from './lib/form-error';
export * from './lib/server-errors';
export * from './lib/validation';
export * from './lib/use-me';
export * from './lib/require-auth';
