import type { Brief } from '@parvis/web/data-access';
import { LoadingState } from '@parvis/web/ui';
import { usePlanning } from '../common/use-planning';
import { usePlanningOptions } from '../common/use-planning-options';
import { BriefActions } from './brief-actions';
import { BriefComments } from './brief-comments';
import { BriefDetails } from './brief-details';
import { BriefForm } from './brief-form';
import { BriefPosts } from './brief-posts';
import { StatusActions } from './status-actions';

export interface BriefPanelProps {
  brief: Brief;
  onSaved?: (brief: Brief) => void;
}

/** A brief: editable form for planners, details (and the writer's status buttons) for others; comments. */
export function BriefPanel({ brief, onSaved }: BriefPanelProps) {
  const { orgId, canPlan, membershipId } = usePlanning();
  const options = usePlanningOptions(orgId);
  const isWriter = brief.assignee !== null && brief.assignee.membershipId === membershipId;
  // Its theme, campaign and writer are names from these lists: show the brief once they are here.
  if (options.isPending) return <LoadingState />;
  return (
    <div className="planning-brief">
      {canPlan ? (
        <>
          <BriefForm key={brief.updatedAt} brief={brief} options={options} onDone={(saved) => onSaved?.(saved)} />
          <BriefActions brief={brief} options={options} />
        </>
      ) : (
        <>
          <BriefDetails brief={brief} options={options} />
          {isWriter && <StatusActions brief={brief} />}
        </>
      )}
      <BriefPosts brief={brief} offerWriting={canPlan} />
      <BriefComments briefId={brief.id} />
    </div>
  );
}

