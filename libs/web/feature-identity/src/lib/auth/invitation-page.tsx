import {
  invitationLookupQueryOptions,
  isApiError,
  useAcceptInvitation,
  type InvitationLookup,
} from '@parvis/web/data-access';
import { Button, LoadingState, Page, TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { applyServerFieldErrors, FormError, passwordRules, requiredText, useDateTimeFormat, useDocumentTitle } from '@parvis/web/shared';
import { LinkProblem } from './link-problem';

interface AcceptForm {
  displayName: string;
  password: string;
  confirmation: string;
}

export function InvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const lookup = useQuery(invitationLookupQueryOptions(token));
  const format = useDateTimeFormat(undefined);

  if (lookup.isPending) return <LoadingState />;
  if (lookup.isError) return <LinkProblem title={t('invitation.title')} error={lookup.error} />;
  const invitation = lookup.data;
  return (
    <Page
      title={t('invitation.title')}
      description={t('invitation.lead', { organization: invitation.organizationName })}
    >
      <dl className="pv-dl">
        <dt>{t('invitation.organization')}</dt>
        <dd>{invitation.organizationName}</dd>
        <dt>{t('fields.role')}</dt>
        <dd>{t(`roles.${invitation.role}`)}</dd>
        <dt>{t('fields.email')}</dt>
        <dd>{invitation.email}</dd>
        <dt>{t('fields.expiresAt')}</dt>
        <dd>{format.dateTime(invitation.expiresAt)}</dd>
      </dl>
      <AcceptInvitationForm token={token} invitation={invitation} />
    </Page>
  );
}

function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const existing = invitation.existingAccount;
  const { register, handleSubmit, setError, formState, getValues } = useForm<AcceptForm>({
    defaultValues: { displayName: '', password: '', confirmation: '' },
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(({ displayName, password }) =>
    accept.mutate(existing ? { password } : { displayName: displayName.trim(), password }, {
      onSuccess: () => navigate('/', { replace: true }),
      onError: (error) => {
        if (isApiError(error) && error.code === 'IDENTITY_WRONG_PASSWORD') {
          setError('password', { type: 'server', message: t('errors.codes.IDENTITY_WRONG_PASSWORD') });
        } else {
          applyServerFieldErrors(error, setError, ['displayName', 'password']);
        }
      },
    }),
  );

  return (
    <section className="pv-section">
      <h2 className="pv-section__title">{existing ? t('invitation.existingTitle') : t('invitation.newTitle')}</h2>
      <p>{existing ? t('invitation.existingHelp') : t('invitation.newHelp')}</p>
      <FormError error={accept.error} />
      <form onSubmit={onSubmit} noValidate>
        {!existing && (
          <TextField
            label={t('fields.displayName')}
            autoComplete="name"
            error={errors.displayName?.message}
            {...register('displayName', requiredText(t, 120))}
          />
        )}
        <TextField
          label={existing ? t('fields.currentPassword') : t('fields.password')}
          hint={existing ? undefined : t('fields.passwordHint')}
          type="password"
          autoComplete={existing ? 'current-password' : 'new-password'}
          error={errors.password?.message}
          {...register('password', existing ? { required: t('validation.required') } : passwordRules(t))}
        />
        {!existing && (
          <TextField
            label={t('fields.confirmation')}
            type="password"
            autoComplete="new-password"
            error={errors.confirmation?.message}
            {...register('confirmation', {
              validate: (value) => value === getValues('password') || t('validation.mismatch'),
            })}
          />
        )}
        <Button type="submit" busy={accept.isPending}>
          {t('invitation.submit')}
        </Button>
      </form>
    </section>
  );
}
