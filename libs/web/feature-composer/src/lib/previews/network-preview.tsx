
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import type { ChannelCheck } from '../composer/channel-validation';
import type { Media, NetworkName } from '../data/post-types';
import { LinkCard } from './link-card';
import { NetworkIcon } from './network-icon';
import { RichText } from './rich-text';

/** Where each network folds a long text behind "voir plus" (characters shown before the fold). */
const FOLD_AT: Partial<Record<NetworkName, number>> = {
  linkedin: 210,
  facebook: 480,
  instagram: 125,
};

interface PreviewProps {
  orgId: string;
  check: ChannelCheck;
  mediaById: ReadonlyMap<string, Media>;
}

function Folded({ text, foldAt }: { text: string; foldAt: number | undefined }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const [open, setOpen] = useState(false);
  if (foldAt === undefined || text.length <= foldAt) return <RichText text={text} />;
  return (
    <>
      <RichText text={open ? text : text.slice(0, foldAt).trimEnd()} />
      <button type="button" className="pv-preview__more" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('preview.seeLess') : t('preview.seeMore')}
      </button>
    </>
  );
}

/** Mastodon folds the post behind its content warning until the reader opens it. */
function ContentWarning({ warning, children }: { warning: string; children: ReactNode }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const [open, setOpen] = useState(false);
  return (
    <>
      <p className="pv-preview__cw">
        <strong>{warning}</strong>{' '}
        <button type="button" className="pv-preview__cw-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('preview.contentWarningHide') : t('preview.contentWarningShow')}
        </button>
      </p>
      {open && children}
    </>
  );
}

function MediaGrid({ media, square }: { media: readonly { media: Media; alt: string | null }[]; square: boolean }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  if (media.length === 0) return null;
  return (
    <div className={`pv-preview__media pv-preview__media--${Math.min(media.length, 4)}${square ? ' pv-preview__media--square' : ''}`}>
      {media.slice(0, square ? 1 : 4).map(({ media: item, alt }) => (
        <figure key={item.id} className="pv-preview__figure">
          {item.kind === 'image' ? <img src={item.url} alt={alt ?? ''} /> : <video src={item.url} aria-label={alt ?? undefined} />}
          {alt && !square && <span className="pv-preview__alt" aria-hidden="true">{t('preview.altBadge')}</span>}
        </figure>
      ))}
    </div>
  );
}

/** How the post will look on the channel's network: its folds, its crop, its thread, its card. */
export function NetworkPreview({ orgId, check, mediaById }: PreviewProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const { variant, content, autoSplit } = check;
  const network = variant.network;
  const parts = variant.threadParts ?? autoSplit ?? [content.text];
  const media = variant.media.flatMap((ref) => {
    const item = mediaById.get(ref.mediaId);
    return item ? [{ media: item, alt: ref.altText ?? item.altText }] : [];
  });
  const square = network === 'instagram';
  const warning = network === 'mastodon' ? variant.options.spoilerText?.trim() : undefined;

  return (
    <section className={`pv-preview pv-preview--${network}`} aria-labelledby={`preview-${variant.channelId}`}>
      <h2 id={`preview-${variant.channelId}`} className="pv-section__title">
        {t('preview.title', { network: t(`networks.${network}`) })}
      </h2>
      {square && media.length === 0 && <p className="pv-preview__warning">{t('preview.noMedia')}</p>}
      <ol className="pv-preview__thread" aria-label={parts.length > 1 ? t('thread.title') : undefined}>
        {parts.map((part, index) => {
          const body = (
            <p className="pv-preview__text">
              <Folded text={part} foldAt={FOLD_AT[network]} />
            </p>
          );
          return (
            <li key={index} className="pv-preview__post">
              <div className="pv-preview__head">
                <NetworkIcon network={network} />
                <strong>{variant.channelName}</strong>
                <span className="pv-muted">· {t('preview.now')}</span>
                {parts.length > 1 && <span className="pv-sr-only">{t('preview.part', { index: index + 1, count: parts.length })}</span>}
              </div>
              {square && index === 0 && <MediaGrid media={media} square />}
              {warning ? <ContentWarning warning={warning}>{body}</ContentWarning> : body}
              {!square && index === 0 && <MediaGrid media={media} square={false} />}
              {index === 0 && media.length === 0 && <LinkCard orgId={orgId} link={variant.link} />}
            </li>
          );
        })}
      </ol>
      {square && media.length > 0 && <p className="pv-muted">{t('preview.squareCrop')}</p>}
    </section>
  );
}
