import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { sharedFr } from './i18n/fr';

export type PostStatusName = keyof typeof sharedFr.postStatuses;

/** A post's status in words, in the UI language (the one set of labels every screen uses); stable while the language is. */
export function usePostStatusLabel(): (status: PostStatusName) => string {
  const { t } = useTranslation();
  return useCallback((status: PostStatusName) => t(`postStatuses.${status}`), [t]);
}
