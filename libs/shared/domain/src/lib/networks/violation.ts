import type { TextSpan } from '../text/text-span';
import type { RuleCode } from './rule-messages';

export type Severity = 'error' | 'warning';

/** Where a violation sits when it is not in the variant's main text. */
export type ViolationTarget =
  | { field: 'text' }
  | { field: 'thread_part'; index: number }
  | { field: 'content_warning' }
  | { field: 'media'; index: number }
  | { field: 'link' }
  | { field: 'options' };

/**
 * A rule broken by a variant, as data: the API answers it in a 400, the SPA underlines `span` (UTF-16
 * offsets in the target's text, end exclusive) and shows `messageKey` with `params`.
 */
export interface Violation {
  code: RuleCode;
  severity: Severity;
  target: ViolationTarget;
  span?: TextSpan;
  messageKey: string;
  params: Readonly<Record<string, string | number>>;
}

export function violation(
  code: RuleCode,
  severity: Severity,
  target: ViolationTarget,
  params: Record<string, string | number> = {},
  span?: TextSpan,
): Violation {
  return { code, severity, target, ...(span ? { span } : {}), messageKey: `rules.${code}`, params };
}

export function hasErrors(violations: readonly Violation[]): boolean {
  return violations.some((v) => v.severity === 'error');
}
