import { PLANNING_NAMESPACE, planningResources } from '@parvis/web/feature-planning';
import { UI_NAMESPACE, uiResources } from '@parvis/web/ui';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
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

export async function createI18n(language: Language = detectLanguage()): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: [...LANGUAGES],
    ns: ['translation', UI_NAMESPACE, PLANNING_NAMESPACE],
    defaultNS: 'translation',
    resources: {
      fr: { translation: fr, [UI_NAMESPACE]: uiResources.fr, [PLANNING_NAMESPACE]: planningResources.fr },
      en: { translation: en, [UI_NAMESPACE]: uiResources.en, [PLANNING_NAMESPACE]: planningResources.en },
    },
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = instance.language;
  return instance;
}
