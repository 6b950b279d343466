import { ALL_NETWORKS, networkCapabilities } from '@parvis/shared/domain';
import type { ChannelLimits } from '../data/types';
import { usePublishingT } from '../common/use-publishing';

/** The server's own values (read at connection) merged over the network's: what the composer counts with. */
export function effectiveLimits(network: string, limits: ChannelLimits | null | undefined) {
  const known = ALL_NETWORKS.find((name) => name === network);
  if (!known) return null;
  return networkCapabilities(known, limits ?? {});
}

/** The limits of the channel: characters, media, what a link counts, alt text. */
export function ConnectionLimits({ network, limits }: { network: string; limits: ChannelLimits | null | undefined }) {
  const { t } = usePublishingT();
  const effective = effectiveLimits(network, limits);
  if (!effective) return null;
  const fromServer = limits !== null && limits !== undefined && Object.keys(limits).length > 0;
  return (
    <div className="publishing-limits">
      <p className="publishing-limits__title">{fromServer ? t('connection.limits.title') : t('connection.limits.networkTitle')}</p>
      <dl>
        <div>
          <dt>{t('connection.limits.text')}</dt>
          <dd>{t('connection.limits.textValue', { count: effective.textLimit })}</dd>
        </div>
        <div>
          <dt>{t('connection.limits.media')}</dt>
          <dd>{t('connection.limits.mediaValue', { count: effective.media.maxItems })}</dd>
        </div>
        {effective.urlWeight > 0 && (
          <div>
            <dt>{t('connection.limits.url')}</dt>
            <dd>{t('connection.limits.urlValue', { count: effective.urlWeight })}</dd>
          </div>
        )}
        {effective.media.altTextMax !== null && (
          <div>
            <dt>{t('connection.limits.altText')}</dt>
            <dd>{t('connection.limits.altTextValue', { count: effective.media.altTextMax })}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
