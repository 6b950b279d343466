import { isApiError, useChangePassword, type ChangePasswordInput } from '@parvis/web/data-access';
import { Alert, Page, Section, TextField } from '@parvis/web/ui';
import { Fragment } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordStrength } from '../password/password-strength';
import { EmailPreferencesSection } from './email-preferences';
import { useServerFieldErrors, FormError, passwordRules, useDocumentTitle, useMe, MutationButton } from '@parvis/web/shared';

export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const me = useMe();
  return (
    <Page title={t('account.title')}>
      <Section title={t('account.profile')}>
        <dl className="pv-dl">
          <dt>{t('fields.displayName')}</dt>
          <dd>{me.user.displayName}</dd>
          <dt>{t('fields.email')}</dt>
          <dd>{me.user.email}</dd>
          {me.memberships.map((m) => (
            <Fragment key={m.membershipId}>
              <dt>{m.organization.name}</dt>
              <dd>{t(`roles.${m.role}`)}</dd>
            </Fragment>
          ))}
        </dl>
      </Section>
      <EmailPreferencesSection />
      <Section title={t('account.changePassword')}>
        <ChangePasswordForm />
      </Section>
    </Page>
  );
}

interface PasswordForm extends ChangePasswordInput {
  confirmation: string;
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const applyServerFieldErrors = useServerFieldErrors();
  const change = useChangePassword();
  const me = useMe();
  const { register, handleSubmit, setError, formState, getValues, reset, watch } = useForm<PasswordForm>({
    defaultValues: { currentPassword: '', newPassword: '', confirmation: '' },
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => reset(),
        onError: (error) => {
          if (isApiError(error) && error.code === 'IDENTITY_WRONG_PASSWORD') {
            setError('currentPassword', { type: 'server', message: t('errors.codes.IDENTITY_WRONG_PASSWORD') });
          } else {
            // Password policy answers (PASSWORD_*) name the field `newPassword`: shown there, in French.
            applyServerFieldErrors(error, setError, ['currentPassword', 'newPassword']);
          }
        },
      },
    ),
  );

  const fieldLevel = isApiError(change.error) && (change.error.code === 'IDENTITY_WRONG_PASSWORD' || change.error.fieldErrors.length > 0);
  return (
    <form onSubmit={onSubmit} noValidate>
      {change.isSuccess && <Alert tone="success" title={t('account.passwordChanged')} />}
      {!fieldLevel && <FormError error={change.error} />}
      <TextField
        label={t('fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register('currentPassword', { required: t('validation.required') })}
      />
      <TextField
        label={t('fields.newPassword')}
        hint={t('fields.passwordHint')}
        type="password"
        autoComplete="new-password"
        error={errors.newPassword?.message}
        {...register('newPassword', passwordRules(t))}
      />
      <PasswordStrength
        password={watch('newPassword')}
        email={me.user.email}
        organizationName={me.memberships.map((m) => m.organization.name)}
      />
      <TextField
        label={t('fields.confirmation')}
        type="password"
        autoComplete="new-password"
        error={errors.confirmation?.message}
        {...register('confirmation', {
          validate: (value) => value === getValues('newPassword') || t('validation.mismatch'),
        })}
      />
      <MutationButton type="submit" mutation={change}>
        {t('account.submitPassword')}
      </MutationButton>
    </form>
  );
}
