import { passwordResetLookupQueryOptions, useConfirmPasswordReset } from '@parvis/web/data-access';
import { Alert, LoadingState, Page, TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useServerFieldErrors, FormError, passwordRules, useDateTimeFormat, useDocumentTitle, MutationButton } from '@parvis/web/shared';
import { PasswordStrength } from '../password/password-strength';
import { LinkProblem } from './link-problem';

interface ResetForm {
  newPassword: string;
  confirmation: string;
}

export function PasswordResetPage() {
  const { t } = useTranslation();
  const applyServerFieldErrors = useServerFieldErrors();
  useDocumentTitle(t('passwordReset.title'));
  const { token = '' } = useParams();
  const lookup = useQuery(passwordResetLookupQueryOptions(token));
  const confirm = useConfirmPasswordReset(token);
  const format = useDateTimeFormat(undefined);
  const { register, handleSubmit, setError, formState, getValues, watch } = useForm<ResetForm>({
    defaultValues: { newPassword: '', confirmation: '' },
  });
  const { errors } = formState;

  if (lookup.isPending) return <LoadingState />;
  if (lookup.isError) return <LinkProblem title={t('passwordReset.title')} error={lookup.error} />;
  if (confirm.isSuccess) {
    return (
      <Page title={t('passwordReset.title')}>
        <Alert tone="success" title={t('passwordReset.done')}>
          <p>
            <Link to="/login">{t('passwordReset.toLogin')}</Link>
          </p>
        </Alert>
      </Page>
    );
  }

  const onSubmit = handleSubmit(({ newPassword }) =>
    confirm.mutate(newPassword, {
      onError: (error) => applyServerFieldErrors(error, setError, ['newPassword'], { password: 'newPassword' }),
    }),
  );

  return (
    <Page
      title={t('passwordReset.title')}
      description={t('passwordReset.lead', { email: lookup.data.email, expiresAt: format.dateTime(lookup.data.expiresAt) })}
    >
      <FormError error={confirm.error} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t('fields.newPassword')}
          hint={t('fields.passwordHint')}
          type="password"
          autoComplete="new-password"
          error={errors.newPassword?.message}
          {...register('newPassword', passwordRules(t))}
        />
        <PasswordStrength password={watch('newPassword')} email={lookup.data.email} />
        <TextField
          label={t('fields.confirmation')}
          type="password"
          autoComplete="new-password"
          error={errors.confirmation?.message}
          {...register('confirmation', {
            required: t('validation.required'),
            validate: (value) => value === getValues('newPassword') || t('validation.mismatch'),
          })}
        />
        <MutationButton type="submit" mutation={confirm}>
          {t('passwordReset.submit')}
        </MutationButton>
      </form>
    </Page>
  );
}
