import {
  invitationLookupQueryOptions,
  isApiError,
  meQueryOptions,
  useAcceptInvitation,
  useJoinInvitation,
  type InvitationLookup,
} from '@parvis/web/data-access';
import { Alert, LoadingState, Page, TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  FormError,
  MutationButton,
  passwordRules,
  requiredText,
  useDateTimeFormat,
  useDocumentTitle,
  useServerFieldErrors,
} from '@parvis/web/shared';
import { PasswordStrength } from '../password/password-strength';
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

/** Signed in: join with one click. Otherwise: create the account (an existing one is asked to sign in). */
function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const me = useQuery(meQueryOptions());
  if (me.isPending) return <LoadingState />;
  return me.data ? <JoinAsSignedIn token={token} /> : <NewAccountForm token={token} invitation={invitation} />;
}

function JoinAsSignedIn({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const join = useJoinInvitation(token);
  return (
    <section className="pv-section">
      <h2 className="pv-section__title">{t('invitation.joinTitle')}</h2>
      <p>{t('invitation.joinHelp')}</p>
      <FormError error={join.error} />
      <MutationButton mutation={join} onClick={() => join.mutate(undefined, { onSuccess: () => navigate('/', { replace: true }) })}>
        {t('invitation.join')}
      </MutationButton>
    </section>
  );
}

function NewAccountForm({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const { t } = useTranslation();
  const applyServerFieldErrors = useServerFieldErrors();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const { register, handleSubmit, setError, formState, getValues, watch } = useForm<AcceptForm>({
    defaultValues: { displayName: '', password: '', confirmation: '' },
  });
  const { errors } = formState;

  const onSubmit = handleSubmit(({ displayName, password }) =>
    accept.mutate(
      { displayName: displayName.trim(), password },
      {
        onSuccess: () => navigate('/', { replace: true }),
        onError: (error) => applyServerFieldErrors(error, setError, ['displayName', 'password']),
      },
    ),
  );

  const loginRequired = isApiError(accept.error) && accept.error.code === 'INVITATION_LOGIN_REQUIRED';
  return (
    <section className="pv-section">
      <h2 className="pv-section__title">{t('invitation.newTitle')}</h2>
      <p>{t('invitation.newHelp')}</p>
      {loginRequired ? (
        <Alert tone="info" title={t('invitation.existingTitle')}>
          <p>{t('errors.codes.INVITATION_LOGIN_REQUIRED')}</p>
          <p>
            <Link to={`/login?next=${encodeURIComponent(`/invitations/${token}`)}`}>{t('invitation.signIn')}</Link>
          </p>
        </Alert>
      ) : (
        <FormError error={accept.error} />
      )}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          label={t('fields.displayName')}
          autoComplete="name"
          error={errors.displayName?.message}
          {...register('displayName', requiredText(t, 120))}
        />
        <TextField
          label={t('fields.password')}
          hint={t('fields.passwordHint')}
          type="password"
          autoComplete="new-password"
          error={errors.password?.message}
          {...register('password', passwordRules(t))}
        />
        <PasswordStrength password={watch('password')} email={invitation.email} organizationName={invitation.organizationName} />
        <TextField
          label={t('fields.confirmation')}
          type="password"
          autoComplete="new-password"
          error={errors.confirmation?.message}
          {...register('confirmation', {
            validate: (value) => value === getValues('password') || t('validation.mismatch'),
          })}
        />
        <MutationButton type="submit" mutation={accept}>
          {t('invitation.submit')}
        </MutationButton>
      </form>
    </section>
  );
}
