import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@parvis/web/data-access';
import type { TFunction } from 'i18next';

/** Client-side checks mirroring the API's (the API stays the judge). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailRules(t: TFunction) {
  return {
    required: t('validation.required'),
    pattern: { value: EMAIL_PATTERN, message: t('validation.email') },
  };
}

export function passwordRules(t: TFunction) {
  return {
    required: t('validation.required'),
    minLength: { value: PASSWORD_MIN_LENGTH, message: t('validation.passwordMin', { min: PASSWORD_MIN_LENGTH }) },
    maxLength: { value: PASSWORD_MAX_LENGTH, message: t('validation.passwordMax', { max: PASSWORD_MAX_LENGTH }) },
  };
}

export function requiredText(t: TFunction, max = 200) {
  return {
    required: t('validation.required'),
    validate: (value: string) => value.trim() !== '' || t('validation.required'),
    maxLength: { value: max, message: t('validation.maxLength', { max }) },
  };
}

/** Only same-site paths are accepted as post-login destinations. */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
