import type { sharedResources } from '@parvis/web/shared';
import type { uiResources } from '@parvis/web/ui';
import type { governanceResources } from './lib/i18n';

// Typed i18n keys for this library's program, as the app loads them (see apps/web/src/i18n/i18next.d.ts):
// its strings merged with the shared ones in the default namespace, `ui` on its own. French is the reference.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: (typeof sharedResources)['fr'] & (typeof governanceResources)['fr'];
      ui: (typeof uiResources)['fr'];
    };
  }
}
