export { ExternalReviewPage } from './lib/external-review-page';
export { externalReviewResources } from './lib/i18n';
