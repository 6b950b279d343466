import { instantToWallClock, intendedWallClockTime, isLocalDate, isLocalTime, localDaysToRange, moveToDateKeepingWallClock, wallClockToInstant } from './wall-clock';

const PARIS = 'Europe/Paris';

describe('wall-clock times in the organisation zone', () => {
  it('converts both ways in winter and in summer', () => {
    expect(wallClockToInstant({ date: '2026-01-15', time: '09:00' }, PARIS).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(wallClockToInstant({ date: '2026-07-15', time: '09:00' }, PARIS).toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(instantToWallClock(new Date('2026-07-15T07:00:00Z'), PARIS)).toEqual({ date: '2026-07-15', time: '09:00' });
    expect(instantToWallClock(new Date('2026-07-15T07:00:00Z'), 'America/Cayenne')).toEqual({ date: '2026-07-15', time: '04:00' });
  });

  it('keeps 09:00 when moving across the spring and autumn changes', () => {
    const beforeSpring = wallClockToInstant({ date: '2026-03-27', time: '09:00' }, PARIS);
    const afterSpring = moveToDateKeepingWallClock(beforeSpring, PARIS, '2026-03-30');
    expect(instantToWallClock(afterSpring, PARIS)).toEqual({ date: '2026-03-30', time: '09:00' });
    expect(afterSpring.getTime() - beforeSpring.getTime()).toBe((3 * 24 - 1) * 3600 * 1000);
    const beforeAutumn = wallClockToInstant({ date: '2026-10-24', time: '09:00' }, PARIS);
    const afterAutumn = moveToDateKeepingWallClock(beforeAutumn, PARIS, '2026-10-26');
    expect(afterAutumn.getTime() - beforeAutumn.getTime()).toBe((2 * 24 + 1) * 3600 * 1000);
  });

  it('bounds local days by local midnights (a 23-hour day in March)', () => {
    const { from, to } = localDaysToRange('2026-03-29', '2026-03-29', PARIS);
    expect(from.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(to.getTime() - from.getTime()).toBe(23 * 3600 * 1000);
  });

  it('validates local dates and times', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('28/02/2026')).toBe(false);
    expect(isLocalTime('23:59')).toBe(true);
    expect(isLocalTime('24:00')).toBe(false);
  });
});

describe('instantToWallClock around offset changes', () => {
  it('agrees with Intl for every 15 minutes of the changeover days', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (const day of ['2026-03-29', '2026-10-25', '2026-07-01']) {
      const start = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
      for (let ms = start; ms < start + 3 * 86_400_000; ms += 15 * 60_000) {
        const parts = Object.fromEntries(intl.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
        expect(instantToWallClock(new Date(ms), PARIS)).toEqual({ date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` });
      }
    }
  });

  it('handles zones with half-hour offsets and the southern hemisphere', () => {
    expect(instantToWallClock(new Date('2026-01-10T12:00:00Z'), 'Asia/Kolkata')).toEqual({ date: '2026-01-10', time: '17:30' });
    expect(instantToWallClock(new Date('2026-01-10T12:00:00Z'), 'Pacific/Noumea')).toEqual({ date: '2026-01-10', time: '23:00' });
    expect(instantToWallClock(new Date('2026-04-05T01:30:00Z'), 'Australia/Sydney').time).toBe('11:30');
  });
});

describe('the intended wall-clock time across the spring-forward gap', () => {
  const zone = 'Europe/Paris';
  // 29 March 2026, the last Sunday of March: the clocks jump from 02:00 to 03:00.
  const inGap = wallClockToInstant({ date: '2026-03-29', time: '02:30' }, zone);

  it('a brief planned at 02:30 that night happens at 03:30', () => {
    expect(instantToWallClock(inGap, zone)).toEqual({ date: '2026-03-29', time: '03:30' });
  });

  it('moved on to an ordinary day, it is at 02:30 again when its intended time is known', () => {
    expect(instantToWallClock(moveToDateKeepingWallClock(inGap, zone, '2026-04-01', '02:30'), zone)).toEqual({ date: '2026-04-01', time: '02:30' });
    // Its instant alone says 03:30:
    expect(instantToWallClock(moveToDateKeepingWallClock(inGap, zone, '2026-04-01'), zone).time).toBe('03:30');
  });

  it('ignores a stale intended time that no longer leads to the instant', () => {
    const nine = wallClockToInstant({ date: '2026-04-01', time: '09:00' }, zone);
    expect(intendedWallClockTime(nine, zone, '02:30')).toBe('09:00');
    expect(intendedWallClockTime(inGap, zone, '02:30')).toBe('02:30');
    expect(intendedWallClockTime(inGap, zone, null)).toBe('03:30');
  });
});
