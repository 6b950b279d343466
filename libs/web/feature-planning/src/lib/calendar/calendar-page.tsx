import { calendarQueryOptions, useMoveBrief, type Brief } from '@parvis/web/data-access';
import { Alert, Button, ErrorState, LoadingState, Page } from '@parvis/web/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { BriefDialog, type BriefDialogState } from '../brief/brief-dialog';
import { useErrorMessage } from '../common/errors';
import { nowInZone, useLocalDateFormat } from '../common/format';
import { useDocumentTitle, usePlanning, usePlanningT } from '../common/use-planning';
import { usePlanningOptions } from '../common/use-planning-options';
import { CalendarFilters } from './calendar-filters';
import { briefEvents, keyDayEvents } from './calendar-events';
import { PlanningCalendar } from './planning-calendar';
import { useStoredFilters } from './use-stored-filters';

type Notice = { tone: 'success' | 'error'; text: string } | null;

export function CalendarPage() {
  const { t } = usePlanningT();
  const { orgId, userId, timeZone, canPlan } = usePlanning();
  useDocumentTitle(t('calendar.title'));
  const options = usePlanningOptions(orgId);
  const [filters, setFilters] = useStoredFilters(userId, orgId);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const calendar = useQuery({
    ...calendarQueryOptions(orgId, range ?? { from: '', to: '' }, filters),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
  const [dialog, setDialog] = useState<BriefDialogState>({ mode: 'closed' });
  const [notice, setNotice] = useState<Notice>(null);
  const move = useMoveBrief(orgId);
  const errorMessage = useErrorMessage();
  const format = useLocalDateFormat();

  const events = useMemo(
    () => [...briefEvents(calendar.data?.items ?? [], canPlan), ...keyDayEvents(calendar.data?.keyDays ?? [])],
    [calendar.data, canPlan],
  );
  const zone = calendar.data?.timeZone ?? timeZone;

  const onMove = (brief: Brief, plannedDate: string, revert: () => void) => {
    setNotice(null);
    move.mutate(
      { briefId: brief.id, plannedDate },
      {
        onSuccess: () => setNotice({ tone: 'success', text: t('calendar.moved', { title: brief.title, date: format.longDate(plannedDate) }) }),
        onError: (error) => {
          revert();
          setNotice({ tone: 'error', text: t('calendar.moveRefused', { reason: errorMessage(error) }) });
        },
      },
    );
  };
  const openCreate = (plannedDate: string, plannedTime: string) => setDialog({ mode: 'create', plannedDate, plannedTime });

  return (
    <Page
      title={t('calendar.title')}
      description={<p>{t('calendar.lead', { timeZone: zone })}</p>}
      actions={
        canPlan && (
          <Button onClick={() => openCreate(nowInZone(zone).date, '09:00')}>{t('calendar.newBrief')}</Button>
        )
      }
    >
      <CalendarFilters filters={filters} options={options} onChange={setFilters} />
      <div aria-live="polite">{notice && <Alert tone={notice.tone}>{notice.text}</Alert>}</div>
      {calendar.data?.truncated && <Alert tone="warning">{t('calendar.truncated')}</Alert>}
      {calendar.isError && <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />}
      {calendar.isFetching && !calendar.data && <LoadingState />}
      {canPlan && <p className="pv-hint">{t('calendar.dragHint')}</p>}
      <PlanningCalendar
        events={events}
        timeZone={zone}
        canPlan={canPlan}
        onRangeChange={(next) => setRange((previous) => (previous?.from === next.from && previous.to === next.to ? previous : next))}
        onOpen={(briefId) => setDialog({ mode: 'view', briefId })}
        onCreate={openCreate}
        onMove={onMove}
      />
      <BriefDialog
        state={dialog}
        onClose={() => setDialog({ mode: 'closed' })}
        onCreated={(brief) => {
          setDialog({ mode: 'closed' });
          setNotice({ tone: 'success', text: t('brief.created', { title: brief.title }) });
        }}
      />
    </Page>
  );
}
