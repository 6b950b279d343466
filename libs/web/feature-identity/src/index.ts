export { InvitationPage } from './lib/auth/invitation-page';
export { PasswordResetPage } from './lib/auth/password-reset-page';
export { AccountPage } from './lib/account/account-page';
export { identityResources } from './lib/i18n';
