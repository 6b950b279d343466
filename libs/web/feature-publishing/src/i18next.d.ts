import type { sharedResources } from '@parvis/web/shared';
import type { uiResources } from '@parvis/web/ui';
import type { publishingResources } from './lib/i18n';

// Typed i18n keys for this library's program, as the app loads them (see apps/web/src/i18n/i18next.d.ts):
// the shared strings in the default namespace, `publishing` and `ui` on their own. French is the reference.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: (typeof sharedResources)['fr'];
      publishing: (typeof publishingResources)['fr'];
      ui: (typeof uiResources)['fr'];
    };
  }
}
