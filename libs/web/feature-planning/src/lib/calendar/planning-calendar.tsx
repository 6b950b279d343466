import type { DatesSetArg, EventContentArg, EventDropArg, EventInput, EventMountArg, FormatterInput } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import frLocale from '@fullcalendar/core/locales/fr';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { Brief } from '@parvis/web/data-access';
import { POST_EVENT_PREFIX, type PostSummary } from '@parvis/web/feature-composer/calendar';
import { localeOf, usePostStatusLabel } from '@parvis/web/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDayRange, nowInZone, toLocalDate, useLocalDateFormat } from '../common/format';
import { usePlanningT } from '../common/use-planning';
import { briefOf, inclusiveEnd, KEY_DAY_PREFIX, postOf } from './calendar-events';
import { useDayUnderPointerAtRelease } from './day-under-pointer';
import { CALENDAR_VIEWS, isPhone, viewOfFullCalendar, type CalendarView } from './use-calendar-view';

export interface PlanningCalendarProps {
  events: EventInput[];
  timeZone: string;
  canPlan: boolean;
  initialView: CalendarView;
  initialDate: string | undefined;
  onRangeChange: (range: { from: string; to: string; view: CalendarView; date: string }) => void;
  onOpen: (briefId: string) => void;
  onCreate: (plannedDate: string, plannedTime: string) => void;
  onMove: (brief: Brief, plannedDate: string, revert: () => void) => void;
}

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const LOCALES = [frLocale, enGbLocale];
const TOOLBAR = { left: 'prev,next today', center: 'title', right: `${CALENDAR_VIEWS.month},${CALENDAR_VIEWS.week},${CALENDAR_VIEWS.list}` };
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
/** The week opens on the working day (earlier and later hours stay a scroll away inside it). */
const WEEK_HEIGHT = 760;
const WORKING_DAY_START = '08:00:00';

