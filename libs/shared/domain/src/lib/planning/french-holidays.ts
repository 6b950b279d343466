export interface KeyDay {
  /** YYYY-MM-DD */
  date: string;
  label: string;
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The eleven public holidays of metropolitan France (Code du travail L3133-1). */
export function frenchPublicHolidays(year: number): KeyDay[] {
  const easter = easterSunday(year);
  const fromEaster = (offset: number) => iso(year, easter.month, easter.day + offset);
  return [
    { date: iso(year, 1, 1), label: "Jour de l'an" },
    { date: fromEaster(1), label: 'Lundi de Pâques' },
    { date: iso(year, 5, 1), label: 'Fête du Travail' },
    { date: iso(year, 5, 8), label: 'Victoire 1945' },
    { date: fromEaster(39), label: 'Ascension' },
    { date: fromEaster(50), label: 'Lundi de Pentecôte' },
    { date: iso(year, 7, 14), label: 'Fête nationale' },
    { date: iso(year, 8, 15), label: 'Assomption' },
    { date: iso(year, 11, 1), label: 'Toussaint' },
    { date: iso(year, 11, 11), label: 'Armistice 1918' },
    { date: iso(year, 12, 25), label: 'Noël' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

export interface OrganisationKeyDate {
  date: string;
  label: string;
  recurringYearly: boolean;
}

/**
 * The occurrences of an organisation's key dates between two local days (inclusive): a yearly date
 * repeats on its month and day from its first year on (29 February only in leap years).
 */
export function keyDateOccurrences(keyDates: OrganisationKeyDate[], from: string, to: string): KeyDay[] {
  const days: KeyDay[] = [];
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (const keyDate of keyDates) {
    const candidates = keyDate.recurringYearly
      ? Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
          .filter((year) => year >= Number(keyDate.date.slice(0, 4)))
          .map((year) => `${year}${keyDate.date.slice(4)}`)
          .filter((date) => new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date)
      : [keyDate.date];
    for (const date of candidates) if (date >= from && date <= to) days.push({ date, label: keyDate.label });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
