import type { Brief } from '@parvis/web/data-access';
import { briefEvents, inclusiveEnd, keyDayEvents } from './calendar-events';
import { filtersStorageKey, parseFilters } from './use-stored-filters';
import { nowInZone, readableFill, textColorOn, toLocalDate } from '../common/format';

const brief = {
  id: 'b1',
  title: 'Fête de la musique',
  themeColor: '#ffe9e6',
  plannedLocal: { date: '2026-06-21', time: '23:30' },
  plannedAt: '2026-06-21T21:30:00.000Z',
} as Brief;

describe('calendar events', () => {
  it('positions briefs by their local date and time, never the browser zone', () => {
    const [event] = briefEvents([brief], true);
    expect(event).toMatchObject({ id: 'b1', start: '2026-06-21T23:30:00', allDay: false, editable: true });
    expect(event?.backgroundColor).toBe('#ffe9e6');
    expect(event?.textColor).toBe('#161616');
    expect(briefEvents([{ ...brief, themeColor: null }], false)[0]).toMatchObject({ editable: false, textColor: '#ffffff' });
  });

  it('shows key days as background events', () => {
    expect(keyDayEvents([{ date: '2026-07-14', label: 'Fête nationale', kind: 'public_holiday' }])[0]).toMatchObject({
      start: '2026-07-14',
      display: 'background',
      title: 'Fête nationale',
    });
  });

  it('turns FullCalendar UTC dates into local days', () => {
    expect(toLocalDate(new Date('2026-09-26T00:00:00Z'))).toBe('2026-09-26');
    expect(inclusiveEnd(new Date('2026-10-12T00:00:00Z'))).toBe('2026-10-11');
  });

  it('computes today and now in the organisation zone', () => {
    expect(nowInZone('Pacific/Tahiti', new Date('2026-01-01T05:00:00Z'))).toEqual({ date: '2025-12-31', time: '19:00' });
    expect(nowInZone('Europe/Paris', new Date('2026-01-01T05:00:00Z'))).toEqual({ date: '2026-01-01', time: '06:00' });
  });

  it('picks readable text colours', () => {
    expect(textColorOn('#000091')).toBe('#ffffff');
    expect(textColorOn('#ffffff')).toBe('#161616');
  });

  it('keeps every theme colour legible (4.5:1), adjusting mid-tones as little as needed', () => {
    const ratio = (a: string, b: string) => {
      const lum = (hex: string) =>
        [1, 3, 5]
          .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
          .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
          .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
      const [x, y] = [lum(a), lum(b)];
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    };
    expect(readableFill('#000091')).toEqual({ background: '#000091', text: '#ffffff' });
    for (const color of ['#6A6AF4', '#18753C', '#B34000', '#FFCA00', '#A558A0', '#00A95F', '#808080']) {
      const { background, text } = readableFill(color);
      expect(ratio(background, text)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('stored filters', () => {
  it('keeps only known filters', () => {
    expect(parseFilters(JSON.stringify({ themeId: 't1', status: 'done', network: 'myspace', assignee: 'me', other: 1 }))).toEqual({
      themeId: 't1',
      status: 'done',
      assignee: 'me',
    });
    expect(parseFilters('not json')).toEqual({});
    expect(parseFilters(null)).toEqual({});
    expect(filtersStorageKey('u1', 'o1')).toBe('parvis.planning.filters.u1.o1');
  });
});
