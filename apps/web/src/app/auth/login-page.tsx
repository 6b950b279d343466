import { isApiError, meQueryOptions, useLogin, type LoginInput } from '@parvis/web/data-access';
import { Alert, Button, Page, TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { FormError } from '../common/form-error';
import { useDateTimeFormat } from '../common/format';
import { applyServerFieldErrors } from '../common/server-errors';
import { useDocumentTitle } from '../common/use-document-title';
import { emailRules, safeNextPath } from '../common/validation';

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const me = useQuery(meQueryOptions());
  const login = useLogin();
  const format = useDateTimeFormat(undefined);
  const { register, handleSubmit, setError, formState } = useForm<LoginInput>({
    defaultValues: { email: '', password: '' },
  });
  const { errors } = formState;

  if (me.data) return <Navigate to={next} replace />;

  const onSubmit = handleSubmit((values) =>
    login.mutate(values, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => applyServerFieldErrors(error, setError, ['email', 'password']),
    }),
  );

  const error = login.error;
  const fieldErrorsPlaced = isApiError(error) && error.fieldErrors.length > 0;
  return (
    <Page title={t('login.title')} description={t('login.lead')}>
      {isApiError(error) && error.code === 'AUTH_ACCOUNT_LOCKED' ? (
        <Alert tone="error" title={t('login.lockedTitle')}>
          <p>
            {error.lockedUntil
              ? t('login.lockedUntil', { time: format.time(error.lockedUntil) })
              : t('login.locked')}
          </p>
        </Alert>
      ) : (
        !fieldErrorsPlaced && <FormError error={error} title={t('login.failed')} />
      )}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          error={errors.email?.message}
          {...register('email', emailRules(t))}
        />
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password', { required: t('validation.required') })}
        />
        <Button type="submit" busy={login.isPending}>
          {t('login.submit')}
        </Button>
      </form>
    </Page>
  );
}
