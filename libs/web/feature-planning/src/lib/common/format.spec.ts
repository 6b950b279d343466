import { formatDay, formatDayRange } from './format';
import { parseView, viewOfFullCalendar } from '../calendar/use-calendar-view';

describe('French dates', () => {
  const long = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' });
  const dayMonth = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', timeZone: 'UTC' });

  it('writes the first of the month "1er", in lower case month names', () => {
    expect(formatDay(dayMonth, new Date('2026-12-01T00:00:00Z'), 'fr-FR')).toBe('1er décembre');
    expect(formatDay(long, new Date('2026-12-03T00:00:00Z'), 'fr-FR')).toBe('jeudi 3 décembre 2026');
    expect(formatDay(long, new Date('2026-12-11T00:00:00Z'), 'fr-FR')).toBe('vendredi 11 décembre 2026');
  });

  it('leaves English alone', () => {
    const en = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
    expect(formatDay(en, new Date('2026-12-01T00:00:00Z'), 'en-GB')).toBe('1 December');
  });
});

describe('week titles', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('read "1er – 7 mars 2027" in French, with a spaced dash, across months and years', () => {
    expect(formatDayRange(day('2027-03-01'), day('2027-03-07'), 'fr-FR')).toBe('1er – 7 mars 2027');
    expect(formatDayRange(day('2026-10-26'), day('2026-11-01'), 'fr-FR')).toBe('26 oct. – 1er nov. 2026');
    expect(formatDayRange(day('2026-11-30'), day('2026-12-06'), 'fr-FR')).toBe('30 nov. – 6 déc. 2026');
    expect(formatDayRange(day('2026-12-28'), day('2027-01-03'), 'fr-FR')).toBe('28 déc. 2026 – 3 janv. 2027');
  });

  it('stay Intl\'s own in English', () => {
    expect(formatDayRange(day('2027-03-01'), day('2027-03-07'), 'en-GB')).toMatch(/^1\s–\s7 Mar 2027$/);
  });
});

describe('calendar view in the URL', () => {
  it('accepts only known views', () => {
    expect(parseView('week')).toBe('week');
    expect(parseView('year')).toBeUndefined();
    expect(parseView(null)).toBeUndefined();
    expect(viewOfFullCalendar('listMonth')).toBe('list');
    expect(viewOfFullCalendar('timeGridDay')).toBeUndefined();
  });
});
