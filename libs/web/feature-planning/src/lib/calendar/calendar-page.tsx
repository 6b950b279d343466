import { calendarQueryOptions, useMoveBrief, type Brief } from '@parvis/web/data-access';
import { Alert, Button, ErrorState, LoadingState, Page } from '@parvis/web/ui';
import { POST_LIST_LIMIT, postCalendarEvents, postsInRangeQueryOptions, RANGE_MAX_PAGES } from '@parvis/web/feature-composer/calendar';
import { usePostStatusLabel, useDateTimeFormat, useDocumentTitle, useErrorMessage } from '@parvis/web/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { BriefConflictDialog, useBriefConflict } from '../brief/brief-conflict';
import { BriefDialog, type BriefDialogState } from '../brief/brief-dialog';
import { nowInZone, plusDays, useLocalDateFormat } from '../common/format';
import { useScheduleWarnings } from '../common/schedule-warnings';
import { usePlanning, usePlanningT } from '../common/use-planning';
import { usePlanningOptions } from '../common/use-planning-options';
import { CalendarEmptyState } from './calendar-empty-state';
import { CalendarFilters } from './calendar-filters';
import { briefEvents, keyDayEvents } from './calendar-events';
import { ThemeLegend } from './theme-legend';
import { PlanningCalendar } from './planning-calendar';
import { useCalendarView, type CalendarView } from './use-calendar-view';
import { useStoredFilters } from './use-stored-filters';

type Notice = { tone: 'success' | 'error'; text: string; warnings?: string[] } | null;
type Period = { from: string; to: string; view: CalendarView; date: string };

