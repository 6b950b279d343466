import { ConfirmDialog } from '@parvis/web/ui';
import { usePublishing, usePublishingT } from '../common/use-publishing';
import { usePostMove } from '../data/publications';
import { PlatformError } from '../status/platform-error';

export interface PostMoveRequest {
  move: 'publish-now' | 'cancel';
  postId: string;
  title: string;
}

/** Confirms « Publier maintenant » or « Annuler » for a post still waiting: both act on all its channels. */
export function PostMoveDialog({ request, onClose }: { request: PostMoveRequest | null; onClose: () => void }) {
  const { t } = usePublishingT();
  const { orgId } = usePublishing();
  const publishNow = usePostMove(orgId, 'publish-now');
  const cancel = usePostMove(orgId, 'cancel');
  const mutation = request?.move === 'cancel' ? cancel : publishNow;
  const title = request?.title ?? '';
  const close = () => {
    publishNow.reset();
    cancel.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={request !== null}
      title={request?.move === 'cancel' ? t('publications.cancelTitle', { title }) : t('publications.publishNowTitle', { title })}
      confirmLabel={request?.move === 'cancel' ? t('publications.cancel') : t('publications.publishNow')}
      cancelLabel={t('publications.keep')}
      tone={request?.move === 'cancel' ? 'danger' : 'primary'}
      busy={mutation.isPending}
      onCancel={close}
      onConfirm={() => request && mutation.mutate({ postId: request.postId }, { onSuccess: close })}
    >
      <p>{request?.move === 'cancel' ? t('publications.cancelBody') : t('publications.publishNowBody')}</p>
      <PlatformError error={mutation.error} />
    </ConfirmDialog>
  );
}
