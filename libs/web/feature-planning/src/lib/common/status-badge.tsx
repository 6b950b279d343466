import type { BriefStatus } from '@parvis/web/data-access';
import { usePlanningT } from './use-planning';

export function StatusBadge({ status }: { status: BriefStatus }) {
  const { t } = usePlanningT();
  return <span className={`planning-status planning-status--${status}`}>{t(`status.${status}`)}</span>;
}
