import type { APPROVALS_NAMESPACE, approvalsResources } from '@parvis/web/feature-approvals';
import type { COMPOSER_NAMESPACE, composerResources } from '@parvis/web/feature-composer';
import type { externalReviewResources } from '@parvis/web/feature-external-review';
import type { governanceResources } from '@parvis/web/feature-governance';
import type { identityResources } from '@parvis/web/feature-identity';
import type { membersResources } from '@parvis/web/feature-members';
import type { operatorResources } from '@parvis/web/feature-operator';
import type { PLANNING_NAMESPACE, planningResources } from '@parvis/web/feature-planning';
import type { PUBLISHING_NAMESPACE, publishingResources } from '@parvis/web/feature-publishing';
import type { settingsResources } from '@parvis/web/feature-settings';
import type { sharedResources } from '@parvis/web/shared';
import type { UI_NAMESPACE, uiResources } from '@parvis/web/ui';
import type { appFr } from './fr';

// Typed i18n keys: a `t('…')` whose key is missing from the French strings (the reference) fails
// the typecheck. The namespaces are the ones the app builds (./index.ts and ../app/features.ts): the
// default one merges the shared, app and feature bundles; planning, composer and ui have their own.
// Each library's own program has the same kind of declaration for what it loads (feature-planning:
// src/i18next.d.ts); none is imported by source files, so the programs do not see each other's.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: (typeof sharedResources)['fr'] &
        typeof appFr &
        (typeof governanceResources)['fr'] &
        (typeof identityResources)['fr'] &
        (typeof membersResources)['fr'] &
        (typeof settingsResources)['fr'] &
        (typeof operatorResources)['fr'] &
        (typeof externalReviewResources)['fr'];
      [PLANNING_NAMESPACE]: (typeof planningResources)['fr'];
      [PUBLISHING_NAMESPACE]: (typeof publishingResources)['fr'];
      // Known keys are checked, any other string passes: the composer builds some keys at run time
      // (violations' messageKey). Left: narrow those to the composer's keys, then drop `& Record<…>`.
      [COMPOSER_NAMESPACE]: (typeof composerResources)['fr'] & Record<string, string>;
      [APPROVALS_NAMESPACE]: (typeof approvalsResources)['fr'];
      [UI_NAMESPACE]: (typeof uiResources)['fr'];
    };
  }
}
