import './lib/planning.css';

export { PLANNING_NAMESPACE, planningResources } from './lib/i18n';
export { CalendarPage } from './lib/calendar/calendar-page';
export { BriefPage } from './lib/brief/brief-page';
export { MyBriefsPage } from './lib/my-briefs/my-briefs-page';
export { EditorialLinePage } from './lib/editorial-line/editorial-line-page';
export { ChannelsPage, type ChannelConnectionsPanel } from './lib/channels/channels-page';
export { NotificationBell } from './lib/notifications/notification-bell';
export { ExchangePage } from './lib/exchange/exchange-page';
