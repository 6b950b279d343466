import { useUpdateBrief, type Brief } from '@parvis/web/data-access';
import { Alert, Button } from '@parvis/web/ui';
import { useState } from 'react';
import { BriefStatus, canMoveBrief } from '@parvis/shared/domain';
import { FormError } from '../common/errors';
import { usePlanning, usePlanningT } from '../common/use-planning';
import { useSingleFlight } from '../common/use-single-flight';

/**
 * What the writer of a brief may do: start writing, then hand the draft in.
 * (A contributor may only PATCH these statuses, on briefs assigned to them.)
 */
export function StatusActions({ brief }: { brief: Brief }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const update = useUpdateBrief(orgId);
  const [message, setMessage] = useState('');
  const flight = useSingleFlight();
  const move = (status: 'in_progress' | 'draft_submitted') =>
    void flight.run(async () => {
      setMessage('');
      const saved = await update.mutateAsync({ briefId: brief.id, input: { status } }).catch(() => null);
      if (saved) setMessage(t(status === 'in_progress' ? 'myBriefs.startedMessage' : 'myBriefs.submittedMessage', { title: saved.title }));
    });
  // The same transition rules as the API (shared domain): only the next possible step is offered.
  const canStart = canMoveBrief(brief.status as BriefStatus, BriefStatus.InProgress);
  const canSubmit = canMoveBrief(brief.status as BriefStatus, BriefStatus.DraftSubmitted);
  return (
    <div className="planning-status-actions">
      {canStart && (
        <Button variant="secondary" busy={flight.pending && update.variables?.input.status === 'in_progress'} disabled={flight.pending} onClick={() => move('in_progress')}>
          {t('myBriefs.start')}
          <span className="pv-sr-only"> : {brief.title}</span>
        </Button>
      )}
      {canSubmit && (
        <Button busy={flight.pending && update.variables?.input.status === 'draft_submitted'} disabled={flight.pending} onClick={() => move('draft_submitted')}>
          {t('myBriefs.submit')}
          <span className="pv-sr-only"> : {brief.title}</span>
        </Button>
      )}
      <FormError error={update.error} />
      {message && <Alert tone="success">{message}</Alert>}
    </div>
  );
}
