import { RequireAuth, type Language } from '@parvis/web/shared';
import { renderRoutes } from '@parvis/web/shared/testing';
import { governanceResources } from '../lib/i18n';
import { AbsencesPage } from '../lib/absences/absences-page';
import { CircuitsPage } from '../lib/circuits/circuits-page';
import { ElectionsPage } from '../lib/elections/elections-page';
import { PublicationPausePage } from '../lib/pause/pause-page';
import { AuditPage } from '../lib/audit/audit-page';

/** The governance screens at their app paths, behind the session check. */
export function renderApp(path: string, language: Language = 'fr') {
  return renderRoutes(
    path,
    [
      { path: '/login', element: <p>Connexion</p> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/orgs/:orgId/settings/circuits', element: <CircuitsPage /> },
          { path: '/orgs/:orgId/absences', element: <AbsencesPage /> },
          { path: '/orgs/:orgId/settings/elections', element: <ElectionsPage /> },
          { path: '/orgs/:orgId/settings/publication-pause', element: <PublicationPausePage /> },
          { path: '/orgs/:orgId/settings/audit', element: <AuditPage /> },
        ],
      },
    ],
    { bundles: [governanceResources], language },
  );
}
