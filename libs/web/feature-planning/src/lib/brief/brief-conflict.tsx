import { planningKeys, type Brief, type UpdateBriefInput } from '@parvis/web/data-access';
import { ConflictDialog, useVersionConflict } from '@parvis/web/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { usePlanning } from '../common/use-planning';
import type { PlanningOptions } from '../common/use-planning-options';
import { useBriefDifferences } from './brief-versions';

export interface BriefConflict {
  /** The brief as someone else saved it (412 VERSION_MISMATCH `details.current`). */
  current: Brief;
  /** What this user tried to write. */
  mine: UpdateBriefInput;
}

/** A 412 on a brief, with what was being written, kept until the user chooses. */
export function useBriefConflict() {
  const versions = useVersionConflict<Brief>();
  const [mine, setMine] = useState<UpdateBriefInput | null>(null);
  const conflict: BriefConflict | null = versions.conflict && mine ? { current: versions.conflict.current, mine } : null;
  return {
    conflict,
    /** True (and the dialog opens) when the error was a version conflict. */
    capture: (error: unknown, attempted: UpdateBriefInput): boolean => {
      const found = versions.capture(error);
      setMine(found ? attempted : null);
      return found;
    },
    clear: () => {
      versions.clear();
      setMine(null);
    },
  };
}

export interface BriefConflictDialogProps {
  conflict: BriefConflict | null;
  options: PlanningOptions;
  /** While "keep mine" is being sent again. */
  busy: boolean;
  /** Send `mine` again, with the current version. */
  onKeepMine: (conflict: BriefConflict) => void;
  /** The current brief is shown instead (the cache already holds it). */
  onTookCurrent: () => void;
  /** The choices' words when the action is not an edit. */
  labels?: { keepMine: string; takeCurrent: string };
}

/** The shared conflict dialog for a brief: the fields that differ, in words, and the two choices. */
export function BriefConflictDialog({ conflict, options, busy, onKeepMine, onTookCurrent, labels }: BriefConflictDialogProps) {
  const { orgId } = usePlanning();
  const queryClient = useQueryClient();
  const differences = useBriefDifferences(options);
  const rows = conflict ? differences(conflict.mine, conflict.current).map(({ label, mine, theirs }) => ({ label, mine, current: theirs })) : [];
  const takeCurrent = () => {
    if (conflict) {
      queryClient.setQueryData(planningKeys.brief(orgId, conflict.current.id), conflict.current);
      void queryClient.invalidateQueries({ queryKey: planningKeys.calendars(orgId) });
    }
    onTookCurrent();
  };
  return (
    <ConflictDialog
      open={conflict !== null}
      rows={rows}
      busy={busy}
      labels={labels}
      onKeepMine={() => conflict && onKeepMine(conflict)}
      onTakeCurrent={takeCurrent}
    />
  );
}
