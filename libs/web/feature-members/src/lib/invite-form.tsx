import { ROLES, useCreateInvitation, type CreateInvitationInput } from '@parvis/web/data-access';
import { Alert, CopyField, SelectField, TextField } from '@parvis/web/ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerFieldErrors, emailRules, FormError, useFormDraft, MutationButton } from '@parvis/web/shared';

export function InviteForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const applyServerFieldErrors = useServerFieldErrors();
  const create = useCreateInvitation(orgId);
  const form = useForm<CreateInvitationInput>({
    defaultValues: { email: '', role: 'contributor' },
  });
  const { register, handleSubmit, setError, formState, reset } = form;
  const draft = useFormDraft('invitation', form);
  const { errors } = formState;

  const onSubmit = handleSubmit((values) =>
    create.mutate(
      { email: values.email.trim(), role: values.role },
      {
        onSuccess: () => reset(),
        onError: (error) => applyServerFieldErrors(error, setError, ['email', 'role']),
      },
    ),
  );

  return (
    <div className="stack">
      {create.data && (
        <Alert tone="success" title={t('members.invited', { email: create.data.invitation.email })}>
          {create.data.mailed && <p>{t('members.invitationMailed', { email: create.data.invitation.email })}</p>}
          <CopyField label={t('members.acceptUrl')} hint={t('members.acceptUrlHint')} value={create.data.acceptUrl} />
        </Alert>
      )}
      {draft.offer}
      <FormError error={create.error} />
      <form onSubmit={onSubmit} noValidate className="inline-form">
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="off"
          error={errors.email?.message}
          {...register('email', emailRules(t))}
        />
        <SelectField label={t('fields.role')} error={errors.role?.message} {...register('role')}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <MutationButton type="submit" mutation={create}>
          {t('members.invite')}
        </MutationButton>
      </form>
    </div>
  );
}
