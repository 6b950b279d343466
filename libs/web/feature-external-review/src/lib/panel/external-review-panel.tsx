import { ALL_ROLES, can } from '@parvis/shared/domain';
import { emailRules, FormError, requiredText, useCurrentOrg, useDateTimeFormat, useServerFieldErrors } from '@parvis/web/shared';
import { Alert, Button, CopyField, SelectField, TextField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { externalLinksQueryOptions, externalStepQueryOptions, useRevokeLink, useSendLink, type ExternalLink } from './links-data';
import '../external-review.css';

const EXPIRY_DAYS = [1, 3, 7, 14, 30] as const;

interface SendFields {
  name: string;
  email: string;
  expiresInDays: string;
}

/**
 * Below the composer, for editors: while the post waits at an external step, send a personal link
 * (e-mailed, and shown once to copy when no mail server is set up); the post's links and their state.
 */
export function ExternalReviewPanel({ orgId, postId, timeZone }: { orgId: string; postId: string; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const { membership } = useCurrentOrg();
  const role = ALL_ROLES.find((known) => known === membership?.role);
  const allowed = role !== undefined && can(role, 'post.schedule');
  const step = useQuery({ ...externalStepQueryOptions(orgId, postId), enabled: allowed });
  const links = useQuery({ ...externalLinksQueryOptions(orgId, postId), enabled: allowed });
  if (!allowed || step.isPending || links.isPending) return null;
  const stepName = step.data ?? null;
  if (stepName === null && (links.data ?? []).length === 0) return null;
  return (
    <section className="pv-section xr-panel" aria-labelledby="external-review-panel">
      <h2 id="external-review-panel" className="pv-section__title">
        {t('externalReview.panel.title')}
      </h2>
      {stepName !== null && <SendLinkForm orgId={orgId} postId={postId} stepName={stepName} />}
      {links.isError && <FormError error={links.error} />}
      <LinkList orgId={orgId} postId={postId} links={links.data ?? []} timeZone={timeZone} />
    </section>
  );
}

function SendLinkForm({ orgId, postId, stepName }: { orgId: string; postId: string; stepName: string }) {
  const { t } = useTranslation();
  const send = useSendLink(orgId, postId);
  const applyServerFieldErrors = useServerFieldErrors();
  const { register, handleSubmit, setError, reset, formState } = useForm<SendFields>({ defaultValues: { name: '', email: '', expiresInDays: '7' } });
  const { errors } = formState;
  const onSubmit = handleSubmit(({ name, email, expiresInDays }) =>
    send.mutate(
      { name: name.trim(), email: email.trim(), expiresInDays: Number(expiresInDays) },
      { onSuccess: () => reset(), onError: (error) => applyServerFieldErrors(error, setError, ['name', 'email', 'expiresInDays']) },
    ),
  );
  return (
    <>
      <p>{t('externalReview.panel.help', { step: stepName })}</p>
      {send.data && (
        <Alert tone={send.data.mailed ? 'success' : 'warning'} title={t(send.data.mailed ? 'externalReview.panel.mailed' : 'externalReview.panel.notMailed', { name: send.data.name })}>
          {send.data.url && <CopyField label={t('externalReview.panel.url', { name: send.data.name })} value={send.data.url} hint={t('externalReview.panel.urlHint')} />}
        </Alert>
      )}
      <form className="xr-form" noValidate onSubmit={onSubmit}>
        <TextField label={t('externalReview.panel.name')} error={errors.name?.message} {...register('name', requiredText(t))} />
        <TextField label={t('externalReview.panel.email')} type="email" error={errors.email?.message} {...register('email', emailRules(t))} />
        <SelectField label={t('externalReview.panel.expiresIn')} error={errors.expiresInDays?.message} {...register('expiresInDays')}>
          {EXPIRY_DAYS.map((days) => (
            <option key={days} value={String(days)}>
              {t('externalReview.panel.days', { count: days })}
            </option>
          ))}
        </SelectField>
        <FormError error={send.error} />
        <div className="xr-actions">
          <Button type="submit" busy={send.isPending}>
            {t('externalReview.panel.send')}
          </Button>
        </div>
      </form>
    </>
  );
}

function LinkList({ orgId, postId, links, timeZone }: { orgId: string; postId: string; links: readonly ExternalLink[]; timeZone: string | undefined }) {
  const { t } = useTranslation();
  const format = useDateTimeFormat(timeZone);
  const revoke = useRevokeLink(orgId, postId);
  if (links.length === 0) return <p className="xr-muted">{t('externalReview.panel.none')}</p>;
  return (
    <>
      <h3 className="xr-panel__subtitle">{t('externalReview.panel.sent')}</h3>
      <FormError error={revoke.error} />
      <ul className="xr-links">
        {links.map((link) => (
          <li key={link.id} className="xr-links__item">
            <span>
              <strong>{link.name}</strong> ({link.email}) · {t(`externalReview.panel.states.${link.state}`)}
              {link.state === 'sent' && ` · ${t('externalReview.panel.until', { date: format.dateTime(link.expiresAt) })}`}
              {link.decision && link.usedAt && ` · ${t(`externalReview.panel.decisions.${link.decision}`, { name: link.deciderName ?? link.name, date: format.dateTime(link.usedAt) })}`}
            </span>
            {link.state === 'sent' && (
              <Button variant="tertiary" busy={revoke.isPending && revoke.variables?.id === link.id} onClick={() => revoke.mutate(link)}>
                {t('externalReview.panel.revoke', { name: link.name })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
