import type { assessPassword as AssessPassword, PasswordProblem } from '@parvis/shared/domain/password-policy';
import type { KnownErrorCode } from '@parvis/web/data-access';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './password-strength.css';

export interface PasswordStrengthProps {
  password: string;
  email: string;
  organizationName?: string | readonly string[];
}

const PROBLEM_CODES: Record<PasswordProblem, KnownErrorCode> = {
  too_short: 'PASSWORD_TOO_SHORT',
  too_long: 'PASSWORD_TOO_LONG',
  contains_email: 'PASSWORD_CONTAINS_EMAIL',
  contains_organization: 'PASSWORD_CONTAINS_ORGANIZATION',
  common: 'PASSWORD_COMMON',
  too_weak: 'PASSWORD_TOO_WEAK',
};

/**
 * Live strength of a new password with the API's own rule (contract D: `assessPassword` of the
 * shared domain). Its dictionaries are large: loaded when a password page first shows this.
 */
export function PasswordStrength({ password, email, organizationName }: PasswordStrengthProps) {
  const { t } = useTranslation();
  const id = useId();
  const [assess, setAssess] = useState<typeof AssessPassword | null>(null);
  useEffect(() => {
    let live = true;
    void import('@parvis/shared/domain/password-policy').then((policy) => {
      if (live) setAssess(() => policy.assessPassword);
    });
    return () => {
      live = false;
    };
  }, []);
  const result = useMemo(
    () => (assess && password ? assess(password, { email, organizationName }) : null),
    [assess, password, email, organizationName],
  );
  if (!password) return null;
  if (!result) return <p className="pv-hint">{t('password.loading')}</p>;
  return (
    <div className="password-strength">
      <label className="pv-hint" htmlFor={id}>
        {t('password.strength')}
      </label>
      <meter id={id} min={0} max={4} low={2} high={3} optimum={4} value={result.score} />
      <div aria-live="polite">
        <p className={result.acceptable ? 'password-strength__ok' : 'password-strength__weak'}>
          {t(`password.scores.${result.score}`)}
          {result.acceptable ? ` — ${t('password.acceptable')}` : ''}
        </p>
        {result.problems.length > 0 && (
          <ul className="password-strength__problems">
            {result.problems.map((problem) => (
              <li key={problem}>{t(`errors.codes.${PROBLEM_CODES[problem]}`)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
