import { COMPOSER_NAMESPACE, composerResources } from '@parvis/web/feature-composer';
import { RequireAuth } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
import { APPROVALS_NAMESPACE, approvalsResources } from '../lib/i18n';
import { ReviewQueuePage } from '../lib/queue/review-queue-page';
import { ReviewPage } from '../lib/review/review-page';

/** The approvals screens at their app paths, behind the session check, with the namespaces the app loads for them. */
export function renderApprovals(path: string) {
  return renderRoutes(
    path,
    [
      { path: '/login', element: <p>Connexion</p> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/orgs/:orgId/approvals', element: <ReviewQueuePage /> },
          { path: '/orgs/:orgId/posts/:postId/review', element: <ReviewPage /> },
          { path: '/orgs/:orgId/posts/:postId', element: <p>Éditeur</p> },
        ],
      },
    ],
    { namespaces: { [APPROVALS_NAMESPACE]: approvalsResources, [COMPOSER_NAMESPACE]: composerResources } },
  );
}
