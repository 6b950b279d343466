import { Button, EmptyState } from '@parvis/web/ui';
import { usePlanningT } from '../common/use-planning';
import type { CalendarView } from './use-calendar-view';

export interface CalendarEmptyStateProps {
  view: CalendarView;
  filtered: boolean;
  canPlan: boolean;
  onResetFilters: () => void;
  onCreate: () => void;
}

/** Nothing planned in the period shown: say so, and offer the next step. */
export function CalendarEmptyState({ view, filtered, canPlan, onResetFilters, onCreate }: CalendarEmptyStateProps) {
  const { t } = usePlanningT();
  const period = view === 'week' ? 'week' : 'month';
  const title = filtered ? t(`calendar.emptyFiltered.${period}`) : t(`calendar.emptyPeriod.${period}`);
  let action = null;
  if (filtered) {
    action = (
      <Button variant="secondary" onClick={onResetFilters}>
        {t('filters.reset')}
      </Button>
    );
  } else if (canPlan) {
    action = <Button onClick={onCreate}>{t('calendar.emptyCreate')}</Button>;
  }
  return (
    <EmptyState title={title} action={action}>
      {!filtered && <p>{canPlan ? t('calendar.emptyPlannerHint') : t('calendar.emptyReaderHint')}</p>}
    </EmptyState>
  );
}
