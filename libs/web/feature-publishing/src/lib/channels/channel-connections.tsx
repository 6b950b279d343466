import type { Channel } from '@parvis/web/data-access';
import { Alert, Section } from '@parvis/web/ui';
import { useSearchParams } from 'react-router';
import { usePublishingT } from '../common/use-publishing';
import { ConnectionCard } from './connection-card';

export interface ChannelConnectionsProps {
  channels: readonly Channel[];
  /** channels.manage (admins): connect, test, reconnect, disconnect. */
  canManage: boolean;
}

/** The channels page's connection part: one card per channel, and the answer of an OAuth round trip. */
export function ChannelConnections({ channels, canManage }: ChannelConnectionsProps) {
  const { t } = usePublishingT();
  const [search] = useSearchParams();
  const oauth = search.get('connection');
  const oauthChannel = channels.find((channel) => channel.id === search.get('channel'));
  return (
    <Section title={t('connection.sectionTitle')}>
      <p>{t('connection.sectionLead')}</p>
      {!canManage && <Alert tone="info">{t('connection.adminOnly')}</Alert>}
      {oauth === 'connected' && <Alert tone="success" title={oauthChannel?.displayName}>{t('connection.oauthConnected')}</Alert>}
      {oauth === 'refused' && <Alert tone="warning" title={oauthChannel?.displayName}>{t('connection.oauthRefused')}</Alert>}
      <ul className="publishing-cards">
        {channels.map((channel) => (
          <ConnectionCard key={channel.id} channel={channel} canManage={canManage} />
        ))}
      </ul>
    </Section>
  );
}
