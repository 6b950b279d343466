import { isApiError } from '@parvis/web/data-access';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import { linkPreviewQueryOptions } from '../data/post-queries';

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

const readable = (link: string | null): link is string => link !== null && URL.canParse(link) && /^https?:/.test(link);

/** The OpenGraph card the API reads for the link (POST /link-previews, cached per URL). */
export function LinkCard({ orgId, link }: { orgId: string; link: string | null }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const settled = useDebounced(link, 600);
  const preview = useQuery({ ...linkPreviewQueryOptions(orgId, settled ?? ''), enabled: readable(settled) });
  if (!readable(settled)) return null;
  if (preview.isPending) return <p className="pv-muted pv-link-card">{t('linkCard.loading')}</p>;
  if (preview.isError) {
    const refused = isApiError(preview.error) && preview.error.code === 'LINK_PREVIEW_REFUSED';
    return <p className="pv-muted pv-link-card">{t(refused ? 'linkCard.refused' : 'linkCard.failed')}</p>;
  }
  const card = preview.data;
  const host = URL.canParse(card.finalUrl) ? new URL(card.finalUrl).hostname : card.finalUrl;
  return (
    <div className="pv-link-card">
      {card.imageMediaId && <img className="pv-link-card__image" src={`/api/orgs/${orgId}/media/${card.imageMediaId}/file`} alt="" />}
      <div className="pv-link-card__text">
        <span className="pv-link-card__site">{card.siteName ?? host}</span>
        {card.title && <strong className="pv-link-card__title">{card.title}</strong>}
        {card.description && <span className="pv-link-card__description">{card.description}</span>}
      </div>
    </div>
  );
}
