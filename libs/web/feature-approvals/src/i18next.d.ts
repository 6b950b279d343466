import type { COMPOSER_NAMESPACE, composerResources } from '@parvis/web/feature-composer';
import type { sharedResources } from '@parvis/web/shared';
import type { uiResources } from '@parvis/web/ui';
import type { approvalsResources, APPROVALS_NAMESPACE } from './lib/i18n';

// Typed i18n keys for this library's program, as the app loads them (see apps/web/src/i18n/i18next.d.ts):
// the shared strings in the default namespace, `approvals`, `composer` (its previews) and `ui` on their own.
// French is the reference. Not imported by any source file.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: (typeof sharedResources)['fr'];
      [APPROVALS_NAMESPACE]: (typeof approvalsResources)['fr'];
      [COMPOSER_NAMESPACE]: (typeof composerResources)['fr'] & Record<string, string>;
      ui: (typeof uiResources)['fr'];
    };
  }
}
