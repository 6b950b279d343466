import { ALL_BRIEF_STATUSES, BriefStatus, canMoveBrief, isFinalBriefStatus } from './brief-status';
import { easterSunday, frenchPublicHolidays, keyDateOccurrences } from './french-holidays';

describe('French public holidays', () => {
  it.each([
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
  ])('Easter %i is %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });

  it('lists the eleven holidays of 2026 with the movable feasts', () => {
    const holidays = frenchPublicHolidays(2026);
    expect(holidays).toHaveLength(11);
    expect(holidays).toContainEqual({ date: '2026-04-06', label: 'Lundi de Pâques' });
    expect(holidays).toContainEqual({ date: '2026-05-14', label: 'Ascension' });
    expect(holidays).toContainEqual({ date: '2026-05-25', label: 'Lundi de Pentecôte' });
    expect(holidays).toContainEqual({ date: '2026-07-14', label: 'Fête nationale' });
  });
});

describe('brief status', () => {
  it('follows idea → assigned → in progress → draft submitted → done', () => {
    expect(canMoveBrief(BriefStatus.Idea, BriefStatus.Assigned)).toBe(true);
    expect(canMoveBrief(BriefStatus.Assigned, BriefStatus.InProgress)).toBe(true);
    expect(canMoveBrief(BriefStatus.InProgress, BriefStatus.DraftSubmitted)).toBe(true);
    expect(canMoveBrief(BriefStatus.DraftSubmitted, BriefStatus.Done)).toBe(true);
  });

  it('cannot skip steps nor leave done', () => {
    expect(canMoveBrief(BriefStatus.Idea, BriefStatus.Done)).toBe(false);
    expect(canMoveBrief(BriefStatus.Assigned, BriefStatus.DraftSubmitted)).toBe(false);
    for (const status of ALL_BRIEF_STATUSES) expect(canMoveBrief(BriefStatus.Done, status)).toBe(false);
    expect(isFinalBriefStatus(BriefStatus.Done)).toBe(true);
  });

  it('can cancel any open brief and revive a cancelled one as an idea', () => {
    for (const status of ALL_BRIEF_STATUSES.filter((s) => s !== BriefStatus.Done && s !== BriefStatus.Cancelled)) {
      expect(canMoveBrief(status, BriefStatus.Cancelled)).toBe(true);
    }
    expect(canMoveBrief(BriefStatus.Cancelled, BriefStatus.Idea)).toBe(true);
  });
});

describe('organisation key dates', () => {
  it('repeats yearly dates in range from their first year, once-only dates once', () => {
    const days = keyDateOccurrences(
      [
        { date: '2025-09-20', label: 'Journées du patrimoine', recurringYearly: true },
        { date: '2026-06-27', label: 'Fête de la ville 2026', recurringYearly: false },
        { date: '2028-09-01', label: 'Pas encore', recurringYearly: true },
      ],
      '2026-06-01',
      '2027-09-30',
    );
    expect(days).toEqual([
      { date: '2026-06-27', label: 'Fête de la ville 2026' },
      { date: '2026-09-20', label: 'Journées du patrimoine' },
      { date: '2027-09-20', label: 'Journées du patrimoine' },
    ]);
  });

  it('shows 29 February only in leap years', () => {
    const leap = [{ date: '2024-02-29', label: 'Bissextile', recurringYearly: true }];
    expect(keyDateOccurrences(leap, '2026-01-01', '2028-12-31')).toEqual([{ date: '2028-02-29', label: 'Bissextile' }]);
  });
});
