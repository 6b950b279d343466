import type { sharedResources } from '@parvis/web/shared';
import type { uiResources } from '@parvis/web/ui';
import type { planningResources } from './lib/i18n';

// Typed i18n keys for this library's program: a `t('…')` whose key is missing from the French
// strings (the reference) fails the typecheck. Namespaces as the app loads them: the shared strings
// in the default namespace, `planning` and `ui` on their own. Not imported by any source file, so
// the app's program (which has its own, wider declaration) does not see it.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: (typeof sharedResources)['fr'];
      planning: (typeof planningResources)['fr'];
      ui: (typeof uiResources)['fr'];
    };
  }
}
