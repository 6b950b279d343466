import { briefQueryOptions, channelsQueryOptions } from '@parvis/web/data-access';
import { FormError, MutationButton, useCurrentOrg, useDocumentTitle } from '@parvis/web/shared';
import { Alert, LoadingState, Page } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { COMPOSER_NAMESPACE } from '../i18n';
import { useCreatePost } from '../data/post-mutations';
import { NetworkIcon } from '../previews/network-icon';

/** From a brief (its channels, audiences, theme and date are copied by the API) or from scratch: pick the channels, start. */
export function NewPostPage() {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  useDocumentTitle(t('page.newTitle'));
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const briefId = search.get('briefId') ?? undefined;
  const brief = useQuery({ ...briefQueryOptions(orgId, briefId ?? ''), enabled: briefId !== undefined });
  const channels = useQuery(channelsQueryOptions(orgId));
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const [missing, setMissing] = useState(false);
  const create = useCreatePost(orgId);
  const selected = picked ?? new Set(brief.data?.channelIds ?? []);
  const list = channels.data?.items ?? [];

  if (channels.isPending || (briefId !== undefined && brief.isPending)) return <LoadingState />;

  const toggle = (channelId: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(channelId);
    else next.delete(channelId);
    setPicked(next);
    setMissing(false);
  };

  const start = () => {
    if (selected.size === 0) {
      setMissing(true);
      return;
    }
    create.mutate(
      { ...(briefId ? { briefId } : {}), masterText: brief.data?.body ?? '', channelIds: [...selected], ...(briefId ? {} : { audienceIds: [] }) },
      { onSuccess: (post) => navigate(`/orgs/${orgId}/posts/${post.id}`, { replace: true }) },
    );
  };

  return (
    <Page title={t('page.newTitle')} description={brief.data ? t('create.fromBrief', { title: brief.data.title }) : t('create.lead')}>
      <FormError error={channels.error ?? brief.error ?? create.error} />
      {list.length === 0 ? (
        <Alert tone="info" title={t('create.noChannel')} />
      ) : (
        <fieldset className="pv-fieldset" aria-describedby={missing ? 'channels-error' : undefined}>
          <legend className="pv-label">{t('create.channels')}</legend>
          {missing && (
            <p id="channels-error" className="pv-error-text">
              {t('create.pickOne')}
            </p>
          )}
          <ul className="pv-checklist">
            {list.map((channel) => (
              <li key={channel.id}>
                <label className="pv-check">
                  <input type="checkbox" checked={selected.has(channel.id)} onChange={(event) => toggle(channel.id, event.target.checked)} />
                  <NetworkIcon network={channel.network} /> {channel.displayName} <span className="pv-muted">({t(`networks.${channel.network}`)})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <MutationButton mutation={create} disabled={list.length === 0} onClick={start}>
        {t('create.start')}
      </MutationButton>
    </Page>
  );
}
