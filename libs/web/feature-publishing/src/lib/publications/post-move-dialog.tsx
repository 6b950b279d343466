import { versionConflictOf } from '@parvis/web/data-access';
import { ConflictDialog, useDateTimeFormat } from '@parvis/web/shared';
import { shortTitle } from '@parvis/shared/domain';
import { ConfirmDialog } from '@parvis/web/ui';
import { usePublishing, usePublishingT } from '../common/use-publishing';
import { usePostMove } from '../data/publications';
import type { Post } from '../data/types';
import { PlatformError } from '../status/platform-error';

export interface PostMoveRequest {
  move: 'publish-now' | 'cancel';
  postId: string;
  /** The post's version as the queue loaded it: sent as If-Match. */
  postVersion: number;
  title: string;
  /** The due time the queue showed (the « mine » side of a conflict). */
  dueAt: string;
}

/**
 * Confirms « Publier maintenant » or « Annuler » for a post still waiting: both act on all its channels,
 * with the post's version as loaded (If-Match). When someone changed the post in between (412), both
 * versions are shown and the user chooses: go ahead with the current one, or look at it first.
 */
export function PostMoveDialog({ request, onClose }: { request: PostMoveRequest | null; onClose: () => void }) {
  const { t } = usePublishingT();
  const { orgId, timeZone } = usePublishing();
  const format = useDateTimeFormat(timeZone);
  const publishNow = usePostMove(orgId, 'publish-now');
  const cancel = usePostMove(orgId, 'cancel');
  const mutation = request?.move === 'cancel' ? cancel : publishNow;
  const conflict = versionConflictOf<Post>(mutation.error);
  const title = request?.title ?? '';
  const close = () => {
    publishNow.reset();
    cancel.reset();
    onClose();
  };
  const send = (postVersion: number) => request && mutation.mutate({ postId: request.postId, postVersion }, { onSuccess: close });
  const cancelling = request?.move === 'cancel';
  return (
    <>
      <ConfirmDialog
        open={request !== null && conflict === null}
        title={cancelling ? t('publications.cancelTitle', { title }) : t('publications.publishNowTitle', { title })}
        confirmLabel={cancelling ? t('publications.cancel') : t('publications.publishNow')}
        cancelLabel={t('publications.keep')}
        tone={cancelling ? 'danger' : 'primary'}
        busy={mutation.isPending}
        onCancel={close}
        onConfirm={() => request && send(request.postVersion)}
      >
        <p>{cancelling ? t('publications.cancelBody') : t('publications.publishNowBody')}</p>
        <PlatformError error={mutation.error} />
      </ConfirmDialog>
      {request && conflict && (
        <ConflictDialog
          open
          rows={[
            { label: t('publications.conflictField.text'), mine: title, current: shortTitle(conflict.current.masterText) || t('publications.conflictNone') },
            {
              label: t('publications.conflictField.plannedAt'),
              mine: format.dateTime(request.dueAt),
              current: conflict.current.plannedAt ? format.dateTime(conflict.current.plannedAt) : t('publications.conflictNone'),
            },
          ]}
          labels={{
            keepMine: cancelling ? t('publications.conflictCancelAnyway') : t('publications.conflictPublishAnyway'),
            takeCurrent: t('publications.conflictTakeCurrent'),
          }}
          busy={mutation.isPending}
          onKeepMine={() => send(conflict.current.version)}
          onTakeCurrent={close}
        />
      )}
    </>
  );
}
