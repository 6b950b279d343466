import {
  ElectionType,
  electionDeclarationErrors,
  electionsInReserveAt,
  electoralReserveFirstDay,
  electoralReserveWindow,
  isInElectoralReserve,
  type ElectionDeclaration,
} from './electoral-reserve';
import { electoralReserveViolations, missingNeutralityCriteria } from './electoral-reserve-rules';

const PARIS = 'Europe/Paris';
const municipales2026: ElectionDeclaration = { type: ElectionType.Municipal, firstRound: '2026-03-15', secondRound: '2026-03-22', territory: 'Commune de Rennes' };
const regionales2021: ElectionDeclaration = { type: ElectionType.Regional, firstRound: '2021-06-20', secondRound: '2021-06-27', territory: 'Région Bretagne' };
const europeennes2024: ElectionDeclaration = { type: ElectionType.European, firstRound: '2024-06-09', territory: 'France' };

describe('réserve électorale (Code électoral L52-1)', () => {
  it.each([
    ['2026-03-15', '2025-09-01'],
    ['2021-06-20', '2020-12-01'],
    ['2024-06-09', '2023-12-01'],
    ['2027-01-10', '2026-07-01'],
    ['2026-07-05', '2026-01-01'],
    ['2026-12-06', '2026-06-01'],
  ])('an election on %s starts the window on %s', (firstRound, firstDay) => {
    expect(electoralReserveFirstDay(firstRound)).toBe(firstDay);
  });

  it('runs from 1 September to the second round for the March 2026 municipales', () => {
    const window = electoralReserveWindow(municipales2026, PARIS);
    expect(window).toEqual({
      firstDay: '2025-09-01',
      lastDay: '2026-03-22',
      // Local midnights: summer time (UTC+2) on 1 September, winter time (UTC+1) after 22 March.
      from: new Date('2025-08-31T22:00:00Z'),
      to: new Date('2026-03-22T23:00:00Z'),
    });
  });

  it('crosses the year boundary for the June 2021 regional elections, two rounds', () => {
    expect(electoralReserveWindow(regionales2021, PARIS)).toMatchObject({ firstDay: '2020-12-01', lastDay: '2021-06-27', from: new Date('2020-11-30T23:00:00Z') });
  });

  it('ends on the only round of a single-round election', () => {
    expect(electoralReserveWindow(europeennes2024, PARIS)).toMatchObject({ firstDay: '2023-12-01', lastDay: '2024-06-09', to: new Date('2024-06-09T22:00:00Z') });
  });

  it('tells whether an instant is inside, to the minute, in the organisation’s zone', () => {
    const all = [municipales2026, europeennes2024];
    expect(isInElectoralReserve(new Date('2025-08-31T21:59:59Z'), all, PARIS)).toBe(false);
    expect(isInElectoralReserve(new Date('2025-08-31T22:00:00Z'), all, PARIS)).toBe(true);
    expect(isInElectoralReserve(new Date('2026-03-22T22:59:59Z'), all, PARIS)).toBe(true);
    expect(isInElectoralReserve(new Date('2026-03-22T23:00:00Z'), all, PARIS)).toBe(false);
    expect(electionsInReserveAt(new Date('2024-01-15T10:00:00Z'), all, PARIS)).toEqual([europeennes2024]);
    expect(isInElectoralReserve(new Date('2024-06-10T10:00:00Z'), all, PARIS)).toBe(false);
  });

  it('computes the window in the organisation’s own zone (Guyane, UTC−3)', () => {
    const window = electoralReserveWindow(municipales2026, 'America/Cayenne');
    expect([window.from, window.to]).toEqual([new Date('2025-09-01T03:00:00Z'), new Date('2026-03-23T03:00:00Z')]);
    // 22 March 23:30 in Cayenne is already 23 March in Paris: still inside for the Guyanese commune.
    expect(isInElectoralReserve(new Date('2026-03-23T02:30:00Z'), [municipales2026], 'America/Cayenne')).toBe(true);
    expect(isInElectoralReserve(new Date('2026-03-23T02:30:00Z'), [municipales2026], PARIS)).toBe(false);
  });

  it('lists overlapping elections', () => {
    const legislatives: ElectionDeclaration = { type: ElectionType.Legislative, firstRound: '2026-06-14', secondRound: '2026-06-21', territory: '3e circonscription' };
    expect(electionsInReserveAt(new Date('2026-02-01T12:00:00Z'), [municipales2026, legislatives], PARIS)).toEqual([municipales2026, legislatives]);
  });

  it('names the wrong fields of a declaration, and refuses to compute a window from them', () => {
    expect(electionDeclarationErrors(municipales2026)).toEqual([]);
    expect(electionDeclarationErrors({ ...municipales2026, firstRound: '2026-02-30', territory: ' ' })).toEqual(['firstRound', 'territory']);
    expect(electionDeclarationErrors({ ...municipales2026, secondRound: '2026-03-15' })).toEqual(['secondRound']);
    expect(electionDeclarationErrors({ ...municipales2026, type: 'cantonales' as ElectionType })).toEqual(['type']);
    expect(() => electoralReserveWindow({ ...municipales2026, secondRound: '2026-03-01' }, PARIS)).toThrow(RangeError);
  });
});

describe('posts during a réserve électorale', () => {
  const variant = { channelId: 'c', text: 'Collecte des encombrants jeudi.', media: [] };
  const allConfirmed = { anteriority: true, regularity: true, identity: true, neutrality: true };

  it('asks for the four neutrality criteria and refuses a sponsored post, only inside the window', () => {
    expect(electoralReserveViolations({ ...variant, options: { sponsored: true } }, { inReserve: false, confirmed: {} })).toEqual([]);
    expect(electoralReserveViolations(variant, { inReserve: true, confirmed: allConfirmed })).toEqual([]);
    expect(electoralReserveViolations({ ...variant, options: { sponsored: true } }, { inReserve: true, confirmed: { anteriority: true, neutrality: true } })).toEqual([
      expect.objectContaining({ code: 'sponsored_in_electoral_reserve', severity: 'error', target: { field: 'options' } }),
      expect.objectContaining({ code: 'neutrality_checklist_incomplete', params: { missing: 'regularity, identity' } }),
    ]);
    expect(missingNeutralityCriteria({})).toEqual(['anteriority', 'regularity', 'identity', 'neutrality']);
  });
});
