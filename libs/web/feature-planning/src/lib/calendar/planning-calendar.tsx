import type { DatesSetArg, EventContentArg, EventDropArg, EventInput } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import frLocale from '@fullcalendar/core/locales/fr';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { Brief } from '@parvis/web/data-access';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nowInZone, toLocalDate } from '../common/format';
import { usePlanningT } from '../common/use-planning';
import { inclusiveEnd, KEY_DAY_PREFIX } from './calendar-events';

export interface PlanningCalendarProps {
  events: EventInput[];
  timeZone: string;
  canPlan: boolean;
  onRangeChange: (range: { from: string; to: string }) => void;
  onOpen: (briefId: string) => void;
  onCreate: (plannedDate: string, plannedTime: string) => void;
  onMove: (brief: Brief, plannedDate: string, revert: () => void) => void;
}

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const LOCALES = [frLocale, enGbLocale];
const TOOLBAR = { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' };
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

export function PlanningCalendar({ events, timeZone, canPlan, onRangeChange, onOpen, onCreate, onMove }: PlanningCalendarProps) {
  const { t } = usePlanningT();
  const { i18n } = useTranslation();
  const texts = useMemo(
    () => ({
      buttonText: { today: t('calendar.today'), month: t('calendar.month'), week: t('calendar.week'), list: t('calendar.list') },
      buttonHints: { prev: t('calendar.previous'), next: t('calendar.next') },
    }),
    [t],
  );
  const now = useMemo(
    () => () => {
      const current = nowInZone(timeZone);
      return `${current.date}T${current.time}:00`;
    },
    [timeZone],
  );
  const rootRef = useRef<HTMLDivElement>(null);
  // FullCalendar's icon-only buttons carry a role="img" without name: the name goes on the button.
  useEffect(() => labelIconButtons(rootRef.current));
  const onDatesSet = (arg: DatesSetArg) => onRangeChange({ from: toLocalDate(arg.start), to: inclusiveEnd(arg.end) });
  const onDateClick = (arg: DateClickArg) => {
    if (!canPlan) return;
    const time = arg.allDay ? '09:00' : arg.date.toISOString().slice(11, 16);
    onCreate(toLocalDate(arg.date), time);
  };
  const onEventDrop = (arg: EventDropArg) => {
    const brief = briefOf(arg.event.extendedProps);
    const start = arg.event.start;
    const before = arg.oldEvent.start;
    if (!brief || !start || !before || toLocalDate(start) === toLocalDate(before)) {
      // Only the day moves: the time is changed in the brief's form.
      arg.revert();
      return;
    }
    onMove(brief, toLocalDate(start), arg.revert);
  };
  return (
    <div className="planning-calendar" ref={rootRef}>
      <FullCalendar
        plugins={PLUGINS}
        locales={LOCALES}
        locale={i18n.language === 'en' ? 'en-gb' : 'fr'}
        timeZone="UTC"
        now={now}
        initialView="dayGridMonth"
        headerToolbar={TOOLBAR}
        buttonText={texts.buttonText}
        buttonHints={texts.buttonHints}
        height="auto"
        events={events}
        eventDisplay="block"
        eventInteractive
        editable={canPlan}
        eventDurationEditable={false}
        eventAllow={(_span, moving) => canPlan && !moving?.id.startsWith(KEY_DAY_PREFIX)}
        eventTimeFormat={TIME_FORMAT}
        slotLabelFormat={TIME_FORMAT}
        datesSet={onDatesSet}
        viewDidMount={() => labelIconButtons(rootRef.current)}
        dateClick={onDateClick}
        eventClick={(arg) => {
          arg.jsEvent.preventDefault();
          if (!arg.event.id.startsWith(KEY_DAY_PREFIX)) onOpen(arg.event.id);
        }}
        eventDrop={onEventDrop}
        eventContent={(arg) => <EventContent arg={arg} />}
        noEventsText={t('calendar.empty')}
      />
    </div>
  );
}

function labelIconButtons(root: HTMLElement | null): void {
  if (!root) return;
  root.querySelectorAll('.fc-icon').forEach((icon) => icon.setAttribute('aria-hidden', 'true'));
  root.querySelectorAll<HTMLButtonElement>('.fc-button[title]').forEach((button) => {
    if (!button.textContent?.trim()) button.setAttribute('aria-label', button.title);
  });
}

function briefOf(props: Record<string, unknown>): Brief | undefined {
  const brief: unknown = props['brief'];
  return typeof brief === 'object' && brief !== null && 'id' in brief ? (brief as Brief) : undefined;
}

function EventContent({ arg }: { arg: EventContentArg }) {
  const { t } = usePlanningT();
  const brief = briefOf(arg.event.extendedProps);
  if (!brief) {
    // Public holidays and the organisation's own key dates.
    const key = arg.event.extendedProps['keyDayKind'] === 'key_date' ? 'calendar.orgKeyDay' : 'calendar.keyDay';
    return <span className="planning-event__key-day">{t(key, { label: arg.event.title })}</span>;
  }
  return (
    <span className="planning-event">
      {arg.timeText && <span className="planning-event__time">{arg.timeText}</span>}
      <span className="planning-event__title">{brief.title}</span>
      {brief.networks.length > 0 && (
        <span className="planning-event__networks">{brief.networks.map((n) => t(`network.${n}`)).join(' · ')}</span>
      )}
      <span className={`planning-event__status planning-status--${brief.status}`}>{t(`status.${brief.status}`)}</span>
    </span>
  );
}
