// The editor's part (below the composer), apart from the public page so its chunk stays small.
export { ExternalReviewPanel } from './lib/panel/external-review-panel';
export { externalReviewResources } from './lib/i18n';
