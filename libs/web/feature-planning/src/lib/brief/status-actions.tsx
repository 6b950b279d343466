import { useUpdateBrief, type Brief } from '@parvis/web/data-access';
import { FormError, MutationButton } from '@parvis/web/shared';
import { Alert } from '@parvis/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { BriefStatus, canMoveBrief } from '@parvis/shared/domain';
import { usePlanning, usePlanningT } from '../common/use-planning';

/**
 * What the writer of a brief may do: start writing, then hand the draft in.
 * (A contributor may only PATCH these statuses, on briefs assigned to them.)
 */
export function StatusActions({ brief }: { brief: Brief }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const update = useUpdateBrief(orgId);
  const [message, setMessage] = useState('');
  const move = (status: 'in_progress' | 'draft_submitted') => {
    setMessage('');
    update.mutate(
      { briefId: brief.id, input: { status } },
      { onSuccess: (saved) => setMessage(t(status === 'in_progress' ? 'myBriefs.startedMessage' : 'myBriefs.submittedMessage', { title: saved.title })) },
    );
  };
  // Both buttons send the same request: each is disabled while either runs, busy only for its own.
  const sending = (status: BriefStatus) => ({ isPending: update.isPending && update.variables?.input.status === status });
  // The same transition rules as the API (shared domain): only the next possible step is offered.
  const canStart = canMoveBrief(brief.status as BriefStatus, BriefStatus.InProgress);
  const canSubmit = canMoveBrief(brief.status as BriefStatus, BriefStatus.DraftSubmitted);
  return (
    <div className="planning-status-actions">
      {/* The composer (its own lazy feature) creates the post from the brief: channels, audiences, theme and date copied. */}
      {brief.status !== 'done' && brief.status !== 'cancelled' && (
        <Link className="pv-button pv-button--primary" to={`/orgs/${orgId}/posts/new?briefId=${brief.id}`}>
          {t('myBriefs.writePost')}
          <span className="pv-sr-only"> : {brief.title}</span>
        </Link>
      )}
      {canStart && (
        <MutationButton variant="secondary" mutation={sending(BriefStatus.InProgress)} disabled={update.isPending} onClick={() => move('in_progress')}>
          {t('myBriefs.start')}
          <span className="pv-sr-only"> : {brief.title}</span>
        </MutationButton>
      )}
      {canSubmit && (
        <MutationButton mutation={sending(BriefStatus.DraftSubmitted)} disabled={update.isPending} onClick={() => move('draft_submitted')}>
          {t('myBriefs.submit')}
          <span className="pv-sr-only"> : {brief.title}</span>
        </MutationButton>
      )}
      <FormError error={update.error} />
      {message && <Alert tone="success">{message}</Alert>}
    </div>
  );
}
