import type { Language } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
import { ExternalReviewPage } from '../lib/external-review-page';
import { externalReviewResources } from '../lib/i18n';

/** The external review page at its public path (no session). */
export function renderApp(path: string, language: Language = 'fr') {
  return renderRoutes(path, [{ path: '/validation-externe/:token', element: <ExternalReviewPage /> }], { bundles: [externalReviewResources], language });
}
