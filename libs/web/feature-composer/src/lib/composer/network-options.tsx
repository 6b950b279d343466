import { SelectField } from '@parvis/web/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import type { VariantOptionsDto } from '../data/post-types';
import type { DraftVariant } from './composer-draft';

type Visibility = NonNullable<VariantOptionsDto['visibility']>;
type ReplyControl = NonNullable<VariantOptionsDto['replyControl']>;

const VISIBILITIES: readonly Visibility[] = ['public', 'unlisted', 'private', 'direct'];
const REPLY_CONTROLS: readonly ReplyControl[] = ['everyone', 'nobody', 'mentioned', 'following'];
/** The languages offered (ISO 639-1); Bluesky takes up to three per post. */
export const POST_LANGUAGES = ['fr', 'en', 'es', 'de', 'it', 'ar', 'pt'] as const;
const BLUESKY_MAX_LANGUAGES = 3;

const isVisibility = (value: string): value is Visibility => (VISIBILITIES as readonly string[]).includes(value);
const isReplyControl = (value: string): value is ReplyControl => (REPLY_CONTROLS as readonly string[]).includes(value);

interface NetworkOptionsProps {
  variant: DraftVariant;
  onChange: (options: VariantOptionsDto) => void;
}

/** The network's own settings for this variant (Mastodon: visibility, language; Bluesky: languages, replies). */
export function NetworkOptions({ variant, onChange }: NetworkOptionsProps) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const { options } = variant;
  const set = (change: Partial<VariantOptionsDto>) => onChange({ ...options, ...change });
  if (variant.network === 'mastodon') {
    return (
      <div className="pv-network-options">
        <SelectField
          label={t('options.visibility')}
          value={options.visibility ?? 'public'}
          onChange={(event) => isVisibility(event.target.value) && set({ visibility: event.target.value })}
        >
          {VISIBILITIES.map((value) => (
            <option key={value} value={value}>
              {t(`options.visibilities.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('options.language')}
          value={options.language ?? ''}
          onChange={(event) => set({ language: event.target.value || undefined })}
        >
          <option value="">{t('options.languageDefault')}</option>
          {POST_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`options.languages.${code}`)}
            </option>
          ))}
        </SelectField>
      </div>
    );
  }
  if (variant.network === 'bluesky') {
    return (
      <div className="pv-network-options">
        <BlueskyLanguages selected={options.languages ?? []} onChange={(languages) => set({ languages: languages.length ? languages : undefined })} />
        <SelectField
          label={t('options.replyControl')}
          value={options.replyControl ?? 'everyone'}
          onChange={(event) => isReplyControl(event.target.value) && set({ replyControl: event.target.value })}
        >
          {REPLY_CONTROLS.map((value) => (
            <option key={value} value={value}>
              {t(`options.replyControls.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
    );
  }
  return null;
}

function BlueskyLanguages({ selected, onChange }: { selected: readonly string[]; onChange: (languages: string[]) => void }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const hintId = useId();
  const full = selected.length >= BLUESKY_MAX_LANGUAGES;
  return (
    <fieldset className="pv-fieldset pv-network-options__languages" aria-describedby={hintId}>
      <legend className="pv-label">{t('options.languagesLabel')}</legend>
      <p className="pv-hint" id={hintId}>
        {t('options.languagesHint', { count: BLUESKY_MAX_LANGUAGES })}
      </p>
      {POST_LANGUAGES.map((code) => {
        const checked = selected.includes(code);
        return (
          <label key={code} className="pv-checkbox">
            <input
              type="checkbox"
              checked={checked}
              disabled={!checked && full}
              onChange={() => onChange(checked ? selected.filter((c) => c !== code) : [...selected, code])}
            />{' '}
            {t(`options.languages.${code}`)}
          </label>
        );
      })}
    </fieldset>
  );
}
