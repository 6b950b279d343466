import { isLocalDate, localDaysToRange } from '../time/wall-clock';

/** Elections an organisation can declare (Code électoral; "partielle" covers by-elections). */
export enum ElectionType {
  Municipal = 'municipales',
  Departmental = 'departementales',
  Regional = 'regionales',
  Territorial = 'territoriales',
  Legislative = 'legislatives',
  Presidential = 'presidentielle',
  European = 'europeennes',
  Partial = 'partielle',
}

export const ALL_ELECTION_TYPES: readonly ElectionType[] = Object.values(ElectionType);

export interface ElectionDeclaration {
  type: ElectionType;
  /** YYYY-MM-DD, in the organisation's zone. */
  firstRound: string;
  /** YYYY-MM-DD; absent or null for a single-round election. */
  secondRound?: string | null;
  /** Free text: "Commune de Rennes", "Région Bretagne". */
  territory: string;
}

export interface ElectoralReserveWindow {
  /** First local day of the window: the 1st of the sixth month before the election's month. */
  firstDay: string;
  /** Last local day: the day of the last round. */
  lastDay: string;
  /** Instants bounding the window in the organisation's zone, `to` exclusive (the midnight after the last round). */
  from: Date;
  to: Date;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Code électoral L52-1: "à compter du premier jour du sixième mois précédant le mois au cours duquel il
 * doit être procédé à des élections". March 2026 → 1 September 2025; June 2021 → 1 December 2020.
 */
export function electoralReserveFirstDay(firstRound: string): string {
  const [year, month] = firstRound.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - 6;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

export type ElectionField = 'type' | 'firstRound' | 'secondRound' | 'territory';

/** The fields of a declaration that are wrong (empty when it is valid): the API answers them in a 400. */
export function electionDeclarationErrors(declaration: ElectionDeclaration): ElectionField[] {
  const errors: ElectionField[] = [];
  if (!ALL_ELECTION_TYPES.includes(declaration.type)) errors.push('type');
  if (!isLocalDate(declaration.firstRound)) errors.push('firstRound');
  const second = declaration.secondRound;
  if (second !== undefined && second !== null && (!isLocalDate(second) || (isLocalDate(declaration.firstRound) && second <= declaration.firstRound))) {
    errors.push('secondRound');
  }
  if (declaration.territory.trim() === '') errors.push('territory');
  return errors;
}

/** The réserve window of one election, computed in the organisation's zone (DST-safe: local midnights). */
export function electoralReserveWindow(declaration: ElectionDeclaration, zone: string): ElectoralReserveWindow {
  const invalid = electionDeclarationErrors(declaration).filter((f) => f === 'firstRound' || f === 'secondRound');
  if (invalid.length > 0) throw new RangeError(`electoralReserveWindow: invalid ${invalid.join(', ')}`);
  const firstDay = electoralReserveFirstDay(declaration.firstRound);
  const lastDay = declaration.secondRound ?? declaration.firstRound;
  return { firstDay, lastDay, ...localDaysToRange(firstDay, lastDay, zone) };
}

/** The declared elections whose réserve covers this instant (empty: not in a réserve). */
export function electionsInReserveAt<T extends ElectionDeclaration>(instant: Date, declarations: readonly T[], zone: string): T[] {
  const at = instant.getTime();
  return declarations.filter((d) => {
    const { from, to } = electoralReserveWindow(d, zone);
    return at >= from.getTime() && at < to.getTime();
  });
}

/** True when the instant falls inside any declared election's réserve électorale. */
export function isInElectoralReserve(instant: Date, declarations: readonly ElectionDeclaration[], zone: string): boolean {
  return electionsInReserveAt(instant, declarations, zone).length > 0;
}
