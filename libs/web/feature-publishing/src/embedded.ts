// Small entry for the pieces other screens embed (the channels page, the composer page), without the
// publications page: `@parvis/web/feature-publishing/embedded`. They register their strings themselves.
import './lib/publishing.css';

export { ChannelConnections, type ChannelConnectionsProps } from './lib/channels/channel-connections';
export { PublicationStatus, type PublicationStatusProps } from './lib/status/publication-status';
export { PUBLISHING_NAMESPACE, publishingResources } from './lib/i18n';
