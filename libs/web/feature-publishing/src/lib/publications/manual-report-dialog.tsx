import { Button, Dialog, MutationButton, TextAreaField, TextField } from '@parvis/web/ui';
import { useForm } from 'react-hook-form';
import { usePublishing, usePublishingT } from '../common/use-publishing';
import { useManualReport } from '../data/publications';
import { PlatformError } from '../status/platform-error';

export interface ManualReportRequest {
  done: boolean;
  publicationId: string;
  title: string;
  channelName: string;
}

const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*$/i;

/** « Fait » with the live URL, or « Pas fait » with the reason, for a hand-over of a manual channel. */
export function ManualReportDialog({ request, onClose }: { request: ManualReportRequest | null; onClose: () => void }) {
  const { t } = usePublishingT();
  return (
    <Dialog
      open={request !== null}
      title={request?.done ? t('publications.manualDoneTitle') : t('publications.manualNotDoneTitle')}
      onClose={onClose}
    >
      {request && <ManualReportForm key={`${request.publicationId}-${request.done}`} request={request} onClose={onClose} />}
    </Dialog>
  );
}

function ManualReportForm({ request, onClose }: { request: ManualReportRequest; onClose: () => void }) {
  const { t } = usePublishingT();
  const { orgId } = usePublishing();
  const report = useManualReport(orgId);
  const { register, handleSubmit, formState } = useForm<{ value: string }>({ defaultValues: { value: '' } });
  const rules = {
    validate: (value: string) => {
      if (value.trim() === '') return t('connect.required');
      if (request.done && !HTTPS_URL.test(value.trim())) return t('publications.manualUrlHint');
      return true;
    },
  };
  const onSubmit = handleSubmit(({ value }) =>
    report
      .mutateAsync({ publicationId: request.publicationId, report: request.done ? { done: true, url: value.trim() } : { done: false, reason: value.trim() } })
      .then(onClose, () => undefined),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="publishing-form">
      <p>
        « {request.title} » · {request.channelName}
      </p>
      <PlatformError error={report.error} />
      {request.done ? (
        <TextField
          label={t('publications.manualUrl')}
          hint={t('publications.manualUrlHint')}
          type="url"
          inputMode="url"
          required
          error={formState.errors.value?.message}
          {...register('value', rules)}
        />
      ) : (
        <TextAreaField
          label={t('publications.manualReason')}
          hint={t('publications.manualReasonHint')}
          required
          maxLength={1000}
          error={formState.errors.value?.message}
          {...register('value', rules)}
        />
      )}
      <div className="pv-dialog__actions">
        <Button variant="secondary" onClick={onClose}>
          {t('connect.cancel')}
        </Button>
        <MutationButton type="submit" mutation={report}>
          {t('publications.manualSave')}
        </MutationButton>
      </div>
    </form>
  );
}
