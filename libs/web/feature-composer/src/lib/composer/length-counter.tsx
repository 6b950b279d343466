import type { VariantValidation } from '@parvis/shared/domain/content-rules';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';
import { useThrottledValue } from './use-throttled-value';

/** The network's own count; past the limit it says so in words (not only in red) and politely, throttled. */
export function LengthCounter({ validation, id }: { validation: VariantValidation; id?: string }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  const over = validation.counters.filter((c) => c.value > c.limit);
  const main = validation.counters[0];
  const text = validation.counters.map((c) => t(`counter.${c.unit}`, { length: c.value, limit: c.limit })).join(' · ');
  const state = over.length > 0 ? t('counter.over', { count: over[0].value - over[0].limit }) : t('counter.remaining', { count: main.limit - main.value });
  const announced = useThrottledValue(`${text}. ${state}`, 1500);
  return (
    <div className={`pv-counter${over.length > 0 ? ' pv-counter--over' : ''}`} id={id}>
      <span aria-hidden="true">
        {text}
        {validation.parts.length > 0 && ` (${t('counter.part')})`}
      </span>
      <strong className="pv-counter__state" aria-hidden="true">
        {over.length > 0 && <span className="pv-counter__icon">⚠ </span>}
        {state}
      </strong>
      <span className="pv-sr-only" aria-live="polite">
        {announced}
      </span>
    </div>
  );
}
