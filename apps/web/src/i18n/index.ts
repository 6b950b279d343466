import { buildI18n, LANGUAGES, type Language, type TranslationBundle } from '@parvis/web/shared';
import { UI_NAMESPACE, uiResources } from '@parvis/web/ui';
import type { i18n } from 'i18next';
import { appEn } from './en';
import { appFr } from './fr';

export { LANGUAGES, type Language };
const STORAGE_KEY = 'parvis.language';

/** French unless the browser (or an earlier choice) asks for English. */
export function detectLanguage(): Language {
  const stored = readStored();
  if (stored) return stored;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

function readStored(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'fr' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode): the choice lasts for the session.
  }
}

let current: i18n | null = null;

/** The app's own strings; each feature library brings its strings with its lazy chunk. */
export async function createI18n(language: Language = detectLanguage()): Promise<i18n> {
  current = await buildI18n({
    language,
    bundles: [{ fr: appFr, en: appEn }],
    namespaces: { [UI_NAMESPACE]: uiResources },
  });
  return current;
}

/** Adds a lazily loaded library's strings (default namespace unless `namespace` is given). */
export function addStrings(bundle: TranslationBundle, namespace = 'translation'): void {
  if (!current) return;
  for (const language of LANGUAGES) current.addResourceBundle(language, namespace, bundle[language], true, false);
}
