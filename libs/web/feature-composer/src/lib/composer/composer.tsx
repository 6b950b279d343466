import { Alert, Button } from '@parvis/web/ui';
import { ConflictDialog, MutationButton, useDateTimeFormat } from '@parvis/web/shared';
import { useDeferredValue, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import type { Media, Post } from '../data/post-types';
import { MediaSection } from '../media/media-section';
import { useMediaMap } from '../media/use-media-map';
import { NetworkPreview } from '../previews/network-preview';
import { conflictRows } from '../saving/conflict-rows';
import { localDrafts, type StoredDraft } from '../saving/local-draft';
import { SaveStatus } from '../saving/save-status';
import { useAutosave } from '../saving/use-autosave';
import { AccessibilityPanel } from './accessibility-panel';
import { ChannelTabs } from './channel-tabs';
import { useChannelChecks } from './channel-validation';
import { SubmissionCheck } from './submission-check';
import { draftOfPost, draftReducer, effectiveText } from './composer-draft';
import { VariantPanel } from './variant-panel';

interface ComposerProps {
  orgId: string;
  post: Post;
  timeZone: string | undefined;
}

/** The post being written: master text, one tab per channel, live rules and previews, saved as you type. */
export function Composer({ orgId, post, timeZone }: ComposerProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const format = useDateTimeFormat(timeZone);
  const [draft, dispatch] = useReducer(draftReducer, post, draftOfPost);
  const [offer, setOffer] = useState<StoredDraft | null>(() => {
    const stored = localDrafts.read(post.id);
    return stored && JSON.stringify(stored.draft) !== JSON.stringify(draftOfPost(post)) ? stored : null;
  });
  const [active, setActive] = useState(post.variants[0]?.channelId ?? '');
  const autosave = useAutosave(orgId, post, draft);

  // The rule engine runs on a deferred copy: typing stays fluid, the checks follow a beat later.
  const deferred = useDeferredValue(draft);
  const mediaIds = useMemo(() => [...new Set(draft.variants.flatMap((v) => v.media.map((m) => m.mediaId)))], [draft.variants]);
  const mediaById = useMediaMap(orgId, mediaIds);
  const checks = useChannelChecks(deferred, mediaById);
  const blocking = checks.reduce((sum, c) => sum + c.validation.violations.filter((v) => v.severity === 'error').length, 0);
  const activeCheck = checks.find((c) => c.variant.channelId === active) ?? checks[0];
  const activeVariant = draft.variants.find((v) => v.channelId === activeCheck?.variant.channelId);

  const addMedia = (media: Media) =>
    dispatch({
      type: 'replace',
      draft: {
        ...draft,
        variants: draft.variants.map((v) => (v.media.some((m) => m.mediaId === media.id) ? v : { ...v, media: [...v.media, { mediaId: media.id, altText: null }] })),
      },
    });

  const restore = (stored: StoredDraft) => {
    dispatch({ type: 'replace', draft: stored.draft });
    setOffer(null);
  };

  return (
    <div className="pv-composer">
      {offer && (
        <Alert tone="warning" title={t('save.restoreTitle')}>
          <p>{t('save.restoreText', { date: format.dateTime(offer.savedAt) })}</p>
          <div className="pv-actions">
            <Button onClick={() => restore(offer)}>{t('save.restore')}</Button>
            <Button
              variant="tertiary"
              onClick={() => {
                localDrafts.clear(post.id);
                setOffer(null);
              }}
            >
              {t('save.discard')}
            </Button>
          </div>
        </Alert>
      )}
      <div className="pv-composer__bar">
        <SaveStatus state={autosave.state} formatTime={format.time} />
        <p className={`pv-readiness${blocking > 0 ? ' pv-readiness--blocked' : ''}`} role="status">
          {blocking > 0 ? t('save.blocked', { count: blocking }) : t('save.ready')}
        </p>
        <MutationButton variant="secondary" mutation={{ isPending: autosave.state.kind === 'saving' }} onClick={() => void autosave.saveNow()}>
          {t('save.now')}
        </MutationButton>
        <SubmissionCheck orgId={orgId} post={post} saveNow={autosave.saveNow} />
      </div>
      <div className="pv-composer__columns">
        <div className="pv-composer__editor">
          <div className="pv-field">
            <label className="pv-label" htmlFor="master-text">
              {t('master.label')}
            </label>
            <p className="pv-hint" id="master-hint">
              {t('master.hint')}
            </p>
            <textarea
              id="master-text"
              className="pv-input pv-textarea pv-composer__master"
              rows={6}
              value={draft.masterText}
              aria-describedby="master-hint"
              onChange={(event) => dispatch({ type: 'master', text: event.target.value })}
            />
          </div>
          {activeCheck && activeVariant && (
            <ChannelTabs checks={checks} active={activeCheck.variant.channelId} onSelect={setActive}>
              <VariantPanel orgId={orgId} masterText={draft.masterText} check={activeCheck} variant={activeVariant} mediaById={mediaById} dispatch={dispatch} />
            </ChannelTabs>
          )}
          <MediaSection orgId={orgId} media={mediaIds.flatMap((id) => mediaById.get(id) ?? [])} onAdd={addMedia} />
        </div>
        {activeCheck && (
          <aside className="pv-composer__side" aria-label={t('preview.title', { network: t(`networks.${activeCheck.variant.network}`) })}>
            <NetworkPreview orgId={orgId} check={activeCheck} mediaById={mediaById} />
            <AccessibilityPanel check={activeCheck} text={effectiveText(activeCheck.variant, deferred.masterText)} />
          </aside>
        )}
      </div>
      {autosave.state.kind === 'conflict' && (
        <ConflictDialog
          open
          rows={conflictRows(draft, autosave.state.current, t('master.label'))}
          onKeepMine={() => autosave.state.kind === 'conflict' && autosave.rebase(autosave.state.current, true)}
          onTakeCurrent={() => {
            if (autosave.state.kind !== 'conflict') return;
            const current = autosave.state.current;
            dispatch({ type: 'replace', draft: draftOfPost(current) });
            autosave.rebase(current, false);
          }}
        />
      )}
    </div>
  );
}
