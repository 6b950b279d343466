import './lib/publishing.css';

export { PUBLISHING_NAMESPACE, publishingResources } from './lib/i18n';
export { PublicationsPage } from './lib/publications/publications-page';
