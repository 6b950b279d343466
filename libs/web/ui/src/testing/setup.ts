import { cleanup, configure } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, vi } from 'vitest';
import { UI_NAMESPACE, uiResources } from '../lib/i18n';

await i18next.use(initReactI18next).init({
  lng: 'fr',
  fallbackLng: 'fr',
  ns: [UI_NAMESPACE],
  resources: { fr: { [UI_NAMESPACE]: uiResources.fr }, en: { [UI_NAMESPACE]: uiResources.en } },
  interpolation: { escapeValue: false },
});

// A budget for findBy*/waitFor under a loaded CI machine, not a timed assertion.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
