import { publicConfigQueryOptions, useRequestPasswordReset } from '@parvis/web/data-access';
import { EMAIL_PATTERN, FormError, MutationButton } from '@parvis/web/shared';
import { TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * « Mot de passe oublié ? »: with mail, a form that mails a reset link (the answer never says whether
 * the address has an account); without, who to ask.
 */
export function ForgottenPassword() {
  const { t } = useTranslation();
  const config = useQuery(publicConfigQueryOptions());
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = !email ? t('validation.required') : !EMAIL_PATTERN.test(email) ? t('validation.email') : undefined;
    setError(found);
    if (found || request.isPending) return;
    request.mutate(email.trim());
  };

  return (
    <details className="pv-disclosure">
      <summary>{t('login.forgotten')}</summary>
      {config.data?.mailEnabled ? (
        <>
          <p>{t('login.forgottenMailHelp')}</p>
          <p role="status">{request.isSuccess ? t('login.forgottenSent') : ''}</p>
          <FormError error={request.error} />
          <form onSubmit={onSubmit} noValidate aria-label={t('login.forgotten')}>
            <TextField
              label={t('login.forgottenEmail')}
              name="reset-email"
              type="email"
              autoComplete="username"
              value={email}
              error={error}
              onChange={(event: { target: { value: string } }) => setEmail(event.target.value)}
            />
            <MutationButton type="submit" mutation={request}>
              {t('login.forgottenSubmit')}
            </MutationButton>
          </form>
        </>
      ) : (
        <p>{t('login.forgottenHelp')}</p>
      )}
    </details>
  );
}
