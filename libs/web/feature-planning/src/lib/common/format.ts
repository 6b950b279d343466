import { useTranslation } from 'react-i18next';
import { usePlanning } from './use-planning';

export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}

/**
 * Formats local dates `YYYY-MM-DD` (no zone conversion: they already are the organisation's days)
 * and instants (shown in the organisation's zone).
 */
export function useLocalDateFormat() {
  const { i18n } = useTranslation();
  const { timeZone } = usePlanning();
  const format = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'full', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return {
    date: (local: string) => format.format(parseLocalDate(local)),
    longDate: (local: string) => long.format(parseLocalDate(local)),
    instant: (iso: string) => instant.format(new Date(iso)),
  };
}

export function parseLocalDate(local: string): Date {
  const [year, month, day] = local.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** `YYYY-MM-DD` of a Date whose UTC fields carry a local day (FullCalendar with timeZone 'UTC'). */
export function toLocalDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today and now in the organisation's zone, whatever the browser's zone. */
export function nowInZone(timeZone: string, at: Date = new Date()): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** Black or white text, whichever reads best on the given #RRGGBB background. */
export function textColorOn(background: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!match) return '#ffffff';
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#161616' : '#ffffff';
}

export const DEFAULT_EVENT_COLOR = '#000091';
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
