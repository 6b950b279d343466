import { FormError, useDateTimeFormat } from '@parvis/web/shared';
import { LoadingState, Section, SelectField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import { postDiffQueryOptions, postQueryOptions, postVersionsQueryOptions } from '../data/post-queries';
import type { DiffSegmentDto } from '../data/post-types';

export function DiffSegments({ segments }: { segments: readonly DiffSegmentDto[] }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  if (!segments.some((s) => s.kind !== 'same')) return <p className="pv-muted">{t('history.noChange')}</p>;
  return (
    <p className="pv-diff">
      {segments.map((segment, index) =>
        segment.kind === 'added' ? (
          <ins key={index} aria-label={`${t('history.added')} : ${segment.text}`}>
            {segment.text}
          </ins>
        ) : segment.kind === 'removed' ? (
          <del key={index} aria-label={`${t('history.removed')} : ${segment.text}`}>
            {segment.text}
          </del>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

/** Every saved version, and the word diff between any two of them (per channel and for the main text). */
export function VersionHistory({ orgId, postId, timeZone }: { orgId: string; postId: string; timeZone: string | undefined }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const format = useDateTimeFormat(timeZone);
  const versions = useQuery(postVersionsQueryOptions(orgId, postId));
  const post = useQuery(postQueryOptions(orgId, postId));
  const [choice, setChoice] = useState<{ from?: number; to?: number }>({});
  // Oldest first, whatever order the API lists them in.
  const list = [...(versions.data ?? [])].sort((a, b) => a.number - b.number);
  const last = list.reduce((max, v) => Math.max(max, v.number), 0);
  const to = choice.to ?? last;
  // By default: everything since the first draft (a last save may have changed only an alt text).
  const from = choice.from ?? (list[0]?.number ?? 1);
  const diff = useQuery({ ...postDiffQueryOptions(orgId, postId, from, to), enabled: last > 1 && from !== to });
  const channelName = (channelId: string) => post.data?.variants.find((v) => v.channelId === channelId)?.channelName ?? channelId;

  return (
    <Section title={t('history.title')}>
      {versions.isPending && <LoadingState />}
      <FormError error={versions.error ?? diff.error} />
      {versions.isSuccess && list.length === 0 && <p>{t('history.empty')}</p>}
      {list.length > 0 && (
        <ul className="pv-versions">
          {[...list].reverse().map((v) => (
            <li key={v.number}>{t('history.versionBy', { number: v.number, author: v.author.name, date: format.dateTime(v.createdAt) })}</li>
          ))}
        </ul>
      )}
      {last > 1 && (
        <div className="pv-diff-picker">
          <SelectField label={t('history.from')} value={String(from)} onChange={(event) => setChoice({ from: Number(event.target.value), to })}>
            {list.map((v) => (
              <option key={v.number} value={v.number}>
                {t('history.version', { number: v.number })}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('history.to')} value={String(to)} onChange={(event) => setChoice({ from, to: Number(event.target.value) })}>
            {list.map((v) => (
              <option key={v.number} value={v.number}>
                {t('history.version', { number: v.number })}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      {diff.data && (
        <div className="pv-diffs">
          <p className="pv-hint">{t('history.legend')}</p>
          <h3 className="pv-subtitle">{t('history.master')}</h3>
          <DiffSegments segments={diff.data.master} />
          {diff.data.variants.map((variant) => (
            <div key={variant.channelId}>
              <h3 className="pv-subtitle">{channelName(variant.channelId)}</h3>
              <DiffSegments segments={variant.segments} />
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}
