import { isApiError, meQueryOptions, useLogin, type LoginInput } from '@parvis/web/data-access';
import {
  clearSessionExpiredNotice,
  EMAIL_PATTERN,
  FormError,
  safeNextPath,
  SessionExpiredNotice,
  useDateTimeFormat,
  useDocumentTitle,
  useServerFieldErrors,
  MutationButton,
} from '@parvis/web/shared';
import { Alert, Button, Page, TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ForgottenPassword } from './forgotten-password';

type LoginErrors = Partial<Record<keyof LoginInput, string>>;

/**
 * The first screen of every visit: two fields kept in plain state (no form library), so the page
 * loads the least JavaScript. Same checks and messages as the other forms.
 */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const me = useQuery(meQueryOptions());
  const login = useLogin();
  const applyServerFieldErrors = useServerFieldErrors();
  const format = useDateTimeFormat(undefined);
  const [values, setValues] = useState<LoginInput>({ email: '', password: '' });
  const [errors, setErrors] = useState<LoginErrors>({});

  // A lock in the owner's absence is told once, in the login's answer: hold the page until it is read.
  const securityNotice = login.data?.securityNotice ?? null;
  if (securityNotice) {
    return (
      <Page title={t('login.securityTitle')}>
        <Alert tone="warning" title={t('login.securityTitle')}>
          <p>{t('login.securityNotice', { count: securityNotice.lockouts, date: format.dateTime(securityNotice.lastLockoutAt) })}</p>
          <p>{t('login.securityAdvice')}</p>
        </Alert>
        <p>
          <Link to="/account">{t('login.changePassword')}</Link>
        </p>
        <Button onClick={() => navigate(next, { replace: true })}>{t('login.continue')}</Button>
      </Page>
    );
  }
  if (me.data && !login.isPending) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: LoginErrors = {};
    if (!values.email) found.email = t('validation.required');
    else if (!EMAIL_PATTERN.test(values.email)) found.email = t('validation.email');
    if (!values.password) found.password = t('validation.required');
    setErrors(found);
    if (Object.keys(found).length > 0 || login.isPending) return;
    login.mutate(values, {
      onSuccess: (result) => {
        clearSessionExpiredNotice();
        if (!result.securityNotice) navigate(next, { replace: true });
      },
      onError: (error) =>
        applyServerFieldErrors<LoginInput>(error, (field, { message }) => setErrors((e) => ({ ...e, [field]: message })), [
          'email',
          'password',
        ]),
    });
  };
  const field = (name: keyof LoginInput) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value })),
  });

  const error = login.error;
  const fieldErrorsPlaced = isApiError(error) && error.fieldErrors.length > 0;
  return (
    <Page title={t('login.title')} description={t('login.lead')}>
      <SessionExpiredNotice />
      {isApiError(error) && error.code === 'AUTH_ACCOUNT_LOCKED' ? (
        <Alert tone="error" title={t('login.lockedTitle')}>
          <p>
            {error.lockedUntil ? t('login.lockedUntil', { time: format.time(error.lockedUntil) }) : t('login.locked')}
          </p>
        </Alert>
      ) : (
        !fieldErrorsPlaced && <FormError error={error} title={t('login.failed')} />
      )}
      <form onSubmit={onSubmit} noValidate>
        <TextField label={t('fields.email')} type="email" autoComplete="username" {...field('email')} />
        <TextField label={t('fields.password')} type="password" autoComplete="current-password" {...field('password')} />
        <MutationButton type="submit" mutation={login}>
          {t('login.submit')}
        </MutationButton>
      </form>
      <ForgottenPassword />
    </Page>
  );
}
