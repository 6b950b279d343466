import { briefQueryOptions, type Brief } from '@parvis/web/data-access';
import { Dialog, ErrorState, LoadingState } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { usePlanning, usePlanningT } from '../common/use-planning';
import { usePlanningOptions } from '../common/use-planning-options';
import { BriefForm } from './brief-form';
import { BriefPanel } from './brief-panel';

export type BriefDialogState =
  | { mode: 'closed' }
  | { mode: 'create'; plannedDate: string; plannedTime: string }
  | { mode: 'view'; briefId: string };

export interface BriefDialogProps {
  state: BriefDialogState;
  onClose: () => void;
  onCreated: (brief: Brief) => void;
}

/** The calendar's dialog: the creation form, or one brief (form or details, and comments). */
export function BriefDialog({ state, onClose, onCreated }: BriefDialogProps) {
  const { t } = usePlanningT();
  const title = state.mode === 'create' ? t('brief.createTitle') : t('brief.viewTitle');
  return (
    <Dialog open={state.mode !== 'closed'} title={title} onClose={onClose} size="large">
      {state.mode === 'create' && <CreateBrief defaults={state} onCreated={onCreated} />}
      {state.mode === 'view' && <ViewBrief briefId={state.briefId} onSaved={onClose} />}
    </Dialog>
  );
}

function CreateBrief({ defaults, onCreated }: { defaults: { plannedDate: string; plannedTime: string }; onCreated: (brief: Brief) => void }) {
  const { orgId } = usePlanning();
  const options = usePlanningOptions(orgId);
  if (options.isPending) return <LoadingState />;
  return <BriefForm defaults={defaults} options={options} onDone={onCreated} />;
}

function ViewBrief({ briefId, onSaved }: { briefId: string; onSaved: () => void }) {
  const { t } = usePlanningT();
  const { orgId } = usePlanning();
  const brief = useQuery(briefQueryOptions(orgId, briefId));
  if (brief.isPending) return <LoadingState />;
  if (brief.isError) return <ErrorState error={brief.error} onRetry={() => void brief.refetch()} />;
  return (
    <>
      <p className="planning-brief__heading">
        <strong>{brief.data.title}</strong> — <Link to={`/orgs/${orgId}/briefs/${briefId}`}>{t('brief.open')}</Link>
      </p>
      <BriefPanel brief={brief.data} onSaved={onSaved} />
    </>
  );
}
