import { ErrorState, LoadingState, TableScroll } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { usePublishingT } from '../common/use-publishing';
import { postPublicationsQueryOptions } from '../data/publications';
import { useStateAnnouncements } from '../publications/use-state-announcements';
import { networkLabel, stateLabel } from './labels';
import { PublicationOutcome } from './publication-outcome';

/** The props of a panel below the composer (feature-composer's `ComposerPanel`: the app composes them). */
export interface PublicationStatusProps {
  orgId: string;
  postId: string;
  timeZone: string | undefined;
}

/** The composer page's panel: where the post stands on each of its channels (refreshes while one is going out). */
export function PublicationStatus({ orgId, postId }: PublicationStatusProps) {
  const { t } = usePublishingT();
  const publications = useQuery(postPublicationsQueryOptions(orgId, postId));
  const items = (publications.data ?? []).map((publication) => ({ ...publication, networkName: networkLabel(t, publication.network) }));
  const announcement = useStateAnnouncements(items, (item) => t('status.announce', { channel: item.channelName, state: stateLabel(t, item.state) }));
  return (
    <section className="pv-section publishing-status" aria-labelledby="publication-status-title">
      <h2 className="pv-section__title" id="publication-status-title">
        {t('status.title')}
      </h2>
      <p className="pv-hint">{t('status.lead')}</p>
      <p className="pv-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {publications.isPending && <LoadingState />}
      {publications.isError && <ErrorState error={publications.error} onRetry={() => void publications.refetch()} />}
      {publications.data && items.length === 0 && <p>{t('status.empty')}</p>}
      {items.length > 0 && (
        <TableScroll label={t('status.tableLabel')}>
          <table className="pv-table publishing-status__table">
            <caption className="pv-sr-only">{t('status.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('status.channel')}</th>
                <th scope="col">{t('status.state')}</th>
                <th scope="col">{t('status.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    {item.channelName}
                    <span className="publishing-network"> · {item.networkName}</span>
                  </th>
                  <td>
                    <span className={`publishing-state publishing-state--${item.state}`}>{stateLabel(t, item.state)}</span>
                  </td>
                  <td>
                    <PublicationOutcome publication={item} channelName={item.channelName} networkName={item.networkName} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p>
        <Link to={`/orgs/${orgId}/publications`}>{t('status.queueLink')}</Link>
      </p>
    </section>
  );
}
