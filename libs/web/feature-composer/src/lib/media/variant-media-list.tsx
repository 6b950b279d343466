import { Button, TextField } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import type { Media, VariantMediaRef } from '../data/post-types';
import type { DraftVariant } from '../composer/composer-draft';

interface VariantMediaListProps {
  orgId: string;
  variant: DraftVariant;
  mediaById: ReadonlyMap<string, Media>;
  altMax: number | null;
  onChange: (media: VariantMediaRef[]) => void;
}

/** The channel's media: an alt text of its own (overriding the library's) and removal from this channel. */
export function VariantMediaList({ variant, mediaById, altMax, onChange }: VariantMediaListProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  if (variant.media.length === 0) return null;
  const set = (index: number, ref: VariantMediaRef | null) =>
    onChange(ref ? variant.media.map((m, i) => (i === index ? ref : m)) : variant.media.filter((_m, i) => i !== index));
  return (
    <ul className="pv-media-list" aria-label={t('media.title')}>
      {variant.media.map((ref, index) => {
        const media = mediaById.get(ref.mediaId);
        const name = media?.fileName ?? t('media.unnamed');
        return (
          <li key={ref.mediaId} className="pv-media-item">
            {media?.kind === 'image' && <img className="pv-media-item__thumb" src={media.url} alt="" />}
            <div className="pv-media-item__body">
              <TextField
                label={t('media.altOverride', { channel: variant.channelName })}
                hint={media?.altText ? `${t('media.altOverrideHint')} « ${media.altText} »` : t('media.altOverrideHint')}
                value={ref.altText ?? ''}
                maxLength={altMax ?? undefined}
                onChange={(event) => set(index, { ...ref, altText: event.target.value || null })}
              />
              <Button variant="tertiary" onClick={() => set(index, null)}>
                {t('media.remove')} <span className="pv-sr-only">{name}</span>
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
