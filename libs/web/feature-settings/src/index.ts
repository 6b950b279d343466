export { SettingsPage } from './lib/settings-page';
export { settingsResources } from './lib/i18n';
