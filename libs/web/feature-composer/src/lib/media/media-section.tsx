import { Alert, Button, Dialog, TextAreaField } from '@parvis/web/ui';
import { FormError, MutationButton } from '@parvis/web/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import { useUpdateMediaAlt, useUploadMedia } from '../data/post-mutations';
import { mediaLibraryQueryOptions } from '../data/post-queries';
import type { Media } from '../data/post-types';

interface MediaSectionProps {
  orgId: string;
  /** The media used by at least one channel, in order. */
  media: readonly Media[];
  onAdd: (media: Media) => void;
}

/** Media of the post: upload (with progress) or pick from the library, then the alt text, required. */
export function MediaSection({ orgId, media, onAdd }: MediaSectionProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const upload = useUploadMedia(orgId);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const send = (file: File) => {
    setProgress({ name: file.name, fraction: 0 });
    upload.mutate(
      { file, onProgress: (fraction) => setProgress({ name: file.name, fraction }) },
      {
        onSuccess: (created) => onAdd(created),
        onSettled: () => {
          setProgress(null);
          if (input.current) input.current.value = '';
        },
      },
    );
  };

  return (
    <section className="pv-media" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="pv-section__title">
        {t('media.title')}
      </h2>
      <div className="pv-actions">
        <label className="pv-button pv-button--secondary pv-file-button" htmlFor={inputId}>
          {t('media.upload')}
        </label>
        <input
          ref={input}
          id={inputId}
          className="pv-sr-only"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif,video/mp4"
          disabled={upload.isPending}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) send(file);
          }}
        />
        <Button variant="tertiary" onClick={() => setLibraryOpen(true)}>
          {t('media.library')}
        </Button>
      </div>
      {progress && (
        <div className="pv-upload">
          <label htmlFor={`${inputId}-progress`}>{t('media.uploading', { name: progress.name, percent: Math.round(progress.fraction * 100) })}</label>
          <progress id={`${inputId}-progress`} max={1} value={progress.fraction} />
        </div>
      )}
      <FormError error={upload.error} />
      <ul className="pv-media-list">
        {media.map((item) => (
          <MediaAltPrompt key={item.id} orgId={orgId} media={item} />
        ))}
      </ul>
      <MediaLibraryDialog orgId={orgId} open={libraryOpen} onClose={() => setLibraryOpen(false)} onPick={(picked) => {
        onAdd(picked);
        setLibraryOpen(false);
      }} />
    </section>
  );
}

/** The library's alt text of one media: asked for until given (the domain gate blocks without it). */
function MediaAltPrompt({ orgId, media }: { orgId: string; media: Media }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const save = useUpdateMediaAlt(orgId);
  const [alt, setAlt] = useState(media.altText ?? '');
  const missing = media.kind === 'image' && !media.altText;
  const name = media.fileName ?? t('media.unnamed');
  return (
    <li className="pv-media-item">
      {media.kind === 'image' && <img className="pv-media-item__thumb" src={media.url} alt="" />}
      <form
        className="pv-media-item__body"
        onSubmit={(event) => {
          event.preventDefault();
          if (alt.trim()) save.mutate({ media, altText: alt.trim() });
        }}
      >
        {missing && <Alert tone="warning" title={t('media.altRequired')} />}
        <TextAreaField
          label={t('media.altLabel', { name })}
          hint={t('media.altHint')}
          rows={2}
          value={alt}
          required={media.kind === 'image'}
          aria-invalid={missing || undefined}
          onChange={(event) => setAlt(event.target.value)}
        />
        <FormError error={save.error} />
        <MutationButton type="submit" variant="secondary" mutation={save} disabled={!alt.trim() || alt.trim() === media.altText}>
          {t('media.altSave')}
        </MutationButton>
      </form>
    </li>
  );
}

function MediaLibraryDialog({ orgId, open, onClose, onPick }: { orgId: string; open: boolean; onClose: () => void; onPick: (media: Media) => void }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const library = useInfiniteQuery({ ...mediaLibraryQueryOptions(orgId), enabled: open });
  const items = library.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Dialog open={open} title={t('media.libraryTitle')} onClose={onClose} size="large">
      <FormError error={library.error} />
      {library.isSuccess && items.length === 0 && <p>{t('media.libraryEmpty')}</p>}
      <ul className="pv-library">
        {items.map((item) => (
          <li key={item.id} className="pv-library__item">
            {item.kind === 'image' && <img src={item.url} alt={item.altText ?? ''} />}
            <span>{item.fileName ?? t('media.unnamed')}</span>
            <Button variant="secondary" onClick={() => onPick(item)}>
              {t('media.pick')} <span className="pv-sr-only">{item.fileName ?? ''}</span>
            </Button>
          </li>
        ))}
      </ul>
      {library.hasNextPage && (
        <Button variant="tertiary" busy={library.isFetchingNextPage} onClick={() => void library.fetchNextPage()}>
          {t('media.more')}
        </Button>
      )}
    </Dialog>
  );
}