export function CalendarPage() {
  const { t, i18n } = usePlanningT();
  const postStatus = usePostStatusLabel();
  const { orgId, userId, timeZone, canPlan, may } = usePlanning();
  useDocumentTitle(t('calendar.title'));
  const options = usePlanningOptions(orgId);
  const [filters, setFilters] = useStoredFilters(userId, orgId);
  const { initial, remember } = useCalendarView();
  const [period, setPeriod] = useState<Period | null>(null);
  const range = period ? { from: period.from, to: period.to } : { from: '', to: '' };
  const calendar = useQuery({
    ...calendarQueryOptions(orgId, range, filters),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
  // Posts beside the briefs, every page of the range; the API's `to` is exclusive and its dates are UTC
  // days: a day of margin each side.
  const posts = useQuery({
    ...postsInRangeQueryOptions(orgId, { from: plusDays(range.from || '2000-01-01', -1), to: plusDays(range.to || '2000-01-01', 2) }),
    enabled: period !== null && may('calendar.read'),
    placeholderData: keepPreviousData,
  });
  const [dialog, setDialog] = useState<BriefDialogState>({ mode: 'closed' });
  const [notice, setNotice] = useState<Notice>(null);
  const move = useMoveBrief(orgId);
  const errorMessage = useErrorMessage();
  const format = useLocalDateFormat();
  const warningsOf = useScheduleWarnings();

  const zone = calendar.data?.timeZone ?? timeZone;
  const { dateTime } = useDateTimeFormat(zone);
  const lastPost = posts.data?.items[posts.data.items.length - 1];
  const events = useMemo(
    () => [
      ...briefEvents(calendar.data?.items ?? [], canPlan),
      ...postCalendarEvents(orgId, posts.data?.items ?? [], zone, postStatus),
      ...keyDayEvents(calendar.data?.keyDays ?? []),
    ],
    [calendar.data, posts.data, canPlan, orgId, zone, postStatus],
  );

  const moveConflict = useBriefConflict();
  /** Sends a move with the version the calendar showed (If-Match); a 412 opens the conflict dialog. */
  const sendMove = (brief: Brief, plannedDate: string, revert: () => void = () => undefined) => {
    setNotice(null);
    const campaign = options.campaigns.find((c) => c.id === brief.campaignId);
    const warnings = warningsOf({ date: plannedDate, time: brief.plannedLocal.time }, campaign);
    move.mutate(
      { briefId: brief.id, plannedDate, version: brief.version },
      {
        onSuccess: () => {
          moveConflict.clear();
          setNotice({ tone: 'success', text: t('calendar.moved', { title: brief.title, date: format.longDate(plannedDate) }), warnings });
        },
        onError: (error) => {
          revert();
          if (moveConflict.capture(error, { plannedDate })) return;
          setNotice({ tone: 'error', text: t('calendar.moveRefused', { reason: errorMessage(error) }) });
        },
      },
    );
  };
  const onMove = (brief: Brief, plannedDate: string, revert: () => void) => {
    // One move at a time: a drop while the previous one is being saved is put back.
    if (move.isPending) revert();
    else sendMove(brief, plannedDate, revert);
  };
  const openCreate = (plannedDate: string, plannedTime: string) => setDialog({ mode: 'create', plannedDate, plannedTime });
  const now = nowInZone(zone);
  const today = now.date;
  // "Nouveau sujet" proposes the next 9 o'clock that is still ahead.
  const nextMorning = now.time < '09:00' ? today : plusDays(today, 1);
  const empty = calendar.data !== undefined && !calendar.isPlaceholderData && calendar.data.items.length === 0;

  return (
    <Page
      title={t('calendar.title')}
      description={<p>{t('calendar.lead', { timeZone: zone })}</p>}
      actions={canPlan && <Button onClick={() => openCreate(nextMorning, '09:00')}>{t('calendar.newBrief')}</Button>}
    >
      <CalendarFilters filters={filters} options={options} onChange={setFilters} />
      <div aria-live="polite">
        {notice && (
          <Alert tone={notice.tone} title={notice.warnings?.length ? notice.text : undefined}>
            {notice.warnings?.length ? (
              <ul className="planning-warnings">
                {notice.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            ) : (
              notice.text
            )}
          </Alert>
        )}
      </div>
      {calendar.data?.truncated && <Alert tone="warning">{t('calendar.truncated')}</Alert>}
      {posts.data?.truncated && lastPost?.plannedAt && (
        <Alert tone="warning">
          {t('calendar.postsTruncated', { max: (RANGE_MAX_PAGES * POST_LIST_LIMIT).toLocaleString(i18n.language), after: dateTime(lastPost.plannedAt) })}
        </Alert>
      )}
      {calendar.isError && <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} />}
      {posts.isError && <ErrorState error={posts.error} title={t('calendar.postsFailed')} onRetry={() => void posts.refetch()} />}
      {calendar.isFetching && !calendar.data && <LoadingState />}
      {empty && period && (
        <CalendarEmptyState
          view={period.view}
          filtered={Object.keys(filters).length > 0}
          canPlan={canPlan}
          onResetFilters={() => setFilters({})}
          onCreate={() => openCreate(period.from > today ? period.from : nextMorning, '09:00')}
        />
      )}
      {canPlan && period?.view !== 'list' && <p className="pv-hint">{t('calendar.dragHint')}</p>}
      <PlanningCalendar
        events={events}
        timeZone={zone}
        canPlan={canPlan}
        initialView={initial.view}
        initialDate={initial.date}
        onRangeChange={(next) => {
          setPeriod((previous) =>
            previous?.from === next.from && previous.to === next.to && previous.view === next.view ? previous : next,
          );
          remember(next.view, next.date);
        }}
        onOpen={(briefId) => setDialog({ mode: 'view', briefId })}
        onCreate={openCreate}
        onMove={onMove}
      />
      <ThemeLegend themes={options.themes} />
      <BriefConflictDialog
        conflict={moveConflict.conflict}
        options={options}
        busy={move.isPending}
        onKeepMine={({ current, mine }) => mine.plannedDate && sendMove(current, mine.plannedDate)}
        onTookCurrent={moveConflict.clear}
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
