import type { Violation } from '@parvis/shared/domain/content-rules';
import { useTranslation } from 'react-i18next';
import { COMPOSER_NAMESPACE } from '../i18n';

function whereKey(violation: Violation): { key: string; params: Record<string, number> } | null {
  switch (violation.target.field) {
    case 'thread_part':
      return { key: 'violations.inPart', params: { part: violation.target.index + 1 } };
    case 'media':
      return { key: 'violations.inMedia', params: { index: violation.target.index + 1 } };
    case 'link':
      return { key: 'violations.inLink', params: {} };
    case 'content_warning':
      return { key: 'violations.inContentWarning', params: {} };
    default:
      return null;
  }
}

/** The violations as a list: severity in words, the passage quoted, and a way to select it in the text. */
export function ViolationList({ violations, text, onShow }: { violations: readonly Violation[]; text: string; onShow?: (violation: Violation) => void }) {
  const { t } = useTranslation(COMPOSER_NAMESPACE);
  if (violations.length === 0) return <p className="pv-muted">{t('violations.none')}</p>;
  const sorted = [...violations].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className="pv-violations">
      {sorted.map((violation, index) => {
        const where = whereKey(violation);
        const span = violation.target.field === 'text' ? violation.span : undefined;
        const excerpt = span ? text.slice(span.start, Math.min(span.end, span.start + 60)) : '';
        return (
          <li key={`${violation.code}-${index}`} className={`pv-violation pv-violation--${violation.severity}`}>
            <span className="pv-violation__severity">{t(`violations.${violation.severity}`)}</span>{' '}
            {where && <span className="pv-violation__where">{t(where.key, { ...where.params, defaultValue: where.key })} : </span>}
            <span>{t(violation.messageKey, { ...violation.params, defaultValue: violation.messageKey })}</span>
            {excerpt.trim() !== '' && (
              <>
                {' '}
                <q className="pv-violation__excerpt">{excerpt}</q>
              </>
            )}
            {span && onShow && (
              <button type="button" className="pv-link-button" onClick={() => onShow(violation)}>
                {t('violations.show')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
