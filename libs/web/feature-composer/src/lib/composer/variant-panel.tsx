import type { Violation } from '@parvis/shared/domain/content-rules';
import { Button, TextField } from '@parvis/web/ui';
import { useRef, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import type { Media } from '../data/post-types';
import { VariantMediaList } from '../media/variant-media-list';
import type { ChannelCheck } from './channel-validation';
import { effectiveText, type DraftAction, type VariantPatch } from './composer-draft';
import { LengthCounter } from './length-counter';
import { MarkedTextarea, type MarkedTextareaHandle } from './marked-textarea';
import { NetworkOptions } from './network-options';
import { ThreadEditor } from './thread-editor';
import { ViolationList } from './violation-list';

interface VariantPanelProps {
  orgId: string;
  masterText: string;
  /** The channel as typed (immediate), and its check (deferred, may lag one keystroke). */
  check: ChannelCheck;
  variant: ChannelCheck['variant'];
  mediaById: ReadonlyMap<string, Media>;
  dispatch: Dispatch<DraftAction>;
}

const textViolations = (violations: readonly Violation[]) => violations.filter((v) => v.target.field === 'text');

export function VariantPanel({ orgId, masterText, check, variant, mediaById, dispatch }: VariantPanelProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const editor = useRef<MarkedTextareaHandle>(null);
  const { validation, autoSplit, rules } = check;
  const text = effectiveText(variant, masterText);
  const label = t('variant.textLabel', { channel: variant.channelName });
  const counterId = `counter-${variant.channelId}`;
  const patch = (change: VariantPatch) =>
    dispatch({ type: 'variant', channelId: variant.channelId, patch: change });

  const show = (violation: Violation) => {
    if (violation.span) editor.current?.select(violation.span);
  };

  return (
    <div className="pv-variant">
      {variant.threadParts ? (
        <ThreadEditor
          label={`${t('thread.title')} — ${label}`}
          parts={variant.threadParts}
          lengths={validation.parts}
          violations={validation.violations}
          onChange={(threadParts) => patch({ threadParts, followsMaster: false, text })}
        />
      ) : (
        <div className="pv-field">
          <label className="pv-label" htmlFor={`variant-${variant.channelId}`}>
            {label}
          </label>
          {variant.followsMaster && <p className="pv-hint">{t('variant.followsMasterHint')}</p>}
          <MarkedTextarea
            id={`variant-${variant.channelId}`}
            rows={8}
            value={text}
            violations={textViolations(validation.violations)}
            onValueChange={(value) => dispatch({ type: 'text', channelId: variant.channelId, text: value })}
            aria-describedby={counterId}
            aria-invalid={validation.length > validation.limit || undefined}
            handle={editor}
          />
        </div>
      )}
      <LengthCounter id={counterId} validation={validation} />
      <div className="pv-actions">
        {!variant.followsMaster && (
          <Button variant="tertiary" onClick={() => dispatch({ type: 'resetToMaster', channelId: variant.channelId })}>
            {t('variant.resetToMaster')}
          </Button>
        )}
        {autoSplit && (
          <Button variant="secondary" onClick={() => patch({ threadParts: autoSplit, followsMaster: false, text })}>
            {t('thread.split')}
          </Button>
        )}
      </div>
      {autoSplit && <p className="pv-hint">{t('thread.automatic', { count: autoSplit.length })}</p>}
      {variant.network === 'mastodon' && (
        <TextField
          label={t('variant.contentWarning')}
          hint={t('variant.contentWarningHint')}
          value={variant.options.spoilerText ?? ''}
          onChange={(event) => patch({ options: { ...variant.options, spoilerText: event.target.value || undefined } })}
        />
      )}
      <NetworkOptions variant={variant} onChange={(options) => patch({ options })} />
      <TextField
        label={t('variant.link')}
        hint={t('variant.linkHint')}
        type="url"
        inputMode="url"
        value={variant.link ?? ''}
        onChange={(event) => patch({ link: event.target.value.trim() || null })}
      />
      <VariantMediaList orgId={orgId} variant={variant} mediaById={mediaById} altMax={rules.capabilities.media.altTextMax} onChange={(media) => patch({ media })} />
      <section className="pv-variant__rules" aria-labelledby={`rules-${variant.channelId}`}>
        <h3 id={`rules-${variant.channelId}`} className="pv-subtitle">
          {t('violations.title')}
        </h3>
        <ViolationList violations={validation.violations} text={text} onShow={variant.threadParts ? undefined : show} />
      </section>
    </div>
  );
}