export function PlanningCalendar(props: PlanningCalendarProps) {
  const { events, timeZone, canPlan, initialView, initialDate, onRangeChange, onOpen, onCreate, onMove } = props;
  const { t, i18n } = usePlanningT();
  const postStatus = usePostStatusLabel();
  const format = useLocalDateFormat();
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
  // The week's title in the SPA's French ("1er – 7 déc. 2026"); FullCalendar's end is the last day's last instant.
  const views = useMemo(() => {
    const locale = localeOf(i18n.language);
    const weekTitle: FormatterInput = ({ start, end }) => formatDayRange(start.marker, end?.marker ?? start.marker, locale);
    // On a phone a week column is ~40 px: "lun. 30" (wrapping to two lines) instead of "lun. 30/11".
    const dayHeaderFormat = isPhone() ? ({ weekday: 'short', day: 'numeric' } as const) : undefined;
    return { [CALENDAR_VIEWS.week]: { titleFormat: weekTitle, ...(dayHeaderFormat ? { dayHeaderFormat } : {}) } };
  }, [i18n.language]);
  const rootRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<CalendarView>(initialView);
  const releasedOn = useDayUnderPointerAtRelease(rootRef);
  const navigate = useNavigate();
  // FullCalendar's icon-only buttons carry a role="img" without name: the name goes on the button.
  useEffect(() => labelIconButtons(rootRef.current));
  const onDatesSet = (arg: DatesSetArg) => {
    const shown = viewOfFullCalendar(arg.view.type) ?? 'month';
    setView(shown);
    onRangeChange({ from: toLocalDate(arg.start), to: inclusiveEnd(arg.end), view: shown, date: toLocalDate(arg.view.currentStart) });
    labelIconButtons(rootRef.current);
  };
  const onDateClick = (arg: DateClickArg) => {
    if (!canPlan) return;
    const time = arg.allDay ? '09:00' : arg.date.toISOString().slice(11, 16);
    onCreate(toLocalDate(arg.date), time);
  };
  const onEventDrop = (arg: EventDropArg) => {
    const brief = briefOf(arg.event.extendedProps);
    const start = arg.event.start;
    // The day under the pointer is the truth (FullCalendar's own delta is measured from the card's centre).
    const day = releasedOn.current ?? (start ? toLocalDate(start) : null);
    if (!brief || !day || day === brief.plannedLocal.date) {
      // Only the day moves: the time is changed in the brief's form.
      arg.revert();
      return;
    }
    onMove(brief, day, arg.revert);
  };
  const onEventMount = (arg: EventMountArg) => {
    const label = eventLabel(arg);
    if (!label) return;
    // The list view's event is a table row: its link inside gets the name, the row keeps its role.
    const target = arg.el.tagName === 'TR' ? arg.el.querySelector('a') : arg.el;
    target?.setAttribute('role', 'button');
    target?.setAttribute('aria-label', label);
    arg.el.title = label;
  };
  /** What a screen reader hears for a brief or a post (key days need none: their text is their name). */
  const eventLabel = (arg: EventMountArg): string | undefined => {
    const brief = briefOf(arg.event.extendedProps);
    if (brief) {
      const date = format.longDate(brief.plannedLocal.date);
      return t('calendar.eventLabel', { title: brief.title, date, time: brief.plannedLocal.time, status: t(`status.${brief.status}`) });
    }
    const post = postOf(arg.event.extendedProps);
    const start = arg.event.start;
    if (!post || !start) return undefined;
    const networks = post.networks.map((n) => t(`network.${n}`)).join(', ') || t('posts.noNetwork');
    const time = start.toISOString().slice(11, 16);
    return t('posts.eventLabel', { title: post.title, date: format.longDate(toLocalDate(start)), time, networks, status: postStatus(post.status) });
  };
  const dayHeader = (arg: { date: { marker: Date } }) => format.listDay(toLocalDate(arg.date.marker));
  return (
    <div className="planning-calendar" ref={rootRef}>
      <FullCalendar
        plugins={PLUGINS}
        locales={LOCALES}
        locale={i18n.language === 'en' ? 'en-gb' : 'fr'}
        timeZone="UTC"
        now={now}
        initialView={CALENDAR_VIEWS[initialView]}
        initialDate={initialDate}
        headerToolbar={TOOLBAR}
        views={views}
        buttonText={texts.buttonText}
        buttonHints={texts.buttonHints}
        height={view === 'week' ? WEEK_HEIGHT : 'auto'}
        scrollTime={WORKING_DAY_START}
        events={events}
        eventDisplay="block"
        eventInteractive
        editable={canPlan}
        eventDurationEditable={false}
        eventAllow={(_span, moving) => canPlan && !moving?.id.startsWith(KEY_DAY_PREFIX) && !moving?.id.startsWith(POST_EVENT_PREFIX)}
        eventTimeFormat={TIME_FORMAT}
        slotLabelFormat={TIME_FORMAT}
        listDayFormat={dayHeader}
        listDaySideFormat={false}
        timeHint={t('calendar.timeHint')}
        eventHint={t('calendar.eventHint')}
        allDayText={t('calendar.allDay')}
        datesSet={onDatesSet}
        viewDidMount={() => labelIconButtons(rootRef.current)}
        dateClick={onDateClick}
        eventClick={(arg) => {
          arg.jsEvent.preventDefault();
          if (arg.event.id.startsWith(KEY_DAY_PREFIX)) return;
          // A post opens in the composer (its URL is also the link's href, for a new tab).
          if (arg.event.id.startsWith(POST_EVENT_PREFIX)) navigate(arg.event.url);
          else onOpen(arg.event.id);
        }}
        eventDrop={onEventDrop}
        eventDidMount={onEventMount}
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

function EventContent({ arg }: { arg: EventContentArg }) {
  const { t } = usePlanningT();
  const brief = briefOf(arg.event.extendedProps);
  const post = postOf(arg.event.extendedProps);
  if (post) return <PostEventContent arg={arg} post={post} />;
  if (!brief) {
    // Public holidays and the organisation's own key dates.
    const key = arg.event.extendedProps['keyDayKind'] === 'key_date' ? 'calendar.orgKeyDay' : 'calendar.keyDay';
    return <span className="planning-event__key-day">{t(key, { label: arg.event.title })}</span>;
  }
  if (arg.view.type === CALENDAR_VIEWS.week) {
    // A one-hour slot: the time and the title, nothing that would push the title out of sight.
    return (
      <span className="planning-event planning-event--compact">
        <span className="planning-event__time">{arg.timeText}</span> <span className="planning-event__title">{brief.title}</span>
      </span>
    );
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

/** A post: marked as such, its networks in words and its status (the event's colour is the status's). */
function PostEventContent({ arg, post }: { arg: EventContentArg; post: PostSummary }) {
  const { t } = usePlanningT();
  const postStatus = usePostStatusLabel();
  const status = <span className="planning-event__status planning-event__status--post">{postStatus(post.status)}</span>;
  if (arg.view.type === CALENDAR_VIEWS.week) {
    return (
      <span className="planning-event planning-event--compact planning-event--post">
        <span className="planning-event__time">{arg.timeText}</span> <span className="planning-event__title">{post.title}</span>
      </span>
    );
  }
  return (
    <span className="planning-event planning-event--post">
      <span className="planning-event__kind">
        {arg.timeText && <span className="planning-event__time">{arg.timeText}</span>} {t('posts.kind')}
      </span>
      <span className="planning-event__title">{post.title || t('posts.untitled')}</span>
      {post.networks.length > 0 && (
        <span className="planning-event__networks">{post.networks.map((n) => t(`network.${n}`)).join(' · ')}</span>
      )}
      {status}
    </span>
  );
}
