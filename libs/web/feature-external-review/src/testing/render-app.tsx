import { RequireAuth, type Language } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
import { ExternalReviewPage } from '../lib/external-review-page';
import { externalReviewResources } from '../lib/i18n';
import { ExternalReviewPanel } from '../lib/panel/external-review-panel';

/** The external review page at its public path (no session). */
export function renderApp(path: string, language: Language = 'fr') {
  return renderRoutes(path, [{ path: '/validation-externe/:token', element: <ExternalReviewPage /> }], { bundles: [externalReviewResources], language });
}

/** The editor's panel as the composer page shows it, for a signed-in member (Mairie de Lyon). */
export function renderPanel(postId: string) {
  return renderRoutes(
    `/orgs/org-lyon/posts/${postId}`,
    [{ element: <RequireAuth />, children: [{ path: '/orgs/:orgId/posts/:postId', element: <ExternalReviewPanel orgId="org-lyon" postId={postId} timeZone="Europe/Paris" /> }] }],
    { bundles: [externalReviewResources] },
  );
}
