import type { TranslationBundle } from '@parvis/web/shared';
import { addStrings } from '../i18n';

// Screens are loaded on demand, one chunk per feature library, with their strings: the login page
// does not download the calendar. `lazy` resolves before the route renders (no fallback flash).
export const login = () => import('@parvis/web/feature-identity/login').then(withStrings((m) => m.identityResources));
export const identity = () => import('@parvis/web/feature-identity').then(withStrings((m) => m.identityResources));
export const members = () => import('@parvis/web/feature-members').then(withStrings((m) => m.membersResources));
export const settings = () => import('@parvis/web/feature-settings').then(withStrings((m) => m.settingsResources));
// The page an external approver opens from their link: a chunk of its own, no session needed.
export const externalReview = () => import('@parvis/web/feature-external-review').then(withStrings((m) => m.externalReviewResources));
// The editor's panel below the composer: send, list and revoke a post's external links.
export const externalReviewPanel = () => import('@parvis/web/feature-external-review/panel').then(withStrings((m) => m.externalReviewResources));
export const operator = () => import('@parvis/web/feature-operator').then(withStrings((m) => m.operatorResources));
export const governance = () => import('@parvis/web/feature-governance').then(withStrings((m) => m.governanceResources));
export const composer = () =>
  import('@parvis/web/feature-composer').then(withStrings((m) => m.composerResources, (m) => m.COMPOSER_NAMESPACE));
// The review page shows the composer's previews: the composer's strings come with it.
export const approvals = () =>
  Promise.all([import('@parvis/web/feature-approvals').then(withStrings((m) => m.approvalsResources, (m) => m.APPROVALS_NAMESPACE)), composer()]).then(([m]) => m);
export const publishing = () =>
  import('@parvis/web/feature-publishing').then(withStrings((m) => m.publishingResources, (m) => m.PUBLISHING_NAMESPACE));
// The pieces other pages embed (channels page: the accounts' connection), without the publications page.
export const publishingEmbedded = () =>
  import('@parvis/web/feature-publishing/embedded').then(withStrings((m) => m.publishingResources, (m) => m.PUBLISHING_NAMESPACE));
export const planning = () =>
  import('@parvis/web/feature-planning').then(withStrings((m) => m.planningResources, (m) => m.PLANNING_NAMESPACE));

function withStrings<M>(bundle: (module: M) => TranslationBundle, namespace?: (module: M) => string) {
  return (module: M) => {
    addStrings(bundle(module), namespace?.(module));
    return module;
  };
}
