import type { Violation } from '@parvis/shared/domain/content-rules';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import type { ChannelCheck } from './channel-validation';
import { useReadability } from './channel-validation';
import { ViolationList } from './violation-list';

const A11Y_CODES = new Set([
  'image_alt_missing', 'alt_text_is_file_name', 'alt_text_repeats_text', 'video_captions_missing', 'image_mostly_text',
  'hashtag_not_camel_case', 'too_many_emoji', 'emoji_as_bullet', 'text_in_capitals', 'link_without_context', 'alt_text_too_long',
]);

/** The accessibility gate for the channel shown: what blocks, what is advice, and how easy the text reads. */
export function AccessibilityPanel({ check, text }: { check: ChannelCheck; text: string }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const score = useReadability(text);
  const gate = check.validation.violations.filter((v) => A11Y_CODES.has(v.code));
  const blocking = gate.filter((v) => v.severity === 'error');
  const warnings = gate.filter((v) => v.severity === 'warning');
  const hints: Violation[] = score?.hints ?? [];
  return (
    <section className="pv-a11y" aria-labelledby="a11y-title">
      <h2 id="a11y-title" className="pv-section__title">
        {t('a11y.title')}
      </h2>
      <p className="pv-a11y__readability">
        {score ? t('a11y.readability', { label: score.label, score: Math.round(score.score) }) : t('a11y.readabilityEmpty')}
      </p>
      {blocking.length > 0 && (
        <>
          <h3 className="pv-subtitle">{t('a11y.blocking')}</h3>
          <ViolationList violations={blocking} text={text} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3 className="pv-subtitle">{t('a11y.warnings')}</h3>
          <ViolationList violations={warnings} text={text} />
        </>
      )}
      <details className="pv-a11y__falc">
        <summary>{t('a11y.falcTitle')}</summary>
        {hints.length > 0 ? <ViolationList violations={hints} text={text} /> : <p>{t('a11y.falcNone')}</p>}
      </details>
    </section>
  );
}
