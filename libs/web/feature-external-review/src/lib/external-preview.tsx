import { useTranslation } from 'react-i18next';
import type { ExternalVariant } from './external-review-data';

/** One network's read-only preview: the channel, the text as it goes out (thread parts in order), its media with their alt texts, its link. */
export function ExternalPreview({ variant, index }: { variant: ExternalVariant; index: number }) {
  const { t } = useTranslation();
  const parts = variant.threadParts && variant.threadParts.length > 0 ? variant.threadParts : [variant.text];
  const titleId = `external-preview-${index}`;
  return (
    <article className={`xr-preview xr-preview--${variant.network}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="xr-preview__title">
        {t('externalReview.previewTitle', { network: t(`externalReview.networks.${variant.network}`), channel: variant.channelName })}
      </h3>
      {variant.contentWarning && <p className="xr-preview__warning">{t('externalReview.contentWarning', { warning: variant.contentWarning })}</p>}
      <ol className="xr-preview__parts">
        {parts.map((part, i) => (
          <li key={i} className="xr-preview__part">
            {parts.length > 1 && <span className="xr-preview__count">{t('externalReview.threadPart', { index: i + 1, count: parts.length })}</span>}
            <p className="xr-preview__text">{part}</p>
          </li>
        ))}
      </ol>
      {variant.media.length > 0 && (
        <ul className="xr-preview__media">
          {variant.media.map((media) => (
            <li key={media.mediaId}>
              {media.kind === 'image' ? (
                <figure className="xr-preview__figure">
                  <img src={media.url} alt={media.altText ?? ''} />
                  <figcaption>{media.altText ?? t('externalReview.noAlt')}</figcaption>
                </figure>
              ) : (
                <video src={media.url} controls aria-label={t('externalReview.video', { alt: media.altText ?? '' })} />
              )}
            </li>
          ))}
        </ul>
      )}
      {variant.link && (
        <p className="xr-preview__link">
          {t('externalReview.link')} :{' '}
          {/^https?:\/\//.test(variant.link) ? (
            <a className="xr-preview__url" href={variant.link} target="_blank" rel="noopener noreferrer">
              {variant.link}
            </a>
          ) : (
            <span className="xr-preview__url">{variant.link}</span>
          )}
        </p>
      )}
    </article>
  );
}
