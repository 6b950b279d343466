import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sharedResources } from './index';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Strings of one library in both languages. */
export interface TranslationBundle {
  fr: object;
  en: object;
}

export interface I18nOptions {
  language: Language;
  /** Merged into the default namespace (each bundle's top-level keys are its sections). */
  bundles: readonly TranslationBundle[];
  /** Libraries with a namespace of their own (`ui`, `planning`…). */
  namespaces?: Readonly<Record<string, TranslationBundle>>;
}

/** One i18next instance for the app and for the libraries' tests (same strings, same rules). */
export async function buildI18n({ language, bundles, namespaces = {} }: I18nOptions): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  const all = [sharedResources, ...bundles];
  const resources: Resource = {};
  for (const lng of LANGUAGES) {
    resources[lng] = { translation: Object.assign({}, ...all.map((bundle) => bundle[lng])) };
    for (const [ns, bundle] of Object.entries(namespaces)) resources[lng][ns] = { ...bundle[lng] };
  }
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: [...LANGUAGES],
    ns: ['translation', ...Object.keys(namespaces)],
    defaultNS: 'translation',
    resources,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = instance.language;
  return instance;
}
