import { Section } from '@parvis/web/ui';
import { useTranslation } from 'react-i18next';
import { APPROVALS_NAMESPACE } from '../i18n';
import { NEUTRALITY_CRITERIA, type Neutrality } from '../data/approval-types';

/** The four criteria as the author answered them (réserve électorale), each said in words. */
export function NeutralitySummary({ neutrality }: { neutrality: Neutrality }) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  return (
    <Section title={t('neutrality.title')}>
      <p>{t('neutrality.lead')}</p>
      <ul className="approvals-checklist">
        {NEUTRALITY_CRITERIA.map((criterion) => {
          const ok = neutrality[criterion] === true;
          return (
            <li key={criterion} className={ok ? 'approvals-checklist__item' : 'approvals-checklist__item approvals-checklist__item--missing'}>
              <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {t(`neutrality.${criterion}`)} : <strong>{ok ? t('neutrality.checked') : t('neutrality.unchecked')}</strong>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

/** The four criteria ticked by the author before submitting during a réserve électorale. */
export function NeutralityFields({ value, onChange, error }: { value: Neutrality; onChange: (value: Neutrality) => void; error: boolean }) {
  const { t } = useTranslation(APPROVALS_NAMESPACE);
  return (
    <fieldset className="pv-fieldset approvals-neutrality" aria-describedby={error ? 'neutrality-error' : undefined}>
      <legend>{t('neutrality.title')}</legend>
      <p className="pv-hint">{t('neutrality.lead')}</p>
      {NEUTRALITY_CRITERIA.map((criterion) => (
        <label key={criterion} className="pv-check">
          <input type="checkbox" checked={value[criterion] === true} onChange={(event) => onChange({ ...value, [criterion]: event.target.checked })} />{' '}
          {t(`neutrality.${criterion}`)}
        </label>
      ))}
      {error && (
        <p className="pv-error-text" id="neutrality-error">
          {t('neutrality.incomplete')}
        </p>
      )}
    </fieldset>
  );
}
