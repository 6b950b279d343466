import { useTranslation } from 'react-i18next';

export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}

/** Formats instants in the given IANA time zone, in the UI language. */
export function useDateTimeFormat(timeZone: string | undefined) {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  return {
    dateTime: (iso: string | Date) => dateTime.format(new Date(iso)),
    date: (iso: string | Date) => date.format(new Date(iso)),
    time: (iso: string | Date) => time.format(new Date(iso)),
  };
}

export function timeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/Paris', 'UTC'];
}
