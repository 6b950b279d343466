import { instantToWallClock } from '@parvis/shared/domain';
import { localeOf } from '@parvis/web/shared';
import { useTranslation } from 'react-i18next';
import { usePlanning } from './use-planning';

/**
 * Formats local dates `YYYY-MM-DD` (no zone conversion: they already are the organisation's days)
 * and instants (shown in the organisation's zone).
 */
export function useLocalDateFormat() {
  const { i18n } = useTranslation();
  const { timeZone } = usePlanning();
  const locale = localeOf(i18n.language);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const day = (formatter: Intl.DateTimeFormat, local: string) => formatDay(formatter, parseLocalDate(local), locale);
  return {
    /** "1er déc. 2026" */
    date: (local: string) => day(format, local),
    /** "mardi 1er décembre 2026" (lists, notices) */
    longDate: (local: string) => day(long, local),
    /** "1er décembre" */
    dayMonth: (local: string) => day(dayMonth, local),
    listDay: (local: string) => day(long, local),
    instant: (iso: string) => formatDay(instant, new Date(iso), locale),
  };
}

/** Intl's French says "1 décembre": French typography writes the first of the month "1er". */
export function formatDay(formatter: Intl.DateTimeFormat, date: Date, locale: string): string {
  if (!locale.startsWith('fr')) return formatter.format(date);
  return formatter
    .formatToParts(date)
    .map((part) => (part.type === 'day' && Number(part.value) === 1 ? '1er' : part.value))
    .join('');
}

/**
 * A range of days such as a week's title: "1er – 7 déc. 2026", "30 nov. – 6 déc. 2026" (Intl's
 * range, with French's "1er" and spaced dash); "1–7 Dec 2026" in English.
 */
export function formatDayRange(start: Date, end: Date, locale: string): string {
  const formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (!locale.startsWith('fr')) return formatter.formatRange(start, end);
  return formatter
    .formatRangeToParts(start, end)
    .map((part) => {
      if (part.type === 'day' && Number(part.value) === 1) return '1er';
      return part.type === 'literal' && part.value.trim() === '–' ? ' – ' : part.value;
    })
    .join('');
}

export function parseLocalDate(local: string): Date {
  const [year, month, day] = local.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** A local day shifted by whole days (calendar arithmetic, no zone involved). */
export function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of a Date whose UTC fields carry a local day (FullCalendar with timeZone 'UTC'). */
export function toLocalDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today and now in the organisation's zone, whatever the browser's zone (the API's own rule). */
export function nowInZone(timeZone: string, at: Date = new Date()): { date: string; time: string } {
  return instantToWallClock(at, timeZone);
}

function channels(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return match ? [parseInt(match[1] ?? '0', 16), parseInt(match[2] ?? '0', 16), parseInt(match[3] ?? '0', 16)] : null;
}

function luminanceOf([r, g, b]: [number, number, number]): number {
  const linear = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

const DARK_TEXT = '#161616';
const DARK_LUMINANCE = luminanceOf([0x16, 0x16, 0x16]);
const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** WCAG contrast ratio between two #RRGGBB colours (1 to 21), or 1 when either is not a colour. */
export function contrastRatio(first: string, second: string): number {
  const [a, b] = [channels(first), channels(second)];
  return a && b ? contrast(luminanceOf(a), luminanceOf(b)) : 1;
}
const toHex = (rgb: number[]) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/** Black or white text, whichever reads best on the given #RRGGBB background. */
export function textColorOn(background: string): string {
  const rgb = channels(background);
  if (!rgb) return '#ffffff';
  const luminance = luminanceOf(rgb);
  return contrast(luminance, DARK_LUMINANCE) > contrast(luminance, 1) ? DARK_TEXT : '#ffffff';
}

/**
 * A fill and text colour that keep a theme's hue and reach the RGAA/WCAG AA ratio (4.5:1): a
 * mid-tone theme colour, on which neither black nor white text is legible enough, is darkened or
 * lightened, whichever changes it least.
 */
export function readableFill(color: string): { background: string; text: string } {
  const rgb = channels(color);
  if (!rgb) return { background: DEFAULT_EVENT_COLOR, text: '#ffffff' };
  for (let step = 0; step <= 20; step++) {
    const factor = step / 20;
    const darker = rgb.map((v) => v * (1 - factor));
    if (contrast(luminanceOf(darker as [number, number, number]), 1) >= 4.5) return { background: toHex(darker), text: '#ffffff' };
    const lighter = rgb.map((v) => v + (255 - v) * factor);
    if (contrast(luminanceOf(lighter as [number, number, number]), DARK_LUMINANCE) >= 4.5) return { background: toHex(lighter), text: DARK_TEXT };
  }
  return { background: '#000000', text: '#ffffff' };
}

export const DEFAULT_EVENT_COLOR = '#000091';
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
