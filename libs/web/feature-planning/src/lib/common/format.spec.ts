import { formatDay } from './format';
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

describe('calendar view in the URL', () => {
  it('accepts only known views', () => {
    expect(parseView('week')).toBe('week');
    expect(parseView('year')).toBeUndefined();
    expect(parseView(null)).toBeUndefined();
    expect(viewOfFullCalendar('listMonth')).toBe('list');
    expect(viewOfFullCalendar('timeGridDay')).toBeUndefined();
  });
});
