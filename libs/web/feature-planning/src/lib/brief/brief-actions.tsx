import { useDeleteBrief, useDuplicateBrief, versionConflictOf, type Brief } from '@parvis/web/data-access';
import { FormError, MutationButton } from '@parvis/web/shared';
import { Button, ConfirmDialog } from '@parvis/web/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePlanning, usePlanningT } from '../common/use-planning';
import type { PlanningOptions } from '../common/use-planning-options';
import { BriefConflictDialog, useBriefConflict } from './brief-conflict';
import { briefAsInput } from './brief-versions';

/**
 * Planners' actions on one brief: duplicate it (then open the copy) or delete it after a
 * confirmation. The deletion names the version shown (If-Match): if someone changed the brief
 * meanwhile, the conflict dialog shows what changed before anything is lost.
 */
export function BriefActions({ brief, options }: { brief: Brief; options: PlanningOptions }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const navigate = useNavigate();
  const remove = useDeleteBrief(orgId);
  const duplicate = useDuplicateBrief(orgId);
  const conflict = useBriefConflict();
  const [confirming, setConfirming] = useState(false);
  const onDuplicate = () =>
    duplicate.mutate(brief.id, { onSuccess: (copy) => void navigate(`/orgs/${orgId}/briefs/${copy.id}`) });
  const deleteVersion = (version: number) =>
    remove.mutate(
      { briefId: brief.id, version },
      {
        onSuccess: () => {
          conflict.clear();
          void navigate(`/orgs/${orgId}/calendar`);
        },
        onError: (error) => conflict.capture(error, briefAsInput(brief)),
        onSettled: () => setConfirming(false),
      },
    );
  const busy = duplicate.isPending || remove.isPending;
  return (
    <div className="planning-card__actions planning-brief__actions">
      <MutationButton variant="secondary" mutation={duplicate} disabled={remove.isPending} onClick={onDuplicate}>
        {t('brief.duplicate')}
      </MutationButton>
      <Button variant="tertiary" disabled={busy} onClick={() => setConfirming(true)}>
        {t('brief.delete')}
      </Button>
      <FormError error={duplicate.error ?? (versionConflictOf(remove.error) ? null : remove.error)} />
      <ConfirmDialog
        open={confirming}
        title={t('brief.delete')}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={() => deleteVersion(brief.version)}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('brief.deleteConfirm', { title: brief.title })}</p>
      </ConfirmDialog>
      <BriefConflictDialog
        conflict={conflict.conflict}
        options={options}
        busy={remove.isPending}
        onKeepMine={({ current }) => deleteVersion(current.version)}
        onTookCurrent={conflict.clear}
        labels={{ keepMine: t('brief.deleteAnyway'), takeCurrent: t('brief.keepCurrent') }}
      />
    </div>
  );
}
