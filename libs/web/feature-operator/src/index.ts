export { OperatorPage } from './lib/operator-page';
export { operatorResources } from './lib/i18n';
