import { publicationPauseQueryOptions, type PublicationPause } from '@parvis/web/data-access';
import { Alert, ConfirmDialog, LoadingState, Page, TextAreaField } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiErrorState, FormError, useDateTimeFormat, useDocumentTitle, useServerFieldErrors } from '@parvis/web/shared';
import { useSetPause } from '../data/governance-api';
import { useGovernance } from '../common/use-governance';

/** « Tout suspendre »: one switch per organisation holds every outgoing publication until released. */
export function PublicationPausePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pause.title'));
  const { orgId, may } = useGovernance();
  const pause = useQuery(publicationPauseQueryOptions(orgId));
  return (
    <Page title={t('pause.title')} description={<p>{t('pause.lead')}</p>}>
      {pause.isPending && <LoadingState />}
      {pause.isError && <ApiErrorState error={pause.error} onRetry={() => void pause.refetch()} />}
      {pause.data && <PauseSwitch orgId={orgId} pause={pause.data} allowed={may('post.schedule')} />}
    </Page>
  );
}

function PauseSwitch({ orgId, pause, allowed }: { orgId: string; pause: PublicationPause; allowed: boolean }) {
  const { t } = useTranslation();
  const { timeZone } = useGovernance();
  const { dateTime } = useDateTimeFormat(timeZone);
  const labelId = useId();
  const stateId = useId();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<'paused' | 'resumed' | null>(null);
  const set = useSetPause(orgId);
  const applyServerFieldErrors = useServerFieldErrors();
  const { register, handleSubmit, formState, setError, reset } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const close = () => {
    setAsking(false);
    set.reset();
  };
  const pauseNow = handleSubmit(({ reason }) =>
    set.mutate(
      { paused: true, reason: reason.trim() },
      {
        onSuccess: () => {
          setAsking(false);
          setDone('paused');
          reset();
        },
        onError: (error) => applyServerFieldErrors(error, setError, ['reason']),
      },
    ),
  );
  const resume = () =>
    set.mutate(
      { paused: false },
      {
        onSuccess: () => {
          setAsking(false);
          setDone('resumed');
        },
      },
    );

  return (
    <div className="stack">
      <div className="gov-switch-row">
        <span id={labelId} className="gov-switch-row__label">
          {t('pause.switchLabel')}
        </span>
        <button
          type="button"
          role="switch"
          className="gov-switch"
          aria-checked={pause.paused}
          aria-labelledby={labelId}
          aria-describedby={stateId}
          disabled={!allowed}
          onClick={() => {
            setDone(null);
            setAsking(true);
          }}
        >
          <span className="gov-switch__thumb" aria-hidden="true" />
        </button>
        <strong id={stateId}>{pause.paused ? t('pause.stateOn') : t('pause.stateOff')}</strong>
      </div>
      {pause.paused && (
        <dl className="pv-dl">
          <dt>{t('pause.reasonLabel')}</dt>
          <dd>{pause.reason}</dd>
          {pause.changedByName && pause.changedAt && (
            <>
              <dt className="pv-sr-only">{t('pause.switchLabel')}</dt>
              <dd>{t('pause.since', { name: pause.changedByName, at: dateTime(pause.changedAt) })}</dd>
            </>
          )}
        </dl>
      )}
      {!allowed && <p>{t('pause.notAllowed')}</p>}
      {done && <Alert tone="success" title={t(done === 'paused' ? 'pause.paused' : 'pause.resumed')} />}
      {pause.paused ? (
        <ConfirmDialog
          open={asking}
          title={t('pause.resumeTitle')}
          confirmLabel={t('pause.confirmResume')}
          tone="primary"
          busy={set.isPending}
          onCancel={close}
          onConfirm={resume}
        >
          <p>{t('pause.resumeHelp')}</p>
          <FormError error={set.error} />
        </ConfirmDialog>
      ) : (
        <ConfirmDialog
          open={asking}
          title={t('pause.pauseTitle')}
          confirmLabel={t('pause.confirmPause')}
          busy={set.isPending}
          onCancel={close}
          onConfirm={() => void pauseNow()}
        >
          <p>{t('pause.pauseHelp')}</p>
          <form onSubmit={pauseNow} noValidate>
            <TextAreaField
              label={t('pause.reason')}
              hint={t('pause.reasonHint')}
              error={formState.errors.reason?.message}
              rows={3}
              {...register('reason', {
                validate: (value) => {
                  const text = value.trim();
                  if (!text) return t('validation.required');
                  if (text.length < 3) return t('pause.reasonMin');
                  return text.length <= 1000 || t('validation.maxLength', { max: 1000 });
                },
              })}
            />
          </form>
          {!formState.errors.reason && <FormError error={set.error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}
