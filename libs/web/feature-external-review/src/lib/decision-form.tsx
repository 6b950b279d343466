import { Alert, Button, TextAreaField, TextField } from '@parvis/web/ui';
import { emailRules, FormError, requiredText, useServerFieldErrors } from '@parvis/web/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useExternalDecision, type ExternalDecision } from './external-review-data';

interface DecisionFields {
  name: string;
  email: string;
  comment: string;
}

const COMMENT_MAX = 4000;

/** Name, e-mail, an optional comment (required to request changes), and the two decisions. */
export function DecisionForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const decide = useExternalDecision(token);
  const applyServerFieldErrors = useServerFieldErrors();
  const { register, handleSubmit, setError, formState } = useForm<DecisionFields>({ defaultValues: { name: '', email: '', comment: '' } });
  const { errors } = formState;

  const submit = (action: ExternalDecision['action']) =>
    handleSubmit(({ name, email, comment }) => {
      const said = comment.trim();
      if (action === 'request_changes' && said === '') {
        setError('comment', { type: 'required', message: t('externalReview.commentRequired') }, { shouldFocus: true });
        return;
      }
      decide.mutate(
        { action, name: name.trim(), email: email.trim(), ...(said ? { comment: said } : {}) },
        { onError: (error) => applyServerFieldErrors(error, setError, ['name', 'email', 'comment']) },
      );
    });

  if (decide.isSuccess) {
    return (
      <Alert tone="success" title={t(decide.data.decision === 'approve' ? 'externalReview.approvedTitle' : 'externalReview.changesTitle')}>
        <p>{t('externalReview.doneHelp')}</p>
      </Alert>
    );
  }
  const busy = (action: ExternalDecision['action']) => decide.isPending && decide.variables?.action === action;
  return (
    <form className="xr-form" noValidate onSubmit={(event) => event.preventDefault()}>
      <p className="xr-muted">{t('externalReview.decisionHelp')}</p>
      <TextField label={t('externalReview.name')} autoComplete="name" error={errors.name?.message} {...register('name', requiredText(t))} />
      <TextField label={t('externalReview.email')} type="email" autoComplete="email" error={errors.email?.message} {...register('email', emailRules(t))} />
      <TextAreaField
        label={t('externalReview.comment')}
        hint={t('externalReview.commentHint')}
        rows={4}
        error={errors.comment?.message}
        {...register('comment', { maxLength: { value: COMMENT_MAX, message: t('validation.maxLength', { max: COMMENT_MAX }) } })}
      />
      <FormError error={decide.error} />
      <div className="xr-actions">
        <Button type="button" busy={busy('approve')} disabled={decide.isPending} onClick={submit('approve')}>
          {t('externalReview.approve')}
        </Button>
        <Button type="button" variant="secondary" busy={busy('request_changes')} disabled={decide.isPending} onClick={submit('request_changes')}>
          {t('externalReview.requestChanges')}
        </Button>
      </div>
    </form>
  );
}
