import { useQuery, useQueryClient } from '@tanstack/react-query';
import { versionConflictOf, type Membership } from '@parvis/web/data-access';
import { FormError, MutationButton, useMe } from '@parvis/web/shared';
import { Alert, EmptyState, ErrorState, LoadingState, Section } from '@parvis/web/ui';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './email-preferences.css';
import { EMAIL_MODES, emailPreferencesKey, emailPreferencesQuery, useSaveEmailPreferences, type EmailMode, type EmailPreferences } from './email-preferences.queries';

/** « Notifications par e-mail »: one choice per organisation the member belongs to. */
export function EmailPreferencesSection() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Section title={t('account.email.title')}>
      <p className="pv-hint identity-email__lead">{t('account.email.lead')}</p>
      {me.memberships.length === 0 ? (
        <EmptyState title={t('account.email.noOrganisation')} />
      ) : (
        me.memberships.map((membership) => <OrganisationEmailPreference key={membership.membershipId} membership={membership} />)
      )}
    </Section>
  );
}

function OrganisationEmailPreference({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const orgId = membership.organization.id;
  const query = useQuery(emailPreferencesQuery(orgId));
  if (query.isPending) return <LoadingState label={t('account.email.loading', { organisation: membership.organization.name })} />;
  if (query.isError) return <ErrorState error={query.error} title={t('account.email.loadError', { organisation: membership.organization.name })} onRetry={() => void query.refetch()} />;
  return <EmailPreferenceForm orgId={orgId} organisation={membership.organization.name} saved={query.data} />;
}

function EmailPreferenceForm({ orgId, organisation, saved }: { orgId: string; organisation: string; saved: EmailPreferences }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSaveEmailPreferences(orgId);
  const [choice, setChoice] = useState<EmailMode>(saved.emailMode);
  const [conflict, setConflict] = useState(false);
  const name = useId();
  // A save elsewhere (or the 412's current state) replaces the shown choice.
  useEffect(() => setChoice(saved.emailMode), [saved.emailMode, saved.version]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setConflict(false);
    save.mutate(
      { emailMode: choice, version: saved.version },
      {
        onError: (error) => {
          const stale = versionConflictOf<EmailPreferences>(error);
          if (!stale) return;
          setConflict(true);
          queryClient.setQueryData(emailPreferencesKey(orgId), stale.current);
        },
      },
    );
  };

  return (
    <form className="pv-form identity-email" onSubmit={onSubmit} noValidate aria-label={t('account.email.formLabel', { organisation })}>
      <fieldset className="pv-fieldset">
        <legend>{organisation}</legend>
        {!saved.emailEnabled && <p className="pv-hint">{t('account.email.notConfigured')}</p>}
        {EMAIL_MODES.map((mode) => (
          <div className="pv-checkbox identity-email__choice" key={mode}>
            <input
              type="radio"
              id={`${name}-${mode}`}
              name={name}
              value={mode}
              checked={choice === mode}
              onChange={() => setChoice(mode)}
              aria-describedby={`${name}-${mode}-hint`}
            />
            <label htmlFor={`${name}-${mode}`}>
              {t(`account.email.modes.${mode}`)}
              <span className="pv-hint identity-email__hint" id={`${name}-${mode}-hint`}>
                {t(`account.email.hints.${mode}`)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      {conflict ? (
        <Alert tone="warning" title={t('account.email.conflict')} />
      ) : save.isError ? (
        <FormError error={save.error} />
      ) : (
        save.isSuccess && !save.isPending && <Alert tone="success" title={t('account.email.saved', { organisation })} />
      )}
      <MutationButton type="submit" mutation={save} variant="secondary">
        {t('account.email.submit')}
      </MutationButton>
    </form>
  );
}
