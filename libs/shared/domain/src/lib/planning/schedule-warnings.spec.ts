import { scheduleWarnings } from './schedule-warnings';

const now = { date: '2026-12-01', time: '10:00' };

describe('schedule warnings', () => {
  it('says nothing about an ordinary future day', () => {
    expect(scheduleWarnings({ planned: { date: '2026-12-03', time: '09:00' }, now })).toEqual([]);
  });

  it('flags the past to the minute', () => {
    expect(scheduleWarnings({ planned: { date: '2026-12-01', time: '09:59' }, now })).toEqual([{ kind: 'past' }]);
    expect(scheduleWarnings({ planned: { date: '2026-12-01', time: '10:00' }, now })).toEqual([]);
    expect(scheduleWarnings({ planned: { date: '2026-11-30', time: '23:00' }, now })).toEqual([{ kind: 'past' }]);
  });

  it('flags French public holidays, movable feasts included', () => {
    expect(scheduleWarnings({ planned: { date: '2026-12-25', time: '09:00' }, now })).toEqual([{ kind: 'public_holiday', label: 'Noël' }]);
    expect(scheduleWarnings({ planned: { date: '2027-05-06', time: '09:00' }, now })).toEqual([{ kind: 'public_holiday', label: 'Ascension' }]);
  });

  it('flags a date outside the campaign, its bounds inclusive and either open', () => {
    const campaign = { startsOn: '2026-12-10', endsOn: '2026-12-20' };
    const at = (date: string) => scheduleWarnings({ planned: { date, time: '09:00' }, now, campaign });
    expect(at('2026-12-10')).toEqual([]);
    expect(at('2026-12-20')).toEqual([]);
    expect(at('2026-12-09')).toEqual([{ kind: 'outside_campaign', ...campaign }]);
    expect(at('2026-12-21')).toEqual([{ kind: 'outside_campaign', ...campaign }]);
    expect(scheduleWarnings({ planned: { date: '2027-01-09', time: '09:00' }, now, campaign: { startsOn: null, endsOn: null } })).toEqual([]);
    expect(scheduleWarnings({ planned: { date: '2026-12-02', time: '09:00' }, now, campaign: { startsOn: '2026-12-10', endsOn: null } })).toHaveLength(1);
  });

  it('can say several things at once', () => {
    const warnings = scheduleWarnings({ planned: { date: '2026-11-11', time: '09:00' }, now, campaign: { startsOn: '2026-12-01', endsOn: null } });
    expect(warnings.map((w) => w.kind)).toEqual(['past', 'public_holiday', 'outside_campaign']);
  });
});
