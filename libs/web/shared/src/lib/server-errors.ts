import { isApiError } from '@parvis/web/data-access';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/**
 * Puts VALIDATION_FAILED field messages next to the matching form fields.
 * Returns true when every field error found a field (nothing left to show globally).
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  aliases: Partial<Record<string, Path<T>>> = {},
): boolean {
  if (!isApiError(error)) return false;
  const fieldErrors = error.fieldErrors;
  if (fieldErrors.length === 0) return false;
  let allPlaced = true;
  for (const { field, messages } of fieldErrors) {
    const target = aliases[field] ?? fields.find((name) => name === field);
    if (target) setError(target, { type: 'server', message: messages.join(' ') });
    else allPlaced = false;
  }
  return allPlaced;
}
