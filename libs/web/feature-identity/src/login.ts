// The login screen alone (its own lazy chunk): the first page of a visit downloads only this.
export { LoginPage } from './lib/auth/login-page';
export { identityResources } from './lib/i18n';
