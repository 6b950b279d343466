import { planningKeys, toApiError, useDeleteBrief, type Brief } from '@parvis/web/data-access';
import { Button, ConfirmDialog } from '@parvis/web/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormError } from '../common/errors';
import { usePlanning, usePlanningT } from '../common/use-planning';
import { useSingleFlight } from '../common/use-single-flight';

/** POST …/duplicate (the generated client does not know the route yet: a plain same-origin call). */
async function duplicateBrief(orgId: string, briefId: string): Promise<Brief> {
  const response = await fetch(`/api/orgs/${encodeURIComponent(orgId)}/briefs/${encodeURIComponent(briefId)}/duplicate`, {
    method: 'POST',
    credentials: 'same-origin',
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response, body);
  return body as Brief;
}

/** Planners' actions on one brief: duplicate it (then open the copy) or delete it after a confirmation. */
export function BriefActions({ brief }: { brief: Brief }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useDeleteBrief(orgId);
  const duplicate = useMutation({
    mutationFn: () => duplicateBrief(orgId, brief.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planningKeys.briefs(orgId) }),
  });
  const flight = useSingleFlight();
  const [confirming, setConfirming] = useState(false);
  const onDuplicate = () =>
    void flight.run(async () => {
      const copy = await duplicate.mutateAsync().catch(() => null);
      if (copy) await navigate(`/orgs/${orgId}/briefs/${copy.id}`);
    });
  const onDelete = () =>
    void flight.run(async () => {
      const done = await remove.mutateAsync(brief.id).then(() => true, () => false);
      setConfirming(false);
      if (done) await navigate(`/orgs/${orgId}/calendar`);
    });
  return (
    <div className="planning-card__actions planning-brief__actions">
      <Button variant="secondary" busy={flight.pending && duplicate.isPending} disabled={flight.pending} onClick={onDuplicate}>
        {t('brief.duplicate')}
      </Button>
      <Button variant="tertiary" disabled={flight.pending} onClick={() => setConfirming(true)}>
        {t('brief.delete')}
      </Button>
      <FormError error={duplicate.error ?? remove.error} />
      <ConfirmDialog
        open={confirming}
        title={t('brief.delete')}
        confirmLabel={t('common.delete')}
        busy={remove.isPending}
        onConfirm={onDelete}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('brief.deleteConfirm', { title: brief.title })}</p>
      </ConfirmDialog>
    </div>
  );
}
