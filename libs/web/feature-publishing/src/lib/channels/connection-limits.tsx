import type { ChannelLimits } from '../data/types';
import { usePublishingT } from '../common/use-publishing';

/** The limits the server announced (read at connection: characters, media, URL weight). */
export function ConnectionLimits({ limits }: { limits: ChannelLimits | null | undefined }) {
  const { t } = usePublishingT();
  if (!limits || (limits.textLimit === undefined && limits.urlWeight === undefined && limits.media === undefined)) {
    return <p className="pv-hint">{t('connection.limits.none')}</p>;
  }
  const { textLimit, urlWeight, media } = limits;
  return (
    <div className="publishing-limits">
      <p className="publishing-limits__title">{t('connection.limits.title')}</p>
      <dl>
        {textLimit !== undefined && (
          <div>
            <dt>{t('connection.limits.text')}</dt>
            <dd>{t('connection.limits.textValue', { count: textLimit })}</dd>
          </div>
        )}
        {media?.maxItems !== undefined && (
          <div>
            <dt>{t('connection.limits.media')}</dt>
            <dd>{t('connection.limits.mediaValue', { count: media.maxItems })}</dd>
          </div>
        )}
        {urlWeight !== undefined && (
          <div>
            <dt>{t('connection.limits.url')}</dt>
            <dd>{t('connection.limits.urlValue', { count: urlWeight })}</dd>
          </div>
        )}
        {typeof media?.altTextMax === 'number' && (
          <div>
            <dt>{t('connection.limits.altText')}</dt>
            <dd>{t('connection.limits.altTextValue', { count: media.altTextMax })}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
