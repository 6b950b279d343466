import type { VariantContent } from '../networks/variant';
import { violation, type Violation } from '../networks/violation';

/**
 * The four criteria the case law applies to an institution's communication during the réserve
 * (Code électoral L52-1): every post answers them before it goes out.
 */
export const NEUTRALITY_CHECKLIST = [
  { key: 'anteriority', label: 'Antériorité : cette communication existait-elle avant la période (même support, même rubrique) ?' },
  { key: 'regularity', label: 'Régularité : paraît-elle au même rythme qu’avant, sans hausse de fréquence ?' },
  { key: 'identity', label: 'Identité : sa forme et son volume sont-ils inchangés ?' },
  { key: 'neutrality', label: 'Neutralité : est-elle informative, sans mise en valeur du bilan ni des élus ?' },
] as const;

export type NeutralityCriterion = (typeof NEUTRALITY_CHECKLIST)[number]['key'];

/** The criteria not yet confirmed (all four must be, during a réserve). */
export function missingNeutralityCriteria(confirmed: Readonly<Partial<Record<NeutralityCriterion, boolean>>>): NeutralityCriterion[] {
  return NEUTRALITY_CHECKLIST.map((c) => c.key).filter((key) => confirmed[key] !== true);
}

/** During a réserve: no paid boost (CE, 28 May 2021, n° 445567), and the neutrality checklist answered. */
export function electoralReserveViolations(
  variant: VariantContent,
  context: { inReserve: boolean; confirmed: Readonly<Partial<Record<NeutralityCriterion, boolean>>> },
): Violation[] {
  if (!context.inReserve) return [];
  const found: Violation[] = [];
  if (variant.options?.sponsored) found.push(violation('sponsored_in_electoral_reserve', 'error', { field: 'options' }));
  const missing = missingNeutralityCriteria(context.confirmed);
  if (missing.length > 0) found.push(violation('neutrality_checklist_incomplete', 'error', { field: 'options' }, { missing: missing.join(', ') }));
  return found;
}
