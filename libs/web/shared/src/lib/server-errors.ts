import { isApiError, type ApiError } from '@parvis/web/data-access';
import { useTranslation } from 'react-i18next';
import { isKnownErrorCode } from './i18n/error-messages';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/**
 * The sentence shown next to a field the API refused. The API's own field messages are English
 * (class-validator): a French user gets ours instead, from the error code.
 */
export function useFieldErrorText(): (error: ApiError, serverMessages: string[]) => string {
  const { t, i18n } = useTranslation();
  return (error, serverMessages) => {
    if (i18n.language === 'en') return serverMessages.join(' ');
    return error.code !== 'VALIDATION_FAILED' && isKnownErrorCode(error.code) ? t(`errors.codes.${error.code}`) : t('validation.server');
  };
}

export type ApplyServerFieldErrors = <T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  aliases?: Partial<Record<string, Path<T>>>,
) => boolean;

/**
 * Puts VALIDATION_FAILED (and other per-field) answers next to the matching form fields.
 * The returned function answers true when every field error found a field (nothing left to show globally).
 */
export function useServerFieldErrors(): ApplyServerFieldErrors {
  const text = useFieldErrorText();
  return (error, setError, fields, aliases = {}) => {
    if (!isApiError(error)) return false;
    const fieldErrors = error.fieldErrors;
    if (fieldErrors.length === 0) return false;
    let allPlaced = true;
    for (const { field, messages } of fieldErrors) {
      const target = aliases[field] ?? fields.find((name) => name === field);
      if (target) setError(target, { type: 'server', message: text(error, messages) });
      else allPlaced = false;
    }
    return allPlaced;
  };
}
